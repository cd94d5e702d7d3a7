import { EntitySchema } from 'typeorm';

/** Tier 1: a learner's score in one module assessment. A retake is a new row with its own date. */
export interface ModuleAssessmentRow {
  id: number;
  studentId: string;
  moduleCode: string;
  score: number;
  /** ISO date. */
  assessedOn: string;
}

export const ModuleAssessmentEntity = new EntitySchema<ModuleAssessmentRow>({
  name: 'ModuleAssessment',
  tableName: 'module_assessment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    moduleCode: { name: 'module_code', type: 'varchar', length: 40 },
    score: { type: 'double' },
    assessedOn: { name: 'assessed_on', type: 'varchar', length: 10 },
  },
  // The unique key also serves lookups by learner (its leading column).
  uniques: [{ name: 'uq_module_assessment_student_module_date', columns: ['studentId', 'moduleCode', 'assessedOn'] }],
  indices: [{ name: 'idx_module_assessment_module', columns: ['moduleCode'] }],
});
