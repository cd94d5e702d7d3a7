import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity } from '@guantong/shared/audit';
import { databaseKinds } from '@guantong/shared/testing';
import { encodeCursor } from '../inputs/cursor.ts';
import { learnerId } from '@guantong/shared/validation';
import { AUTO_GRADUATE } from '../demo/consents.ts';
import {
  admin, anonymous, codeOf, EC_LEARNER, fieldOf, guardian, hillview, huadong, learner, metro, openCollege, riverside, staff, tianyi, type College,
} from './harness.ts';

const kinds = await databaseKinds();

const LIST = /* GraphQL */ `
  query List($filter: StudentFilter, $first: Int, $after: String) {
    students(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id pathway { stage cohort agreement { id } } }
    }
  }
`;

interface Page {
  students: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { id: string; pathway: { stage: string; cohort: string; agreement: { id: string } } }[];
  };
}

describe.each(kinds)('listing learners on the pathway registry (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const list = async (actor = admin, variables: Record<string, unknown> = {}) => {
    const res = await college.run<Page>(actor, LIST, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.students;
  };

  /** Follows endCursor until hasNextPage is false. */
  const walk = async (actor = admin, first = 40, filter?: object) => {
    const pages: Page['students'][] = [];
    let after: string | null = null;
    do {
      const page = await list(actor, { first, after, filter });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return pages;
  };

  describe('paging', () => {
    it('pages join up in learner-id order with no overlap, and the total counts every page', async () => {
      const pages = await walk(admin, 40);
      const ids = pages.flatMap((p) => p.nodes.map((n) => n.id));
      expect(pages).toHaveLength(Math.ceil(315 / 40));
      expect(ids).toHaveLength(315);
      expect(new Set(ids).size).toBe(315);
      expect(ids).toEqual([...ids].sort());
      for (const page of pages) {
        expect(page.totalCount).toBe(315);
        expect(page.pageInfo.endCursor).toBe(encodeCursor(page.nodes.at(-1)!.id));
      }
      expect(pages.slice(0, -1).every((p) => p.pageInfo.hasNextPage && p.nodes.length === 40)).toBe(true);
      expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
      expect(pages.at(-1)!.nodes).toHaveLength(315 % 40);
    });

    it('a page that ends exactly at the last learner says there is no next page', async () => {
      const page = await list(admin, { first: 63, filter: { cohort: '2021' } });
      expect(page.nodes).toHaveLength(63);
      expect(page.pageInfo.hasNextPage).toBe(false);
    });

    it('a page past the end is empty, with a null cursor', async () => {
      const last = await list(admin, { first: 1, filter: { cohort: '2025' } });
      const all = await list(admin, { first: 100, filter: { cohort: '2025' } });
      const beyond = await list(admin, { first: 5, after: encodeCursor(all.nodes.at(-1)!.id) });
      expect(last.totalCount).toBe(63);
      expect(beyond).toEqual({ totalCount: 315, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
    });

    it('each edge carries the cursor of its learner, and only a page after a cursor has a previous page', async () => {
      const RELAY = 'query($first: Int, $after: String) { students(first: $first, after: $after) { edges { cursor node { id } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }';
      type Relay = { students: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { startCursor: string; endCursor: string; hasNextPage: boolean; hasPreviousPage: boolean } } };
      const one = (await college.run<Relay>(admin, RELAY, { first: 3 })).data!.students;
      expect(one.edges.map((e) => e.cursor)).toEqual(one.edges.map((e) => encodeCursor(e.node.id)));
      expect(one.pageInfo).toEqual({ startCursor: one.edges[0]!.cursor, endCursor: one.edges[2]!.cursor, hasNextPage: true, hasPreviousPage: false });
      const two = (await college.run<Relay>(admin, RELAY, { first: 3, after: one.edges[0]!.cursor })).data!.students;
      expect(two.edges.map((e) => e.node.id)).toEqual([...one.edges.slice(1).map((e) => e.node.id), expect.any(String)]);
      expect(two.pageInfo.hasPreviousPage).toBe(true);
      // A cursor before every learner: rows follow it, none precede it.
      const fromStart = (await college.run<Relay>(admin, RELAY, { first: 3, after: encodeCursor(learnerId(2000, 0)) })).data!.students;
      expect(fromStart.edges.map((e) => e.node.id)).toEqual(one.edges.map((e) => e.node.id));
      expect(fromStart.pageInfo.hasPreviousPage).toBe(false);
    });

    it('defaults to pages of 20', async () => {
      expect((await list(admin)).nodes).toHaveLength(20);
    });

    it.each([0, 101, -5])('refuses a page size of %i and says the range', async (first) => {
      const res = await college.run(admin, LIST, { first });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('first');
      expect(res.errors![0].message).toMatch(/1 to 100/);
      expect(res.data).toBeNull();
    });

    it.each([
      ['not base64', 'not a cursor!'],
      ['base64 of something else', Buffer.from('hello').toString('base64url')],
      ['a learner id with a wrong check character', encodeCursor('GT2022000011')],
      ['padded base64', `${encodeCursor(EC_LEARNER)}==`],
    ])('refuses a cursor that is %s', async (_what, after) => {
      const res = await college.run(admin, LIST, { first: 5, after });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('after');
    });
  });

  describe('filters', () => {
    it('finds the two learners who withdrew, both from the E-commerce pathway', async () => {
      const page = await list(admin, { filter: { stage: 'WITHDRAWN' } });
      expect(page.totalCount).toBe(2);
      expect(page.nodes.map((n) => [n.pathway.stage, n.pathway.agreement.id])).toEqual([['WITHDRAWN', 'agr-ec'], ['WITHDRAWN', 'agr-ec']]);
    });

    it('a cohort filter returns only that cohort', async () => {
      const page = await list(admin, { first: 100, filter: { cohort: '2021' } });
      expect(page.totalCount).toBe(63);
      expect(page.nodes.every((n) => n.pathway.cohort === '2021' && n.pathway.stage === 'GRADUATED')).toBe(true);
    });

    it('filters combine: one agreement, one cohort, one stage', async () => {
      const page = await list(admin, { first: 100, filter: { agreementId: 'agr-auto', cohort: '2023', stage: 'HIGHER' } });
      expect(page.totalCount).toBe(21);
      expect(page.nodes.every((n) => n.pathway.agreement.id === 'agr-auto' && n.pathway.cohort === '2023')).toBe(true);
      expect((await list(admin, { filter: { cohort: '2021', stage: 'HIGHER' } })).totalCount).toBe(0);
    });

    it('refuses a cohort that is not a 4-digit year', async () => {
      const res = await college.run(admin, LIST, { filter: { cohort: '22' } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('cohort');
    });

    it('an injection-shaped agreement id matches nothing and harms nothing', async () => {
      const page = await list(admin, { filter: { agreementId: "agr-net' OR '1'='1" } });
      expect(page.totalCount).toBe(0);
      expect(await college.count('pathway')).toBe(315);
    });
  });

  describe('who sees whom', () => {
    it('Hillview staff see only learners on the E-commerce and Automotive pathways, without errors', async () => {
      const pages = await walk(hillview, 100);
      const agreements = new Set(pages.flatMap((p) => p.nodes.map((n) => n.pathway.agreement.id)));
      expect(pages[0].totalCount).toBe(210);
      expect(pages.flatMap((p) => p.nodes)).toHaveLength(210);
      expect([...agreements].sort()).toEqual(['agr-auto', 'agr-ec']);
      expect((await list(hillview, { filter: { agreementId: 'agr-net' } })).totalCount).toBe(0);
    });

    it('Riverside staff see only the Network Technology pathway', async () => {
      const page = await list(riverside, { first: 100 });
      expect(page.totalCount).toBe(105);
      expect(page.nodes.every((n) => n.pathway.agreement.id === 'agr-net')).toBe(true);
    });

    it('the college, party to every agreement, sees every learner', async () => {
      expect((await list(metro)).totalCount).toBe(315);
    });

    it('a learner sees only themselves', async () => {
      const page = await list(learner(EC_LEARNER), { first: 100 });
      expect(page.totalCount).toBe(1);
      expect(page.nodes.map((n) => n.id)).toEqual([EC_LEARNER]);
    });

    it('an enterprise sees only the learners who consented to it: Huadong sees the Automotive graduate', async () => {
      const page = await list(huadong, { first: 100 });
      expect(page.totalCount).toBe(1);
      expect(page.nodes).toEqual([{ id: AUTO_GRADUATE, pathway: { stage: 'GRADUATED', cohort: '2021', agreement: { id: 'agr-auto' } } }]);
    });

    it('an enterprise whose grant was revoked gets an empty list, not an error', async () => {
      expect(await list(tianyi)).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
    });

    it('a grant that covers certificates only lists the learner, with their pathway refused on its own path and the refusal audited', async () => {
      // Xinshang's RESULTS grant from one learner expired; a guardian's CERTIFICATES grant from another is in force.
      const res = await college.run<Page>(staff('ENTERPRISE_STAFF', 'org-xinshang'), LIST, { first: 100 });
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['students.nodes.0.pathway', 'FORBIDDEN']]);
      expect(res.data!.students.totalCount).toBe(1);
      expect(res.data!.students.nodes).toEqual([{ id: learnerId(2025, 2), pathway: null }]);
      const denied = await college.audit.dataSource.getRepository(AuditEntryEntity).findBy({ studentId: learnerId(2025, 2), organizationId: 'org-xinshang', outcome: 'DENIED' });
      expect(denied.map((e) => e.parts)).toContain('RESULTS:pathway');
    });

    it('a guardian sees only their own learner', async () => {
      const page = await list(guardian(EC_LEARNER), { first: 100 });
      expect(page.nodes.map((n) => n.id)).toEqual([EC_LEARNER]);
    });

    it('an anonymous caller is asked to sign in', async () => {
      const res = await college.run(anonymous, LIST, { first: 5 });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    });
  });

  describe('cost', () => {
    const ROSTER = /* GraphQL */ `
      query Roster($first: Int) {
        students(first: $first) {
          totalCount
          nodes { id pathway { stage cohort agreement { id name } } higherStage { institution { name } results { nodes { course { code } score } } } }
        }
      }
    `;

    it('a page of 100 learners costs the same number of SQL statements as a page of 10', async () => {
      const measure = async (first: number) => {
        const before = college.db.statements.count;
        const res = await college.run<{ students: { nodes: { higherStage: { results: { nodes: unknown[] } } | null }[] } }>(admin, ROSTER, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data!.students.nodes).toHaveLength(first);
        expect(res.data!.students.nodes.some((n) => (n.higherStage?.results.nodes.length ?? 0) > 0)).toBe(true);
        return college.db.statements.count - before;
      };
      const ten = await measure(10);
      const hundred = await measure(100);
      expect(ten).toBeGreaterThan(0);
      expect(hundred).toBe(ten);
    });

    it('so does a page with every learner’s grants, consents and access log, in both the registry and the audit store', async () => {
      const TRUST = /* GraphQL */ `
        query Trust($first: Int) {
          students(first: $first) {
            nodes { id pathway { stage } activeGrants { organizationId scopes purpose } consents { nodes { id active } } accessLog(first: 5) { nodes { at parts outcome } } }
          }
        }
      `;
      const measure = async (first: number) => {
        const [db, audit] = [college.db.statements.count, college.audit.statements.count];
        const res = await college.run<{ students: { nodes: { id: string; activeGrants: unknown[]; consents: { nodes: unknown[] } | null }[] } }>(admin, TRUST, { first });
        expect(res.errors).toBeUndefined();
        const { nodes } = res.data!.students;
        expect(nodes).toHaveLength(first);
        expect(nodes.find((n) => n.id === AUTO_GRADUATE)?.activeGrants).toHaveLength(1);
        expect(nodes.every((n) => Array.isArray(n.consents?.nodes))).toBe(true);
        return { db: college.db.statements.count - db, audit: college.audit.statements.count - audit };
      };
      const ten = await measure(10);
      const hundred = await measure(100);
      expect(ten.db).toBeGreaterThan(0);
      // Reading the log (a page and its counts: two statements) and one chained append of this request's
      // entries: the head and one INSERT on SQLite; on MariaDB also the chain's
      // lock and its release, and the transaction's start and commit.
      expect(ten.audit).toBe(kind === 'sqlite' ? 4 : 8);
      expect(hundred).toEqual(ten);
    });
  });
});
