/**
 * The audit store's migrations. The first created the append-only table; the
 * second adds the hash chain, and closes what the UPDATE and DELETE triggers
 * left open on SQLite: `INSERT OR REPLACE` removes the row it replaces without
 * firing DELETE triggers, so any insert that would reuse an id is refused.
 * (On MariaDB, REPLACE and ON DUPLICATE KEY UPDATE fire those triggers, and
 * TRUNCATE is kept out by privileges: see audit-grants.ts.)
 */
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { AuditTrail1767225601000 } from './audit.ts';
import { entryHash, GENESIS, type AuditContent } from './audit-chain.ts';

const APPEND_ONLY = 'audit entries are append-only';
const PAGE = 1000;

type StoredRow = { id: number; at: string; request_id: string; service: string; actor_subject: string; actor_role: string; organization_id: string | null; purpose: string | null; student_id: string; parts: string; outcome: string; reason: string | null };

const contentOf = (r: StoredRow): AuditContent => ({
  at: r.at, requestId: r.request_id, service: r.service, actorSubject: r.actor_subject, actorRole: r.actor_role, organizationId: r.organization_id,
  purpose: r.purpose, studentId: r.student_id, parts: r.parts, outcome: r.outcome as AuditContent['outcome'], reason: r.reason,
});

function updateTrigger(mysql: boolean): string {
  return mysql
    ? `CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY}'`
    : `CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`;
}

/**
 * Adds `prev_hash` and `hash`, and chains the entries already stored, oldest
 * first, so the chain covers the whole trail from the upgrade on. The UPDATE
 * trigger is lifted for this one pass, by the migration's privileged user only.
 */
export class AuditChain1767225602000 implements MigrationInterface {
  name = 'AuditChain1767225602000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    // Plain ALTER TABLE, not TypeORM's addColumns: on SQLite that rebuilds the
    // table, and dropping the old one drops its append-only triggers with it.
    for (const column of ['prev_hash', 'hash']) await runner.query(`ALTER TABLE audit_entry ADD COLUMN ${column} varchar(64) NULL`);
    await runner.query('DROP TRIGGER IF EXISTS audit_entry_no_update');
    let prev = GENESIS;
    for (let after = 0; ; ) {
      const rows: StoredRow[] = await runner.query('SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ' + PAGE, [after]);
      for (const row of rows) {
        const hash = entryHash(prev, contentOf(row));
        await runner.query('UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?', [prev, hash, row.id]);
        prev = hash;
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].id;
    }
    await runner.query(updateTrigger(mysql));
    if (!mysql) {
      await runner.query(
        `CREATE TRIGGER audit_entry_no_replace BEFORE INSERT ON audit_entry WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER IF EXISTS audit_entry_no_replace');
    await runner.query('DROP TRIGGER IF EXISTS audit_entry_no_update');
    for (const column of ['prev_hash', 'hash']) await runner.query(`ALTER TABLE audit_entry DROP COLUMN ${column}`);
    await runner.query(updateTrigger(runner.connection.options.type === 'mysql'));
  }
}

export const auditMigrations = [AuditTrail1767225601000, AuditChain1767225602000];
