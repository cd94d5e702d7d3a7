import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendChained, type AuditContent } from '../audit-chain.ts';
import { excessGrants } from '../audit-grants.ts';
import { auditEntities } from '../audit.ts';
import { auditMigrations } from '../audit-migrations.ts';
import { verifyChain } from '../audit-verify.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database.ts';
import { openAuditDatabase } from '../subgraph.ts';
import { databaseKinds, openTestAuditDatabase, type TestDatabase } from '../testing.ts';

const kinds = await databaseKinds();

const entry = (i: number): AuditContent => ({
  at: `2026-09-01T08:00:0${i}.000Z`, requestId: `req-${i}`, service: 'secondary', actorSubject: 'staff:riverside', actorRole: 'SECONDARY_STAFF',
  organizationId: 'sch-riverside', purpose: null, studentId: 'GT202200001X', parts: 'IDENTITY:name', outcome: 'ALLOWED', reason: 'enrolling school',
});

describe.each(kinds)('no statement changes an audit entry (%s)', (kind) => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await openTestAuditDatabase(kind);
    await appendChained(store.dataSource, [entry(1), entry(2)]);
  });
  afterAll(() => store?.drop());

  const refused = (sql: string) => expect(store.dataSource.query(sql)).rejects.toThrow(/append-only/);
  const copyOfFirst = "SELECT id, at, request_id, service, actor_subject, actor_role, organization_id, purpose, student_id, parts, 'DENIED', reason, prev_hash, hash FROM audit_entry WHERE id = (SELECT MIN(id) FROM audit_entry)";
  const columns = '(id, at, request_id, service, actor_subject, actor_role, organization_id, purpose, student_id, parts, outcome, reason, prev_hash, hash)';

  it('REPLACE … SELECT (INSERT OR REPLACE on SQLite) is refused', async () => {
    await refused(`${kind === 'sqlite' ? 'INSERT OR REPLACE' : 'REPLACE'} INTO audit_entry ${columns} ${copyOfFirst}`);
  });

  it('an upsert (ON CONFLICT DO UPDATE, ON DUPLICATE KEY UPDATE) is refused', async () => {
    const upsert = kind === 'sqlite' ? "ON CONFLICT(id) DO UPDATE SET outcome = 'DENIED'" : "ON DUPLICATE KEY UPDATE outcome = 'DENIED'";
    // SQLite needs a WHERE before ON CONFLICT to parse an INSERT … SELECT upsert.
    await refused(`INSERT INTO audit_entry ${columns} ${copyOfFirst} ${kind === 'sqlite' ? 'AND 1' : ''} ${upsert}`);
  });

  it('UPDATE and DELETE are refused, and the chain is whole afterwards', async () => {
    await refused("UPDATE audit_entry SET outcome = 'DENIED'");
    await refused('DELETE FROM audit_entry');
    expect(await verifyChain(store.dataSource)).toMatchObject({ checked: 2 });
  });
});

describe.each(kinds)('the chain covers entries written before it existed (%s)', (kind) => {
  it('upgrading a store with entries chains them, oldest first, and keeps the triggers', async () => {
    const store = await openTestAuditDatabase(kind);
    const { url } = store;
    const sqlitePath = String(store.dataSource.options.database);
    await store.dataSource.undoLastMigration();
    const insert = "INSERT INTO audit_entry (at, request_id, service, actor_subject, actor_role, student_id, parts, outcome) VALUES (?, 'old', 'college', 'x', 'ADMIN', 'GT202200001X', 'RESULTS:pathway', 'ALLOWED')";
    for (const at of ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z']) await store.dataSource.query(insert, [at]);
    await store.dataSource.destroy();
    const upgraded = await openDatabase({ url, sqlitePath, entities: auditEntities, migrations: auditMigrations });
    try {
      await appendChained(upgraded.dataSource, [entry(3)]);
      expect(await verifyChain(upgraded.dataSource)).toMatchObject({ checked: 3 });
      await expect(upgraded.dataSource.query("UPDATE audit_entry SET outcome = 'DENIED'")).rejects.toThrow(/append-only/);
      await expect(upgraded.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      await upgraded.dataSource.destroy();
      await store.drop().catch(() => undefined);
    }
  });
});

describe('the hub’s audit user may only INSERT and SELECT', () => {
  it('reads SHOW GRANTS: anything beyond INSERT and SELECT, a grant option or a role is too much', () => {
    expect(excessGrants(["GRANT USAGE ON *.* TO `hub`@`%` IDENTIFIED BY PASSWORD '*AB'", 'GRANT SELECT, INSERT ON `audit`.* TO `hub`@`%`'])).toEqual([]);
    expect(excessGrants(['GRANT SELECT (at, parts) ON `audit`.`audit_entry` TO `hub`@`%`'])).toEqual([]);
    for (const line of [
      'GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION',
      'GRANT SELECT, INSERT, DELETE ON `audit`.* TO `hub`@`%`',
      'GRANT DROP ON `audit`.`audit_entry` TO `hub`@`%`',
      'GRANT SELECT, INSERT ON `audit`.* TO `hub`@`%` WITH GRANT OPTION',
      'GRANT `auditor` TO `hub`@`%`',
    ]) expect(excessGrants([line])).toEqual([line]);
  });
});

const mariadb = kinds.includes('mariadb');
describe.runIf(mariadb)('on MariaDB, privileges close what triggers cannot', () => {
  let store: TestDatabase;
  let hubUrl: string;
  const user = `gt_audit_${randomBytes(4).toString('hex')}`;
  const root = () => {
    const u = new URL(store.url!);
    return mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
  };
  beforeAll(async () => {
    store = await openTestAuditDatabase('mariadb');
    await appendChained(store.dataSource, [entry(1)]);
    const db = new URL(store.url!).pathname.slice(1);
    const admin = await root();
    await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'audit-writer-pw'`);
    await admin.query(`GRANT INSERT, SELECT ON \`${db}\`.* TO '${user}'@'%'`);
    await admin.end();
    const u = new URL(store.url!);
    hubUrl = `mysql://${user}:audit-writer-pw@${u.host}/${db}`;
  });
  afterAll(async () => {
    const admin = await root();
    await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
    await admin.end();
    await store?.drop();
  });

  const production = (url: string) => ({ ...loadConfig({}), mode: 'production' as const, auditDatabaseUrl: url });

  it('the hub’s user appends and reads, and cannot TRUNCATE, DROP the table or lift a trigger', async () => {
    const hub = await openAuditDatabase(production(hubUrl));
    try {
      await appendChained(hub.dataSource, [entry(2)]);
      expect(await verifyChain(hub.dataSource)).toMatchObject({ checked: 2 });
      for (const sql of ['TRUNCATE TABLE audit_entry', 'DROP TABLE audit_entry', 'DROP TRIGGER audit_entry_no_delete', 'DELETE FROM audit_entry', "UPDATE audit_entry SET outcome = 'DENIED'"]) {
        await expect(hub.dataSource.query(sql), sql).rejects.toThrow(/denied/i);
      }
    } finally {
      await hub.dataSource.destroy();
    }
  });

  it('in production the hub refuses to start with an audit user that can do more', async () => {
    await expect(openAuditDatabase(production(store.url!))).rejects.toThrow(/may only INSERT and SELECT.*ALL PRIVILEGES/);
  });
});
