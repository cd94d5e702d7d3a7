import { afterEach, describe, expect, it } from 'vitest';
import type { AuditContent } from '../audit-chain.ts';
import { appendGrouped } from '../audit-group-commit.ts';
import { refuseAuditEntries } from '../audit-faults.ts';
import { verifyChain } from '../audit-verify.ts';
import { databaseKinds, openTestAuditDatabase, type TestDatabase } from '../testing.ts';

const kinds = await databaseKinds();

const entries = (request: string, count: number): AuditContent[] => Array.from({ length: count }, (_, i) => ({
  at: new Date(Date.UTC(2026, 10, 23, 8, 0, i)).toISOString(), requestId: request, service: 'college', actorSubject: 'staff:metro', actorRole: 'COLLEGE_STAFF',
  organizationId: 'col-metro', purpose: null, studentId: 'GT202200001X', parts: `RESULTS:part${i}`, outcome: 'ALLOWED', reason: 'pathway college',
}));

interface Row { request_id: string; parts: string }

describe.each(kinds)('audit entries of concurrent requests are committed together (%s)', (kind) => {
  let store: TestDatabase | undefined;
  afterEach(async () => {
    await store?.drop();
    store = undefined;
  });

  it('twenty requests flushing at once: each finds its own entries stored when told, in order and together, on one whole chain', async () => {
    store = await openTestAuditDatabase(kind);
    const db = store.dataSource;
    const requests = Array.from({ length: 20 }, (_, i) => `req-${i}`);
    await Promise.all(requests.map(async (request, i) => {
      await appendGrouped(db, entries(request, 1 + (i % 3)));
      // Told it is stored: it is, already.
      const stored: Row[] = await db.query('SELECT request_id, parts FROM audit_entry WHERE request_id = ?', [request]);
      expect(stored.length).toBe(1 + (i % 3));
    }));
    const rows: Row[] = await db.query('SELECT request_id, parts FROM audit_entry ORDER BY id');
    expect(rows.length).toBe(requests.reduce((n, _, i) => n + 1 + (i % 3), 0));
    for (const request of requests) {
      const positions = rows.flatMap((r, at) => (r.request_id === request ? [at] : []));
      expect(positions.at(-1)! - positions[0]!).toBe(positions.length - 1);
      expect(positions.map((at) => rows[at]!.parts)).toEqual(entries(request, positions.length).map((e) => e.parts));
    }
    expect((await verifyChain(db)).broken).toBeUndefined();
  });

  it.runIf(kind === 'mariadb')('requests that flush while an append is being written share the next one: fewer statements than one append each', async () => {
    store = await openTestAuditDatabase(kind);
    const alone = store.statements.count;
    await appendGrouped(store.dataSource, entries('alone', 1));
    const perAppend = store.statements.count - alone;
    const before = store.statements.count;
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendGrouped(store!.dataSource, entries(`together-${i}`, 1))));
    expect(store.statements.count - before).toBeLessThan(10 * perAppend);
  });

  it('when the shared append fails, every request in it is told, and none of their entries is stored', async () => {
    store = await openTestAuditDatabase(kind);
    const undo = await refuseAuditEntries(store.dataSource);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => appendGrouped(store!.dataSource, entries(`refused-${i}`, 2))));
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('rejected'));
    expect(await store.dataSource.query('SELECT id FROM audit_entry')).toEqual([]);
    await undo();
    await appendGrouped(store.dataSource, entries('after', 1));
    expect((await store.dataSource.query('SELECT request_id FROM audit_entry')).map((r: Row) => r.request_id)).toEqual(['after']);
  });
});
