import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity } from '@guantong/shared/audit';
import { appendChained, type AuditContent } from '@guantong/shared/audit-chain';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { admin, anonymous, codeOf, fieldOf, guardian, huadong, learner, metro, openCollege, riverside, type College } from './harness.ts';

const kinds = await databaseKinds();

const ACCESS_LOG = /* GraphQL */ `
  query Log($id: LearnerId!, $first: Int) {
    student(id: $id) { accessLog(first: $first) { nodes { at service actorRole organizationId purpose parts outcome reason requestId } } }
  }
`;
const RECORD = /* GraphQL */ `query Record($id: LearnerId!) { student(id: $id) { pathway { stage } } }`;
const TRAIL = /* GraphQL */ `
  query Trail($filter: AuditFilter, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage hasPreviousPage }
      nodes { at service actorSubject actorRole organizationId purpose studentId parts outcome reason requestId }
    }
  }
`;

interface LogEntry { at: string; service: string; actorRole: string; organizationId: string | null; purpose: string | null; parts: string[]; outcome: string; reason: string | null; requestId: string }
interface TrailPage {
  auditTrail: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean }; nodes: (LogEntry & { actorSubject: string; studentId: string })[] };
}

describe.each(kinds)('who read a learner’s record (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  let serial = 0;
  /** A fresh 2022 Network Technology learner (serials 1, 4, 7 …): Riverside and Metro are on their pathway. */
  const someone = () => learnerId(2022, 1 + 3 * serial++);
  const logOf = async (actor: Actor, id: string, first?: number) => {
    const res = await college.run<{ student: { accessLog: { nodes: LogEntry[] } | null } | null }>(actor, ACCESS_LOG, { id, first });
    return { log: res.data?.student?.accessLog?.nodes ?? null, res };
  };
  const append = (rows: AuditContent[]) => appendChained(college.audit.dataSource, rows);

  describe('Student.accessLog', () => {
    it('the learner sees every earlier read and refused attempt, newest first', async () => {
      const studentId = someone();
      expect((await college.run(metro, RECORD, { id: studentId })).errors).toBeUndefined();
      expect(codeOf(await college.run(huadong, RECORD, { id: studentId }))).toBe('FORBIDDEN');
      const { log, res } = await logOf(learner(studentId), studentId);
      expect(res.errors).toBeUndefined();
      expect(log).toMatchObject([
        { service: 'college', actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', parts: ['RESULTS:pathway'], outcome: 'DENIED' },
        { service: 'college', actorRole: 'COLLEGE_STAFF', organizationId: 'col-metro', parts: ['RECORD:student', 'RESULTS:pathway'], outcome: 'ALLOWED', reason: 'relationship' },
      ]);
      expect(log![0].reason).toMatch(/consent/);
      expect(log![0].at >= log![1].at).toBe(true);
      expect(log![0].requestId).not.toBe(log![1].requestId);
    });

    it('reading the log is itself recorded, and shows from the next request on', async () => {
      const studentId = someone();
      expect((await logOf(guardian(studentId), studentId)).log).toEqual([]);
      const { log } = await logOf(learner(studentId), studentId);
      expect(log).toMatchObject([{ actorRole: 'GUARDIAN', parts: ['CONSENT:accessLog', 'RECORD:student'], outcome: 'ALLOWED', reason: 'guardian' }]);
    });

    it('holds reads served by other subgraphs too, with their purpose', async () => {
      const studentId = someone();
      await append([{
        at: '2026-01-05T10:00:00.000Z', requestId: 'req-enterprise-1', service: 'enterprise', actorSubject: 'hr@huadong', actorRole: 'ENTERPRISE_STAFF',
        organizationId: 'org-huadong', purpose: 'graduate recruitment', studentId, parts: 'CERTIFICATES:certificates', outcome: 'ALLOWED', reason: 'consent',
      }]);
      const { log } = await logOf(admin, studentId);
      expect(log).toEqual([{
        at: '2026-01-05T10:00:00.000Z', service: 'enterprise', actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', purpose: 'graduate recruitment',
        parts: ['CERTIFICATES:certificates'], outcome: 'ALLOWED', reason: 'consent', requestId: 'req-enterprise-1',
      }]);
    });

    it('gives at most `first` entries, the newest', async () => {
      const studentId = someone();
      for (let i = 0; i < 3; i += 1) await college.run(riverside, RECORD, { id: studentId });
      const all = (await logOf(learner(studentId), studentId)).log!;
      const two = (await logOf(learner(studentId), studentId, 2)).log!;
      expect(all).toHaveLength(3);
      // The first read of the log is now the newest entry, then the latest of Riverside's reads.
      expect(two).toHaveLength(2);
      expect(two[0].parts).toContain('CONSENT:accessLog');
      expect(two[1].requestId).toBe(all[0].requestId);
    });

    it('pages older entries after a cursor, with the total and whether newer entries come before the page', async () => {
      const PAGE = 'query($id: LearnerId!, $first: Int, $after: String) { student(id: $id) { accessLog(first: $first, after: $after) { totalCount edges { cursor node { requestId } } pageInfo { endCursor hasNextPage hasPreviousPage } } } }';
      type LogPage = { student: { accessLog: { totalCount: number; edges: { cursor: string; node: { requestId: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean; hasPreviousPage: boolean } } } };
      const studentId = someone();
      for (let i = 0; i < 5; i += 1) await college.run(riverside, RECORD, { id: studentId });
      const first = (await college.run<LogPage>(learner(studentId), PAGE, { id: studentId, first: 3 })).data!.student.accessLog;
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[2]!.cursor });
      // The first read is logged before the second: newer than the cursor, it does not shift the page.
      const next = (await college.run<LogPage>(learner(studentId), PAGE, { id: studentId, first: 3, after: first.pageInfo.endCursor })).data!.student.accessLog;
      expect(next.totalCount).toBe(6);
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const ids = [...first.edges, ...next.edges].map((edge) => edge.node.requestId);
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
      const bad = await college.run(learner(studentId), PAGE, { id: studentId, after: 'not-a-cursor' });
      expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'after']);
    });

    it.each([0, 501, -1])('refuses first = %i and says the range', async (first) => {
      const studentId = someone();
      const { res } = await logOf(learner(studentId), studentId, first);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('first');
    });

    it('staff, even of the learner’s own college, may not read it', async () => {
      const studentId = someone();
      const { log, res } = await logOf(metro, studentId);
      expect(log).toBeNull();
      expect(codeOf(res)).toBe('FORBIDDEN');
      const [entry] = await college.audit.dataSource.getRepository(AuditEntryEntity).find({ where: { studentId, outcome: 'DENIED' } });
      expect(entry.parts).toBe('CONSENT:accessLog');
    });
  });

  describe('Query.auditTrail', () => {
    const SUBJECT = 'auditor-test';
    const TRAIL_STUDENT = learnerId(2021, 50);
    /** Ten entries at known instants, two learners, two organisations, both outcomes. */
    beforeAll(async () => {
      await append(Array.from({ length: 10 }, (_, i) => ({
        at: `2026-03-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`, requestId: `trail-${i}`, service: i % 2 ? 'secondary' : 'enterprise',
        actorSubject: SUBJECT, actorRole: 'ENTERPRISE_STAFF', organizationId: i < 5 ? 'org-huadong' : 'org-tianyi', purpose: null,
        studentId: i % 3 ? TRAIL_STUDENT : learnerId(2021, 51), parts: 'RESULTS:secondaryStage,IDENTITY:name', outcome: i % 4 ? 'ALLOWED' : 'DENIED', reason: 'test',
      })));
    });
    const trail = async (variables: Record<string, unknown>, actor: Actor = admin) => {
      const res = await college.run<TrailPage>(actor, TRAIL, variables);
      expect(res.errors).toBeUndefined();
      return res.data!.auditTrail;
    };

    it('an admin reads the trail newest first, with the actor’s subject and the learner', async () => {
      const page = await trail({ filter: { actorSubject: SUBJECT } });
      expect(page.totalCount).toBe(10);
      expect(page.nodes.map((n) => n.requestId)).toEqual(Array.from({ length: 10 }, (_, i) => `trail-${9 - i}`));
      expect(page.nodes[1]).toMatchObject({
        at: '2026-03-09T08:00:00.000Z', service: 'enterprise', actorSubject: SUBJECT, actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-tianyi',
        studentId: TRAIL_STUDENT, parts: ['RESULTS:secondaryStage', 'IDENTITY:name'], outcome: 'DENIED', requestId: 'trail-8',
      });
    });

    it('filters combine: learner, organisation, outcome and a time window', async () => {
      const ids = async (filter: object) => (await trail({ filter: { actorSubject: SUBJECT, ...filter } })).nodes.map((n) => n.requestId);
      expect(await ids({ studentId: learnerId(2021, 51) })).toEqual(['trail-9', 'trail-6', 'trail-3', 'trail-0']);
      expect(await ids({ organizationId: 'org-huadong', outcome: 'DENIED' })).toEqual(['trail-4', 'trail-0']);
      expect(await ids({ from: '2026-03-03', to: '2026-03-05T08:00:00Z' })).toEqual(['trail-3', 'trail-2']);
      expect(await ids({ from: '2026-03-09T16:00:00+08:00' })).toEqual(['trail-9', 'trail-8']);
    });

    it('pages join up with an opaque cursor, and the total counts every page', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: TrailPage['auditTrail'] = await trail({ filter: { actorSubject: SUBJECT }, first: 4, after });
        expect(page.totalCount).toBe(10);
        // Newest first: only a page after a cursor has newer entries before it.
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.nodes.map((n) => n.requestId));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => `trail-${9 - i}`));
    });

    it('costs one COUNT and one page query, whatever the page size', async () => {
      const measure = async (first: number) => {
        const before = college.audit.statements.count;
        await trail({ first });
        return college.audit.statements.count - before;
      };
      expect(await measure(10)).toBe(2);
      expect(await measure(500)).toBe(2);
    });

    it.each([
      ['a page size over 500', { first: 501 }, 'first'],
      ['a cursor we did not issue', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
      ['a from that is not a date', { filter: { from: 'yesterday' } }, 'from'],
      ['a to that is not a calendar date', { filter: { to: '2026-02-30' } }, 'to'],
      ['a mistyped learner id', { filter: { studentId: 'GT2021000500' } }, 'studentId'],
    ])('refuses %s', async (_what, variables, field) => {
      const res = await college.run(admin, TRAIL, variables);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
    });

    it('no one but an admin reads it', async () => {
      const studentId = learnerId(2022, 1);
      for (const actor of [metro, huadong, learner(studentId), guardian(studentId)]) {
        const res = await college.run(actor, TRAIL, {});
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(codeOf(await college.run(anonymous, TRAIL, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
