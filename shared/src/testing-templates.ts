/**
 * Migrated schema templates for test databases. Running every migration for a
 * fresh database costs seconds on MariaDB (each CREATE and ALTER is DDL, and
 * TypeORM asks information_schema before each), and a test run opens hundreds
 * of them. So a run migrates each schema once (`buildTestTemplates`, from the
 * vitest global setup) and every fresh test database starts as a copy: SQLite
 * copies the file, MariaDB replays the template's tables, rows and triggers.
 * `openDatabase` still runs the migrations on the copy, so a copy never lacks
 * one; a schema whose migrations differ from its template's migrates as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type mysql from 'mysql2/promise';
import { openDatabase, serverConnection, type DatabaseOptions } from './database.ts';

/** Where the run's templates are described; set by `buildTestTemplates`, read by the test workers. */
const MANIFEST_ENV = 'GUANTONG_TEST_TEMPLATES';

export interface TemplateSchema {
  name: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
}

interface SqliteTemplate {
  migrations: string[];
  file: string;
}

interface MariadbTemplate {
  migrations: string[];
  database: string;
  /** CREATE TABLE statements, foreign keys included (replayed with the checks off). */
  tables: string[];
  /** Tables the migrations left rows in (the migrations table at least). */
  filled: string[];
  /** CREATE TRIGGER statements, in the order the template fires them. */
  triggers: string[];
}

interface Manifest {
  dir: string;
  sqlite: Record<string, SqliteTemplate>;
  mariadb: Record<string, MariadbTemplate>;
}

type Connection = mysql.Connection;

/** The names of a schema's migrations, in order; undefined when they are not classes (globs). */
function migrationNames(migrations: DatabaseOptions['migrations']): string[] | undefined {
  const list = Array.isArray(migrations) ? migrations : Object.values(migrations);
  return list.every((m) => typeof m === 'function') ? list.map((m) => (m as { name: string }).name) : undefined;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const connect = (serverUrl: string) => serverConnection(serverUrl, { multipleStatements: true });

async function describeMariadb(connection: Connection, database: string, migrations: string[]): Promise<MariadbTemplate> {
  const [tables] = await connection.query(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", [database],
  ) as unknown as [{ name: string }[]];
  const creates: string[] = [];
  const filled: string[] = [];
  for (const { name } of tables) {
    const [[created]] = await connection.query(`SHOW CREATE TABLE \`${database}\`.\`${name}\``) as unknown as [Record<string, string>[]];
    creates.push(created['Create Table']);
    const [[row]] = await connection.query(`SELECT EXISTS (SELECT 1 FROM \`${database}\`.\`${name}\`) AS filled`) as unknown as [{ filled: number }[]];
    if (Number(row.filled)) filled.push(name);
  }
  const [found] = await connection.query(
    'SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER', [database],
  ) as unknown as [{ name: string }[]];
  const triggers: string[] = [];
  for (const { name } of found) {
    const [[trigger]] = await connection.query(`SHOW CREATE TRIGGER \`${database}\`.\`${name}\``) as unknown as [Record<string, string>[]];
    // The copy's triggers belong to whoever creates it, as the migrated ones do.
    triggers.push(trigger['SQL Original Statement'].replace(/^CREATE\s+DEFINER=\S+\s+TRIGGER/i, 'CREATE TRIGGER'));
  }
  return { migrations, database, tables: creates, filled, triggers };
}

/**
 * Migrates each schema once per kind into a template and describes the
 * templates to the test workers (through the environment, which they inherit).
 * Returns the teardown that removes them; a second call in the same process
 * (another project of the run) finds them built and returns a teardown that does nothing.
 */
export async function buildTestTemplates(schemas: readonly TemplateSchema[], mariadbUrl: string | undefined): Promise<() => Promise<void>> {
  if (readManifest()) return async () => {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-templates-'));
  const manifest: Manifest = { dir, sqlite: {}, mariadb: {} };
  const run = path.basename(dir).replace(/[^A-Za-z0-9]/g, '').slice(-6).toLowerCase();
  const databases: string[] = [];
  for (const schema of schemas) {
    const migrations = migrationNames(schema.migrations);
    if (!migrations) continue;
    const file = path.join(dir, `${schema.name}.sqlite`);
    const sqlite = await openDatabase({ sqlitePath: file, entities: schema.entities, migrations: schema.migrations });
    // Closing checkpoints the write-ahead log into the file, so the file alone is the whole database.
    await sqlite.dataSource.destroy();
    manifest.sqlite[schema.name] = { migrations, file };
    if (!mariadbUrl) continue;
    const database = `gt_template_${run}_${schema.name}`;
    databases.push(database);
    const mariadb = await openDatabase({ url: `${mariadbUrl}/${database}`, sqlitePath: '', entities: schema.entities, migrations: schema.migrations, createDatabase: true });
    await mariadb.dataSource.destroy();
    const connection = await connect(mariadbUrl);
    try {
      manifest.mariadb[schema.name] = await describeMariadb(connection, database, migrations);
    } finally {
      await connection.end();
    }
  }
  const manifestFile = path.join(dir, 'manifest.json');
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  process.env[MANIFEST_ENV] = manifestFile;
  cached = manifest;
  return async () => {
    delete process.env[MANIFEST_ENV];
    cached = undefined;
    if (databases.length > 0 && mariadbUrl) {
      const connection = await connect(mariadbUrl);
      try {
        for (const database of databases) await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      } finally {
        await connection.end();
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

let cached: Manifest | undefined;

function readManifest(): Manifest | undefined {
  const file = process.env[MANIFEST_ENV];
  if (!file || !fs.existsSync(file)) return undefined;
  cached ??= JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  return cached;
}

function templateOf<T extends SqliteTemplate | MariadbTemplate>(templates: Record<string, T> | undefined, name: string, migrations: DatabaseOptions['migrations']): T | undefined {
  const template = templates?.[name];
  const names = migrationNames(migrations);
  return template && names && sameList(template.migrations, names) ? template : undefined;
}

/** Writes the migrated SQLite template of this schema to `file`; false when the run has none. */
export function copySqliteTemplate(name: string, migrations: DatabaseOptions['migrations'], file: string): boolean {
  const template = templateOf(readManifest()?.sqlite, name, migrations);
  if (!template) return false;
  fs.copyFileSync(template.file, file);
  return true;
}

/** Creates the database at `url` as a copy of this schema's migrated MariaDB template; false when the run has none. */
export async function copyMariadbTemplate(name: string, migrations: DatabaseOptions['migrations'], url: string): Promise<boolean> {
  const template = templateOf(readManifest()?.mariadb, name, migrations);
  if (!template) return false;
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '';
  const connection = await connect(target.toString());
  try {
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.changeUser({ database });
    const rows = template.filled.map((table) => `INSERT INTO \`${table}\` SELECT * FROM \`${template.database}\`.\`${table}\``);
    await connection.query(['SET FOREIGN_KEY_CHECKS = 0', ...template.tables, ...rows, 'SET FOREIGN_KEY_CHECKS = 1'].join(';\n'));
    // One at a time: a trigger's body may hold semicolons of its own.
    for (const trigger of template.triggers) await connection.query(trigger);
  } finally {
    await connection.end();
  }
  return true;
}
