/**
 * The change log is written by database triggers, AFTER INSERT, UPDATE and
 * DELETE on every described table, so it commits with the write that caused it
 * whatever code made the write (a mutation, the seed, a bulk import, a script).
 */
import type { QueryRunner } from 'typeorm';
import type { FeedTable } from './tables.ts';

const EVENTS = [
  { event: 'INSERT', suffix: 'ins', row: 'NEW', kind: 'CREATED' },
  { event: 'UPDATE', suffix: 'upd', row: 'NEW', kind: 'UPDATED' },
  { event: 'DELETE', suffix: 'del', row: 'OLD', kind: 'DELETED' },
] as const;

/** The names of a table's three change-log triggers. */
export const triggerNames = (table: string): string[] => EVENTS.map((e) => `chg_${table}_${e.suffix}`);

const quote = (text: string | undefined): string => (text === undefined ? 'NULL' : `'${text.replace(/'/g, "''")}'`);

function entityIdSql(key: readonly string[], row: string, mysql: boolean): string {
  if (mysql) return `CONCAT_WS(':', ${key.map((c) => `${row}.${c}`).join(', ')})`;
  return key.map((c) => `CAST(${row}.${c} AS TEXT)`).join(` || ':' || `);
}

// The database's own UTC clock, as a 24-character ISO instant like every instant in the hub.
const nowSql = (mysql: boolean): string =>
  mysql ? `CONCAT(LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z')` : `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function insertSql(spec: FeedTable, row: string, kind: string, mysql: boolean): string {
  const over = (expr: string | undefined) => (expr === undefined ? 'NULL' : `(${expr.replace(/@\./g, `${row}.`)})`);
  return (
    'INSERT INTO change_log (entity_type, entity_id, kind, changed_at, audience, student_id, organization_id, part) VALUES (' +
    [quote(spec.entityType), entityIdSql(spec.key, row, mysql), quote(kind), nowSql(mysql), quote(spec.audience), over(spec.student), over(spec.organization), quote(spec.part)].join(', ') +
    ')'
  );
}

/** CREATE TRIGGER statements for one table, in the driver's dialect. */
export function triggerStatements(spec: FeedTable, mysql: boolean): string[] {
  return EVENTS.map(({ event, suffix, row, kind }) => {
    const name = `chg_${spec.table}_${suffix}`;
    const insert = insertSql(spec, row, kind, mysql);
    return mysql
      ? `CREATE TRIGGER ${name} AFTER ${event} ON ${spec.table} FOR EACH ROW ${insert}`
      : `CREATE TRIGGER ${name} AFTER ${event} ON ${spec.table} BEGIN ${insert}; END`;
  });
}

/** Adds the change-log triggers of `tables` (a migration's `up`). */
export async function createTriggers(runner: QueryRunner, tables: readonly FeedTable[]): Promise<void> {
  const mysql = runner.connection.options.type === 'mysql';
  for (const spec of tables) for (const sql of triggerStatements(spec, mysql)) await runner.query(sql);
}

/** Removes the change-log triggers of `tables` (a migration's `down`). */
export async function dropTriggers(runner: QueryRunner, tables: readonly FeedTable[]): Promise<void> {
  for (const spec of tables) for (const name of triggerNames(spec.table)) await runner.query(`DROP TRIGGER IF EXISTS ${name}`);
}
