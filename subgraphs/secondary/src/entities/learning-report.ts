import { EntitySchema } from 'typeorm';

/**
 * A learning report, generated when a module assessment is recorded. Immutable:
 * triggers refuse every UPDATE and DELETE. The report's content is stored as
 * JSON (`body`, see reports/content.ts) and its printable page as HTML, both
 * as they were on the day, so a later change of the profile never rewrites it.
 */
export interface LearningReportRow {
  id: number;
  studentId: string;
  assessmentId: number;
  moduleCode: string;
  /** The assessment's date. */
  asOf: string;
  /** ISO instant. */
  generatedAt: string;
  body: string;
  printableHtml: string;
}

export const LearningReportEntity = new EntitySchema<LearningReportRow>({
  name: 'LearningReport',
  tableName: 'learning_report',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    assessmentId: { name: 'assessment_id', type: 'integer' },
    moduleCode: { name: 'module_code', type: 'varchar', length: 40 },
    asOf: { name: 'as_of', type: 'varchar', length: 10 },
    generatedAt: { name: 'generated_at', type: 'varchar', length: 24 },
    body: { type: 'text' },
    printableHtml: { name: 'printable_html', type: 'text' },
  },
  uniques: [{ name: 'uq_learning_report_assessment', columns: ['assessmentId'] }],
  indices: [{ name: 'idx_learning_report_student', columns: ['studentId'] }],
});
