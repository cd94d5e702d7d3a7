/**
 * Builds a subgraph's TypeORM DataSource: MySQL/MariaDB when a URL is configured,
 * otherwise an embedded SQLite file. Schema changes come only from migrations.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { traceDatabase } from './tracing/database.ts';
import { conflict } from './errors.ts';
import { DataSource, type EntityManager, type EntitySchema, type EntityTarget, type Logger, type MixedList, type ObjectLiteral, type QueryDeepPartialEntity } from 'typeorm';

/** Background work (the webhook worker) runs inside this, so its polling never counts against a request's budget. */
export const backgroundWork = new AsyncLocalStorage<true>();

/** Counts every SQL statement a DataSource sends for requests, so tests can assert query budgets. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery(): void {
    if (backgroundWork.getStore()) return;
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface DatabaseOptions {
  /** `mysql://user:pass@host:port/db`; undefined selects SQLite at `sqlitePath`. */
  url?: string;
  sqlitePath: string;
  entities: MixedList<EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function>;
  /** Create the MySQL database when it does not exist (demo and tests). */
  createDatabase?: boolean;
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
  kind: 'mysql' | 'sqlite';
}

/** A connection to the server of `url` (`mysql://user:pass@host:port/…`), outside any database unless `options` names one. */
export function serverConnection(url: string, options: mysql.ConnectionOptions = {}): Promise<mysql.Connection> {
  const parsed = new URL(url);
  return mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    ...options,
  });
}

async function ensureMysqlDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error('database names may use only letters, digits and _');
  const connection = await serverConnection(url);
  try {
    // Asked first: a least-privileged user (the audit store's writer) may not even try CREATE DATABASE.
    const [found] = await connection.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
    if ((found as unknown[]).length > 0) return;
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** Opens the database and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter();
  const common = { entities: options.entities, migrations: options.migrations, logger: statements, synchronize: false };
  let dataSource: DataSource;
  if (options.url) {
    if (options.createDatabase) await ensureMysqlDatabase(options.url);
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      url: options.url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      // Dates are ISO strings in the API; keep them strings end to end.
      dateStrings: true,
    });
  } else {
    fs.mkdirSync(path.dirname(options.sqlitePath), { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: options.sqlitePath,
      // Prepared statements are kept by their SQL text. TypeORM keeps 100 and evicts the oldest, and a request's
      // loaders (IN lists of every length) and writes use more, so at 100 most statements were prepared afresh.
      // 500 holds a busy hub's reads without keeping every multi-row INSERT an import ever sent.
      statementCacheSize: 500,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    });
  }
  await dataSource.initialize();
  traceDatabase(dataSource, options.url ? new URL(options.url).pathname.slice(1) : path.basename(options.sqlitePath, '.sqlite'));
  await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, statements, kind: options.url ? 'mysql' : 'sqlite' };
}

/** True when a driver error is a unique-key violation (SQLite or MySQL/MariaDB). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e.driverError?.code ?? e.code;
  const errno = e.driverError?.errno ?? e.errno;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY' || errno === 1062;
}

/** True when MariaDB/MySQL chose this transaction as a deadlock's victim: it was rolled back whole. */
function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  return (e.driverError?.code ?? e.code) === 'ER_LOCK_DEADLOCK' || (e.driverError?.errno ?? e.errno) === 1213;
}

/**
 * Inserts rows in multi-row INSERTs of `size` (seeding, bulk loads). Generated
 * values are not read back: callers that need them insert one row at a time.
 */
export async function insertInChunks<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, rows: readonly QueryDeepPartialEntity<T>[], size = 200): Promise<void> {
  for (const chunk of chunks(rows, size)) {
    await em.createQueryBuilder().insert().into(target).values(chunk).updateEntity(false).execute();
  }
}

/** Splits rows for multi-row INSERTs that stay under every driver's parameter limit. */
export function chunks<T>(rows: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const writeQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs a write transaction that is safe under concurrent requests on both drivers.
 * TypeORM's better-sqlite3 driver holds a single connection, so two concurrent
 * `dataSource.transaction()` calls would interleave their BEGIN, statements and
 * COMMIT on it. On SQLite, transactions of one DataSource therefore run one after
 * another; MySQL/MariaDB gives each transaction its own pooled connection.
 */
export function writeTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') {
    // Concurrent writes can deadlock on shared rows (a trigger's counts, a parent's lock). The victim was rolled
    // back whole and wrote nothing, so its caller is told so, as for any other write that lost a race.
    return db.transaction(work).catch((err: unknown) => {
      if (isDeadlock(err)) throw conflict('another write reached the same records at the same moment, so this one was not made and nothing of it was written; send the request again');
      throw err;
    });
  }
  const previous = writeQueues.get(db) ?? Promise.resolve();
  const run = previous.then(() => db.transaction(work));
  // The next transaction waits for this one to settle, whether it commits or fails.
  writeQueues.set(db, run.catch(() => undefined));
  return run;
}
