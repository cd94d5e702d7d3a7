/**
 * The change feed's tables, and the triggers that fill the change log, as one
 * migration per subgraph (`feedMigration`): the same on SQLite and MariaDB.
 */
import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { createTriggers, dropTriggers } from './triggers.ts';
import type { FeedTable } from './tables.ts';

function textOf(runner: QueryRunner) {
  const mysql = runner.connection.options.type === 'mysql';
  const charset = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};
  return (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable, ...charset });
}

// 'integer', not 'int': SQLite auto-increments only an INTEGER PRIMARY KEY (and never reuses a version with AUTOINCREMENT).
const serial = (name: string): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });

async function createFeedTables(runner: QueryRunner): Promise<void> {
  const text = textOf(runner);
  await runner.createTable(new Table({
    name: 'change_log',
    columns: [serial('version'), text('entity_type', 64), text('entity_id', 255), text('kind', 8), text('changed_at', 24), text('audience', 12), text('student_id', 64, true), text('organization_id', 64, true), text('part', 16, true)],
  }));
  await runner.createTable(new Table({
    name: 'webhook_subscription',
    columns: [
      text('id', 40), text('organization_id', 64), text('url', 2000), text('entity_types', 2000), text('secret', 200), text('status', 8),
      { name: 'cursor_version', type: 'integer' }, text('last_error', 500, true), text('created_by', 200), text('created_at', 24),
    ].map((c) => (c.name === 'id' ? { ...c, isPrimary: true } : c)),
    indices: [{ name: 'idx_webhook_subscription_org', columnNames: ['organization_id'] }],
  }));
  await runner.createTable(new Table({
    name: 'webhook_delivery',
    columns: [
      serial('id'), text('subscription_id', 40), { name: 'version', type: 'integer' }, text('entity_type', 64), text('entity_id', 255), text('kind', 8),
      text('changed_at', 24), text('status', 10), { name: 'attempts', type: 'integer' }, text('next_attempt_at', 24), text('last_error', 500, true), text('delivered_at', 24, true),
    ],
    indices: [{ name: 'idx_webhook_delivery_pending', columnNames: ['status', 'id'] }],
  }));
}

/** A subgraph's change-feed migration class: feed tables plus triggers on `tables`. */
export function feedMigration(name: string, tables: readonly FeedTable[]): new () => MigrationInterface {
  return class FeedMigration implements MigrationInterface {
    name = name;
    async up(runner: QueryRunner): Promise<void> {
      await createFeedTables(runner);
      await createTriggers(runner, tables);
    }
    async down(runner: QueryRunner): Promise<void> {
      await dropTriggers(runner, tables);
      for (const table of ['webhook_delivery', 'webhook_subscription', 'change_log']) await runner.dropTable(table, true);
    }
  };
}
