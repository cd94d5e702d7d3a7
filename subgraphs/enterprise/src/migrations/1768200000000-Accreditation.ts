import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnFactories } from './columns.ts';

const APPEND_ONLY = 'accreditation events are append-only';

/**
 * Accreditation of issuers: which organisation may award which standard,
 * between which days, and with which status (`issuer_accreditation`), and
 * every decision the supervisor took about it (`issuer_accreditation_event`,
 * append-only).
 *
 * No accreditation is carried over: whether an organisation is accredited is
 * the supervisor's word, and a migration cannot give it. Until an
 * administrator grants them, 1+X certificates cannot be awarded.
 */
export class Accreditation1768200000000 implements MigrationInterface {
  name = 'Accreditation1768200000000';

  async up(runner: QueryRunner): Promise<void> {
    const { text, key } = columnFactories(runner);
    await runner.createTable(
      new Table({
        name: 'issuer_accreditation',
        columns: [
          key('id', 64, { isPrimary: true }),
          key('organization_id', 64),
          key('standard_code', 32),
          text('valid_from', 10),
          text('valid_until', 10),
          text('status', 16),
          text('status_from', 10),
          text('reason', 500),
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'idx_accreditation_organization', columnNames: ['organization_id'] },
          { name: 'idx_accreditation_standard', columnNames: ['standard_code'] },
        ],
      }),
      true,
    );
    await runner.createTable(
      new Table({
        name: 'issuer_accreditation_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          key('accreditation_id', 64),
          text('kind', 16),
          text('status', 16),
          text('effective_on', 10),
          text('reason', 500),
          text('at', 24),
          text('actor_subject', 200),
        ],
        indices: [{ name: 'idx_accreditation_event_accreditation', columnNames: ['accreditation_id'] }],
      }),
      true,
    );
    await appendOnly(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const event of ['update', 'delete']) await runner.query(`DROP TRIGGER IF EXISTS issuer_accreditation_event_no_${event}`);
    await runner.dropTable('issuer_accreditation_event', true);
    await runner.dropTable('issuer_accreditation', true);
  }
}

/** The history is evidence: triggers refuse UPDATE and DELETE on SQLite and MariaDB alike, as for recognition events. */
async function appendOnly(runner: QueryRunner): Promise<void> {
  const mysql = runner.connection.driver.options.type === 'mysql';
  for (const event of ['UPDATE', 'DELETE']) {
    const name = `issuer_accreditation_event_no_${event.toLowerCase()}`;
    await runner.query(
      mysql
        ? `CREATE TRIGGER ${name} BEFORE ${event} ON issuer_accreditation_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY}'`
        : `CREATE TRIGGER ${name} BEFORE ${event} ON issuer_accreditation_event BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
    );
  }
}
