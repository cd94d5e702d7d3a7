/**
 * Tamper evidence for the audit store: each entry carries the SHA-256 of its
 * own content and of the entry before it (`prev_hash`), so rewriting or
 * removing any entry breaks every link after it. Appends are serialised per
 * store, so three subgraph processes writing at once never fork the chain:
 * a named lock on MariaDB (GET_LOCK needs no privilege beyond the connection),
 * SQLite's write lock (BEGIN IMMEDIATE) on SQLite.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditEntryRow } from './audit-entry.ts';
import { chunks } from './database.ts';
import { inSpan } from './tracing/tracing.ts';

/** `prev_hash` of the first entry of a store. */
export const GENESIS = '0'.repeat(64);

/** Every stored field but the id, in a fixed order: what the hash covers. */
export type AuditContent = Omit<AuditEntryRow, 'id' | 'prevHash' | 'hash'>;

const CONTENT_COLUMNS = ['at', 'request_id', 'service', 'actor_subject', 'actor_role', 'organization_id', 'purpose', 'student_id', 'parts', 'outcome', 'reason'] as const;

const contentOf = (e: AuditContent) => [e.at, e.requestId, e.service, e.actorSubject, e.actorRole, e.organizationId, e.purpose, e.studentId, e.parts, e.outcome, e.reason];

/** The hash of one entry chained to the one before (JSON keeps the fields apart unambiguously). */
export function entryHash(prevHash: string, entry: AuditContent): string {
  return createHash('sha256').update(JSON.stringify([prevHash, ...contentOf(entry)])).digest('hex');
}

/** Links the rows, in order, after `head`. */
function chain(head: string, rows: readonly AuditContent[]): unknown[][] {
  let prev = head;
  return rows.map((row) => {
    const hash = entryHash(prev, row);
    const values = [...contentOf(row), prev, hash];
    prev = hash;
    return values;
  });
}

const COLUMNS = [...CONTENT_COLUMNS, 'prev_hash', 'hash'];
const LAST = 'SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1';
const placeholders = (rows: number) => Array.from({ length: rows }, () => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
const insertSql = (rows: number) => `INSERT INTO audit_entry (${COLUMNS.join(', ')}) VALUES ${placeholders(rows)}`;

/** 1,000 rows × 13 values stays under SQLite's 32,766 parameters. */
const ROWS_PER_INSERT = 1000;

/** How long an append waits for the chain before failing (the request is then withheld). */
const LOCK_SECONDS = 10;

/**
 * Appends the rows after the store's last entry, atomically: all of them or
 * none. MariaDB: the named lock is per database, and the head is read after it
 * is taken, so it is the newest committed entry.
 */
async function appendMysql(store: DataSource, rows: readonly AuditContent[]): Promise<void> {
  const runner = store.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`SELECT GET_LOCK(CONCAT('guantong_audit:', DATABASE()), ${LOCK_SECONDS}) AS locked`);
    if (Number(locked) !== 1) throw new Error('the audit chain lock was not granted in time');
    try {
      const [last] = await runner.query(LAST);
      await runner.startTransaction();
      try {
        for (const slice of chunks(chain(last?.hash ?? GENESIS, rows), ROWS_PER_INSERT)) await runner.query(insertSql(slice.length), slice.flat());
        await runner.commitTransaction();
      } catch (err) {
        await runner.rollbackTransaction();
        throw err;
      }
    } finally {
      await runner.query(`SELECT RELEASE_LOCK(CONCAT('guantong_audit:', DATABASE()))`);
    }
  } finally {
    await runner.release();
  }
}

interface SqliteStatement {
  get(): { hash: string } | undefined;
  run(...values: unknown[]): unknown;
}

interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  transaction(work: () => void): { immediate(): void };
}

const preparedOn = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();
/** An insert of n rows is a statement of its own, and a prepared one holds its whole program: keep the few in use. */
const KEPT_STATEMENTS = 16;

/** Each append runs the same few statements: they are prepared once per connection, the most recently used kept. */
function prepared(db: SqliteConnection, sql: string): SqliteStatement {
  let statements = preparedOn.get(db);
  if (!statements) preparedOn.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement) statements.delete(sql);
  else statement = db.prepare(sql);
  statements.set(sql, statement);
  if (statements.size > KEPT_STATEMENTS) statements.delete(statements.keys().next().value!);
  return statement;
}

/**
 * SQLite: one synchronous IMMEDIATE transaction on the driver's connection, so
 * no other statement of this process can come between reading the head and
 * appending, and other processes wait on SQLite's write lock (busy_timeout).
 */
function appendSqlite(store: DataSource, rows: readonly AuditContent[]): void {
  const db = (store.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  const count = (sql: string) => store.logger.logQuery(sql);
  db.transaction(() => {
    count(LAST);
    const linked = chain(prepared(db, LAST).get()?.hash ?? GENESIS, rows);
    for (const slice of chunks(linked, ROWS_PER_INSERT)) {
      count(insertSql(slice.length));
      prepared(db, insertSql(slice.length)).run(...slice.flat());
    }
  }).immediate();
}

/** Appends the rows to the store's chain, all or none. */
export async function appendChained(store: DataSource, rows: readonly AuditContent[]): Promise<void> {
  if (rows.length === 0) return;
  return inSpan('audit append', { 'guantong.audit.entries': rows.length }, () => (store.options.type === 'mysql' ? appendMysql(store, rows) : appendSqlite(store, rows)));
}
