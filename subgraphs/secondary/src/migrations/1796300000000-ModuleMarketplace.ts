import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTriggers, dropTriggers } from '@guantong/shared/feed/triggers';
import { secondaryFeed } from '../feed/tables.ts';
import { idColumn, textColumn } from './columns.ts';

export const MARKETPLACE_TABLES = ['module_competency', 'module_prerequisite', 'module_enrolment', 'learning_report'];
const IMMUTABLE = 'learning reports are immutable: they cannot be changed or deleted';

/** Refuses every UPDATE or DELETE of learning_report, on both databases. */
function guard(mysql: boolean, event: 'UPDATE' | 'DELETE'): string {
  const name = `learning_report_no_${event.toLowerCase()}`;
  if (!mysql) return `CREATE TRIGGER ${name} BEFORE ${event} ON learning_report BEGIN SELECT RAISE(ABORT, '${IMMUTABLE}'); END`;
  return `CREATE TRIGGER ${name} BEFORE ${event} ON learning_report FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${IMMUTABLE}'`;
}

/**
 * The module marketplace: each module's hours, provider, competencies and
 * prerequisites; learners' module enrolments; and immutable learning reports.
 */
export class ModuleMarketplace1796300000000 implements MigrationInterface {
  name = 'ModuleMarketplace1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    const text = textColumn(queryRunner);
    // Plain ALTER TABLE, not TypeORM's addColumn: on SQLite that rebuilds the table and drops its change-log triggers.
    await queryRunner.query('ALTER TABLE certificate_module ADD COLUMN hours int NOT NULL DEFAULT 0');
    await queryRunner.query(`ALTER TABLE certificate_module ADD COLUMN provider_id varchar(64) ${mysql ? 'CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ' : ''}NOT NULL DEFAULT ''`);
    await queryRunner.createTable(new Table({
      name: 'module_competency',
      columns: [text('module_code', 40, { isPrimary: true }), text('item_id', 36, { isPrimary: true }), { name: 'hours', type: 'double' }, { name: 'target_level', type: 'int' }],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'module_prerequisite',
      columns: [text('module_code', 40, { isPrimary: true }), text('prerequisite_code', 40, { isPrimary: true })],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'module_enrolment',
      columns: [text('student_id', 12, { isPrimary: true }), text('module_code', 40, { isPrimary: true }), text('enrolled_on', 10), text('starts_on', 10)],
      indices: [{ name: 'idx_module_enrolment_module', columnNames: ['module_code'] }],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'learning_report',
      columns: [
        { ...idColumn }, text('student_id', 12), { name: 'assessment_id', type: 'integer' }, text('module_code', 40), text('as_of', 10),
        text('generated_at', 24), { name: 'body', type: 'text' }, { name: 'printable_html', type: 'text' },
      ],
      uniques: [{ name: 'uq_learning_report_assessment', columnNames: ['assessment_id'] }],
      indices: [{ name: 'idx_learning_report_student', columnNames: ['student_id'] }],
    }), true);
    await createTriggers(queryRunner, secondaryFeed.tables.filter((t) => MARKETPLACE_TABLES.includes(t.table)));
    await queryRunner.query(guard(mysql, 'UPDATE'));
    await queryRunner.query(guard(mysql, 'DELETE'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTriggers(queryRunner, secondaryFeed.tables.filter((t) => MARKETPLACE_TABLES.includes(t.table)));
    for (const event of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS learning_report_no_${event}`);
    for (const table of [...MARKETPLACE_TABLES].reverse()) await queryRunner.dropTable(table, true);
    await queryRunner.dropColumn('certificate_module', 'provider_id');
    await queryRunner.dropColumn('certificate_module', 'hours');
  }
}
