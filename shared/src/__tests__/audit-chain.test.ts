import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { appendChained, type AuditContent } from '../audit-chain.ts';
import { verifyChain } from '../audit-verify.ts';
import { databaseKinds, openTestAuditDatabase, type TestDatabase } from '../testing.ts';

const kinds = await databaseKinds();
const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const entry = (i: number, outcome: AuditContent['outcome'] = 'ALLOWED'): AuditContent => ({
  at: new Date(Date.UTC(2026, 8, 1, 8, 0, i)).toISOString(), requestId: `req-${i}`, service: 'college', actorSubject: 'staff:metro', actorRole: 'COLLEGE_STAFF',
  organizationId: 'col-metro', purpose: null, studentId: 'GT202200001X', parts: 'RESULTS:pathway', outcome, reason: 'pathway college',
});

/** Where a spawned process finds the store: the MariaDB URL, or the SQLite file. */
const locate = (store: TestDatabase) => ({ url: store.url ?? '', file: store.url ? '' : String(store.dataSource.options.database) });

describe.each(kinds)('the audit trail is a hash chain (%s)', (kind) => {
  let store: TestDatabase | undefined;
  afterEach(async () => {
    await store?.drop();
    store = undefined;
  });

  const fresh = async (entries = 0) => {
    store = await openTestAuditDatabase(kind);
    for (let i = 0; i < entries; i += 1) await appendChained(store.dataSource, [entry(i)]);
    return store.dataSource;
  };
  /** Acts behind the hub's back: a privileged connection lifts a trigger first. */
  const tamper = async (trigger: string, sql: string) => {
    await store!.dataSource.query(`DROP TRIGGER ${trigger}`);
    await store!.dataSource.query(sql);
  };

  it('an intact trail verifies, and the report names its head', async () => {
    const db = await fresh(5);
    const [last] = await db.query('SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1');
    expect(await verifyChain(db)).toEqual({ checked: 5, head: last.hash });
  });

  it('an entry rewritten behind the hub’s back is found, at that entry', async () => {
    const db = await fresh(5);
    const [third] = await db.query('SELECT id FROM audit_entry ORDER BY id LIMIT 1 OFFSET 2');
    await tamper('audit_entry_no_update', `UPDATE audit_entry SET outcome = 'DENIED' WHERE id = ${third.id}`);
    expect((await verifyChain(db)).broken).toMatchObject({ id: third.id, problem: 'content' });
  });

  it('an entry deleted behind the hub’s back is found, at the entry after it', async () => {
    const db = await fresh(5);
    const [second, third] = await db.query('SELECT id FROM audit_entry ORDER BY id LIMIT 2 OFFSET 1');
    await tamper('audit_entry_no_delete', `DELETE FROM audit_entry WHERE id = ${second.id}`);
    expect((await verifyChain(db)).broken).toMatchObject({ id: third.id, problem: 'link' });
  });

  it('an entry slipped in without a hash is found', async () => {
    const db = await fresh(2);
    await db.query("INSERT INTO audit_entry (at, request_id, service, actor_subject, actor_role, student_id, parts, outcome) VALUES ('2026-09-02T00:00:00.000Z', 'x', 'college', 'x', 'ADMIN', 'GT202200001X', 'RESULTS:pathway', 'ALLOWED')");
    expect((await verifyChain(db)).broken).toMatchObject({ problem: 'unhashed' });
  });

  it('three subgraph processes appending at once keep one unforked chain', async () => {
    await fresh(1);
    const { url, file } = locate(store!);
    const worker = path.join(root, 'shared/src/__tests__/audit-append-worker.ts');
    await Promise.all(['secondary', 'college', 'enterprise'].map((service) => run(process.execPath, ['--import', 'tsx', worker, url, file, service, '15'], { cwd: root })));
    const report = await verifyChain(store!.dataSource);
    expect(report).toEqual({ checked: 1 + 3 * 15 * 2, head: expect.any(String) });
    const [{ n }] = await store!.dataSource.query('SELECT COUNT(DISTINCT prev_hash) AS n FROM audit_entry');
    expect(Number(n)).toBe(report.checked);
  }, 60_000);

  it('npm run audit:verify exits 0 on an intact chain, and 1 naming the first broken entry', async () => {
    await fresh(3);
    const { url, file } = locate(store!);
    const { AUDIT_DATABASE_URL: _unset, ...inherited } = process.env;
    const env = { ...inherited, GUANTONG_MODE: 'demo', ...(url ? { AUDIT_DATABASE_URL: url } : { GUANTONG_DATA_DIR: path.dirname(file) }) };
    const intact = await run('npm', ['run', '-s', 'audit:verify'], { cwd: root, env });
    expect(intact.stdout).toMatch(/chain intact: 3 entries, head [0-9a-f]{64}/);
    const [first] = await store!.dataSource.query('SELECT id FROM audit_entry ORDER BY id LIMIT 1');
    await tamper('audit_entry_no_update', `UPDATE audit_entry SET reason = 'nothing to see' WHERE id = ${first.id}`);
    const broken = await run('npm', ['run', '-s', 'audit:verify'], { cwd: root, env }).catch((err: { code: number; stderr: string }) => err);
    expect(broken).toMatchObject({ code: 1, stderr: expect.stringContaining(`chain broken at entry ${first.id} (content)`) });
  }, 60_000);
});
