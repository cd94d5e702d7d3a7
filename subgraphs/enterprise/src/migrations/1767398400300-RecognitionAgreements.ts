import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnFactories } from './columns.ts';

const APPEND_ONLY = 'recognition events are append-only';
const CARRIED_OVER = 'carried over from the one-party addRecognition: it counts once the counterpart issuer accepts it';

/**
 * Recognition becomes a two-party agreement: each agreement records its
 * status, the proposing and the counterpart organisation, and when both had
 * agreed; every step is appended to `recognition_event`.
 *
 * Agreements written before this migration were made by the issuer of
 * `from_code` alone, so they are carried over as PROPOSED by that issuer,
 * with a history entry saying so: they count again once the issuer of
 * `to_code` accepts them. Nothing one party declared keeps counting unheard.
 */
export class RecognitionAgreements1767398400300 implements MigrationInterface {
  name = 'RecognitionAgreements1767398400300';

  async up(runner: QueryRunner): Promise<void> {
    const { text, key } = columnFactories(runner);
    await runner.addColumns('recognition_agreement', [
      new TableColumn(text('status', 16, { default: "'PROPOSED'" })),
      new TableColumn(key('proposer_org_id', 64, { default: "''" })),
      new TableColumn(key('counterpart_org_id', 64, { default: "''" })),
      new TableColumn(text('agreed_at', 24, { isNullable: true })),
    ]);
    const issuerOf = (column: string) => `(SELECT s.issuer_id FROM certificate_standard s WHERE s.code = recognition_agreement.${column})`;
    await runner.query(`UPDATE recognition_agreement SET proposer_org_id = ${issuerOf('from_code')}, counterpart_org_id = ${issuerOf('to_code')}`);
    await runner.createIndices('recognition_agreement', [
      new TableIndex({ name: 'idx_recognition_proposer', columnNames: ['proposer_org_id'] }),
      new TableIndex({ name: 'idx_recognition_counterpart', columnNames: ['counterpart_org_id'] }),
    ]);
    await runner.createTable(
      new Table({
        name: 'recognition_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          key('agreement_id', 64),
          text('kind', 16),
          text('at', 24),
          text('actor_subject', 200),
          key('organization_id', 64),
          text('effective_to', 10, { isNullable: true }),
          text('reason', 500, { isNullable: true }),
        ],
        indices: [{ name: 'idx_recognition_event_agreement', columnNames: ['agreement_id'] }],
      }),
      true,
    );
    await appendOnly(runner);
    await runner.query(
      'INSERT INTO recognition_event (agreement_id, kind, at, actor_subject, organization_id, reason) ' +
        "SELECT id, 'PROPOSED', ?, 'migration', proposer_org_id, ? FROM recognition_agreement",
      [new Date().toISOString(), CARRIED_OVER],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const event of ['update', 'delete']) await runner.query(`DROP TRIGGER IF EXISTS recognition_event_no_${event}`);
    await runner.dropTable('recognition_event', true);
    await runner.dropIndex('recognition_agreement', 'idx_recognition_proposer');
    await runner.dropIndex('recognition_agreement', 'idx_recognition_counterpart');
    for (const column of ['agreed_at', 'counterpart_org_id', 'proposer_org_id', 'status']) await runner.dropColumn('recognition_agreement', column);
  }
}

/** The history is evidence: triggers refuse UPDATE and DELETE on SQLite and MariaDB alike, as for the audit trail. */
async function appendOnly(runner: QueryRunner): Promise<void> {
  const mysql = runner.connection.driver.options.type === 'mysql';
  for (const event of ['UPDATE', 'DELETE']) {
    const name = `recognition_event_no_${event.toLowerCase()}`;
    await runner.query(
      mysql
        ? `CREATE TRIGGER ${name} BEFORE ${event} ON recognition_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY}'`
        : `CREATE TRIGGER ${name} BEFORE ${event} ON recognition_event BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
    );
  }
}
