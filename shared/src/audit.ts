/**
 * The hub's audit trail: every read of a learner's record, allowed or refused,
 * is appended to one store shared by all subgraphs (FERPA's record of
 * disclosures; PIPL and GDPR Art. 30). The table is append-only: triggers
 * refuse UPDATE and DELETE on SQLite and MariaDB alike (audit-migrations.ts
 * closes REPLACE; audit-grants.ts keeps the hub's user to INSERT and SELECT),
 * and every entry is hash-chained to the one before (audit-chain.ts).
 */
import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { AuditEntryRow } from './audit-entry.ts';

export type { AuditEntryRow, AuditOutcome } from './audit-entry.ts';

export const AuditEntryEntity = new EntitySchema<AuditEntryRow>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    at: { type: 'varchar', length: 24 },
    requestId: { type: 'varchar', length: 64, name: 'request_id' },
    service: { type: 'varchar', length: 32 },
    actorSubject: { type: 'varchar', length: 200, name: 'actor_subject' },
    actorRole: { type: 'varchar', length: 32, name: 'actor_role' },
    organizationId: { type: 'varchar', length: 64, name: 'organization_id', nullable: true },
    purpose: { type: 'varchar', length: 300, nullable: true },
    studentId: { type: 'varchar', length: 16, name: 'student_id' },
    parts: { type: 'varchar', length: 1000 },
    outcome: { type: 'varchar', length: 8 },
    reason: { type: 'varchar', length: 300, nullable: true },
    prevHash: { type: 'varchar', length: 64, name: 'prev_hash', nullable: true },
    hash: { type: 'varchar', length: 64, nullable: true },
  },
});

const APPEND_ONLY = 'audit entries are append-only';

/** Creates the audit table and the triggers that make it append-only. */
export class AuditTrail1767225601000 implements MigrationInterface {
  name = 'AuditTrail1767225601000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: 'varchar', length: '24' },
          { name: 'request_id', type: 'varchar', length: '64' },
          { name: 'service', type: 'varchar', length: '32' },
          { name: 'actor_subject', type: 'varchar', length: '200' },
          { name: 'actor_role', type: 'varchar', length: '32' },
          { name: 'organization_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'purpose', type: 'varchar', length: '300', isNullable: true },
          { name: 'student_id', type: 'varchar', length: '16' },
          { name: 'parts', type: 'varchar', length: '1000' },
          { name: 'outcome', type: 'varchar', length: '8' },
          { name: 'reason', type: 'varchar', length: '300', isNullable: true },
        ],
      }),
      true,
    );
    await runner.createIndex('audit_entry', new TableIndex({ name: 'idx_audit_student_at', columnNames: ['student_id', 'at'] }));
    await runner.createIndex('audit_entry', new TableIndex({ name: 'idx_audit_at', columnNames: ['at'] }));
    const mysql = runner.connection.options.type === 'mysql';
    for (const event of ['UPDATE', 'DELETE']) {
      const name = `audit_entry_no_${event.toLowerCase()}`;
      await runner.query(
        mysql
          ? `CREATE TRIGGER ${name} BEFORE ${event} ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY}'`
          : `CREATE TRIGGER ${name} BEFORE ${event} ON audit_entry BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const event of ['update', 'delete']) await runner.query(`DROP TRIGGER IF EXISTS audit_entry_no_${event}`);
    await runner.dropTable('audit_entry');
  }
}

export const auditEntities = [AuditEntryEntity];

export { AuditRecorder, AuditUnavailableError } from './audit-recorder.ts';
