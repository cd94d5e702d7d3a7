import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { idColumn, textColumn } from './columns.ts';

/**
 * Certificate training modules and the three-tier evaluation: modules of a
 * standard, the preliminary-exam gate, module assessments, preliminary exams
 * and formal-exam registrations. Standards are referred to by code only: the
 * enterprise subgraph owns them.
 */
export class CertificateModules1795463400000 implements MigrationInterface {
  name = 'CertificateModules1795463400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumn(queryRunner);
    const score = { name: 'score', type: 'double' };
    await queryRunner.createTable(
      new Table({
        name: 'certificate_module',
        columns: [
          text('code', 40, { isPrimary: true }),
          text('standard_code', 32),
          text('title', 200),
          { name: 'credits', type: 'double' },
          { name: 'sequence', type: 'int' },
        ],
        uniques: [{ name: 'uq_certificate_module_standard_sequence', columnNames: ['standard_code', 'sequence'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_gate',
        columns: [text('standard_code', 32, { isPrimary: true }), { name: 'preliminary_threshold', type: 'double' }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'module_assessment',
        columns: [{ ...idColumn }, text('student_id', 12), text('module_code', 40), score, text('assessed_on', 10)],
        uniques: [{ name: 'uq_module_assessment_student_module_date', columnNames: ['student_id', 'module_code', 'assessed_on'] }],
        indices: [{ name: 'idx_module_assessment_module', columnNames: ['module_code'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'preliminary_exam',
        columns: [{ ...idColumn }, text('student_id', 12), text('standard_code', 32), score, text('taken_on', 10)],
        uniques: [{ name: 'uq_preliminary_exam_student_standard_date', columnNames: ['student_id', 'standard_code', 'taken_on'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'exam_registration',
        columns: [text('student_id', 12, { isPrimary: true }), text('standard_code', 32, { isPrimary: true }), text('registered_on', 10)],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['exam_registration', 'preliminary_exam', 'module_assessment', 'exam_gate', 'certificate_module']) {
      await queryRunner.dropTable(table, true);
    }
  }
}
