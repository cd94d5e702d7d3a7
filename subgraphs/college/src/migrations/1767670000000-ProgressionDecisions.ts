import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// A migration is a snapshot of history: its column definitions are written out here.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const isoDate = (name: string, nullable = false) => text(name, 10, nullable);
const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

const RECORDED = 'recorded decisions cannot be changed or deleted';
const RESOLVED = 'a resolved review cannot be changed or deleted';

/** Refuses every UPDATE or DELETE (or, with `when`, those of rows matching it), on both databases. */
function guard(mysql: boolean, table: string, event: 'UPDATE' | 'DELETE', message: string, when?: string): string {
  const name = `${table}_no_${event.toLowerCase()}`;
  if (!mysql) return `CREATE TRIGGER ${name} BEFORE ${event} ON ${table}${when ? ` WHEN ${when}` : ''} BEGIN SELECT RAISE(ABORT, '${message}'); END`;
  const signal = `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${message}'`;
  return `CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW ${when ? `BEGIN IF ${when} THEN ${signal}; END IF; END` : signal}`;
}

/**
 * Decisions a registrar can defend:
 * - progression_decision: what progressStudent decided, on what basis, by whom;
 *   append-only (triggers refuse UPDATE and DELETE).
 * - transfer_review: a confirmed transfer whose basis later failed; resolved
 *   once (a resolved review can be neither changed nor deleted).
 * - credit_rule_retirement: every retirement, with the correction reason a
 *   retirement dated before its day requires; append-only.
 * - progression_requirement_version: requirements change by new versions from a date.
 */
export class ProgressionDecisions1767670000000 implements MigrationInterface {
  name = 'ProgressionDecisions1767670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    await queryRunner.createTable(new Table({
      name: 'progression_decision',
      columns: [
        serial, text('student_id', 12), text('agreement_id', 32), { name: 'requirements_version', type: 'int' }, isoDate('decided_on'),
        text('recorded_at', 30), text('actor_subject', 200), text('actor_organization_id', 64, true),
        { name: 'checks', type: 'text' }, { name: 'confirmed_transfers', type: 'text' }, { name: 'total_credits', type: 'double' },
      ],
      indices: [
        { name: 'uq_progression_decision_student', columnNames: ['student_id'], isUnique: true },
        { name: 'idx_progression_decision_agreement', columnNames: ['agreement_id'] },
      ],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'transfer_review',
      columns: [
        serial, { name: 'decision_id', type: 'int' }, text('student_id', 12), text('college_id', 32), { name: 'rule_id', type: 'int' },
        text('exempted_course_code', 32), text('reason', 1000), isoDate('opened_on'), text('opened_at', 30),
        text('outcome', 16, true), text('outcome_reason', 500, true), text('resolved_by', 200, true), text('resolved_at', 30, true),
      ],
      indices: [
        { name: 'uq_transfer_review_item', columnNames: ['decision_id', 'rule_id', 'exempted_course_code'], isUnique: true },
        { name: 'idx_transfer_review_college', columnNames: ['college_id', 'outcome'] },
      ],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'credit_rule_retirement',
      columns: [
        serial, { name: 'rule_id', type: 'int' }, isoDate('effective_to'), isoDate('retired_on'), text('correction_reason', 500, true),
        text('retired_by', 200), text('retired_at', 30),
      ],
      indices: [{ name: 'idx_credit_rule_retirement_rule', columnNames: ['rule_id'] }],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'progression_requirement_version',
      columns: [
        { name: 'agreement_id', type: 'varchar', length: '32', isPrimary: true }, { name: 'version', type: 'int', isPrimary: true },
        isoDate('effective_from'), text('recorded_by', 200), text('recorded_at', 30),
      ],
    }), true);
    // Plain ALTER TABLE: existing requirements are version 1, in force from the agreement's start.
    await queryRunner.query('ALTER TABLE progression_requirement ADD COLUMN version int NOT NULL DEFAULT 1');
    for (const table of ['progression_decision', 'credit_rule_retirement']) {
      await queryRunner.query(guard(mysql, table, 'UPDATE', RECORDED));
      await queryRunner.query(guard(mysql, table, 'DELETE', RECORDED));
    }
    await queryRunner.query(guard(mysql, 'transfer_review', 'UPDATE', RESOLVED, 'OLD.outcome IS NOT NULL'));
    await queryRunner.query(guard(mysql, 'transfer_review', 'DELETE', RESOLVED, 'OLD.outcome IS NOT NULL'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE progression_requirement DROP COLUMN version');
    for (const table of ['progression_requirement_version', 'credit_rule_retirement', 'transfer_review', 'progression_decision']) {
      await queryRunner.dropTable(table, true);
    }
  }
}
