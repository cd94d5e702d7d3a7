import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnFactories } from './columns.ts';

/**
 * Exam sessions: how many candidates sat a standard's formal exam on a day,
 * and how many passed. The awards are only the passes; the issuing report
 * needs the sittings too for a pass rate.
 */
export class ExamSessions1768200000100 implements MigrationInterface {
  name = 'ExamSessions1768200000100';

  async up(runner: QueryRunner): Promise<void> {
    const { text, key } = columnFactories(runner);
    await runner.createTable(
      new Table({
        name: 'certificate_exam_session',
        columns: [
          key('id', 64, { isPrimary: true }),
          key('standard_code', 32),
          text('held_on', 10),
          { name: 'candidates', type: 'integer' },
          { name: 'passed', type: 'integer' },
          text('recorded_at', 24),
          text('recorded_by', 200),
        ],
        indices: [{ name: 'idx_exam_session_standard_held', columnNames: ['standard_code', 'held_on'] }],
      }),
      true,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('certificate_exam_session', true);
  }
}
