import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnFactories } from './columns.ts';

/**
 * Verifiable certificates: each issuer's Bitstring Status List (its next free
 * index and a revision raised by every revocation), each award's index in its
 * issuer's list, and the links learners share credentials through.
 *
 * Awards made before this migration get their indexes here, per issuer in
 * order of issue date and serial, so every award can be exported at once.
 */
export class CredentialStatus1768100000000 implements MigrationInterface {
  name = 'CredentialStatus1768100000000';

  async up(runner: QueryRunner): Promise<void> {
    const { text, key } = columnFactories(runner);
    await runner.createTable(
      new Table({
        name: 'credential_status_list',
        columns: [
          { ...key('issuer_id', 64), isPrimary: true },
          { name: 'next_index', type: 'integer' },
          { name: 'revision', type: 'integer' },
          text('changed_at', 24),
        ],
      }),
      true,
    );
    await runner.createTable(
      new Table({
        name: 'credential_status_entry',
        columns: [{ ...key('serial', 64), isPrimary: true }, key('issuer_id', 64), { name: 'status_index', type: 'integer' }],
        uniques: [{ name: 'uq_credential_status_entry_index', columnNames: ['issuer_id', 'status_index'] }],
      }),
      true,
    );
    await runner.createTable(
      new Table({
        name: 'credential_share',
        columns: [
          { ...key('id', 64), isPrimary: true },
          { ...key('token_hash', 64), isUnique: true },
          key('serial', 64),
          key('student_id', 12),
          { name: 'named', type: 'boolean' },
          text('created_by', 200),
          text('created_at', 24),
          text('expires_at', 24),
          text('revoked_at', 24, { isNullable: true }),
        ],
        indices: [{ name: 'idx_credential_share_serial', columnNames: ['serial'] }],
      }),
      true,
    );
    await indexExistingAwards(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['credential_share', 'credential_status_entry', 'credential_status_list']) await runner.dropTable(table, true);
  }
}

/** Gives every award already stored an index in its issuer's list. */
async function indexExistingAwards(runner: QueryRunner): Promise<void> {
  const rows: Array<{ serial: string; issuer_id: string; issued_on: string }> = await runner.query(
    'SELECT a.serial, s.issuer_id, a.issued_on FROM certificate_award a JOIN certificate_standard s ON s.code = a.standard_code',
  );
  // Sorted here, not by ORDER BY: MariaDB and SQLite compare text differently.
  const ordered = rows.sort((a, b) => cmp(a.issuer_id, b.issuer_id) || cmp(a.issued_on, b.issued_on) || cmp(a.serial, b.serial));
  const next = new Map<string, number>();
  for (const row of ordered) {
    const index = next.get(row.issuer_id) ?? 0;
    next.set(row.issuer_id, index + 1);
    await runner.query('INSERT INTO credential_status_entry (serial, issuer_id, status_index) VALUES (?, ?, ?)', [row.serial, row.issuer_id, index]);
  }
  const now = new Date().toISOString();
  for (const [issuer, count] of next) {
    await runner.query('INSERT INTO credential_status_list (issuer_id, next_index, revision, changed_at) VALUES (?, ?, 0, ?)', [issuer, count, now]);
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
