import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const NET = 'GT202200001X'; // Riverside's learner, at the higher stage of agr-net at col-metro
const SEC_RESULT = 'mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score } }';
const COL_RESULT = 'mutation($input: RecordResultInput!) { recordCollegeResult(input: $input) { score } }';
const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }';
const NODE: Record<string, string> = {
  secondaryChanges: '... on SecondaryCourseResult { score }',
  collegeChanges: '... on CollegeCourseResult { score }',
  enterpriseChanges: '... on CertificateAward { serial }',
};
const FEED = (field: string) => `query($since: Int, $types: [String!], $first: Int, $after: String) {
  ${field}(since: $since, types: $types, first: $first, after: $after) {
    pageInfo { endCursor hasNextPage }
    nodes { version entityType entityId kind changedAt node { __typename ${NODE[field]} } }
  }
}`;

type Change = { version: number; entityType: string; entityId: string; kind: string; changedAt: string; node: Record<string, unknown> | null };
type Page = { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Change[] };

describe.each(kinds)('the change feed after writes by two institutions (%s)', (kind) => {
  let hub: Hub;
  const heads: Record<string, number> = {};
  const tokens: Record<string, string> = {};
  const feed = async (field: string, token: string, variables: Record<string, unknown> = {}) => {
    const reply = await hub.query<Record<string, Page>>(FEED(field), variables, token);
    expect(reply.errors).toBeUndefined();
    return reply.data![field];
  };

  beforeAll(async () => {
    hub = await startHub(kind);
    for (const name of ['secondary', 'college', 'enterprise'] as const) {
      const [{ head }] = await hub.databases[name].dataSource.query('SELECT MAX(version) AS head FROM change_log');
      heads[name] = Number(head);
    }
    tokens.riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    tokens.hillview = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    tokens.metro = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    tokens.zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    tokens.admin = await hub.token({ role: 'ADMIN' });
    tokens.learner = await hub.token({ role: 'STUDENT', student: NET });
    const writes = [
      await hub.query(SEC_RESULT, { input: { studentId: NET, courseCode: 'NET-S101', term: '2024-2025-2', score: 91 } }, tokens.riverside),
      await hub.query(COL_RESULT, { input: { studentId: NET, courseCode: 'NET-H230', term: '2026-2027-1', score: 84 } }, tokens.metro),
      await hub.query(AWARD, { input: { studentId: NET, holderName: '李一诺', standardCode: 'X-NED-1', serial: 'NED1-2026-980001', issuedOn: '2026-11-01', score: 90 } }, tokens.zhongxin),
    ];
    for (const write of writes) expect(write.errors).toBeUndefined();
  });
  afterAll(() => hub?.stop());

  it('shows the school its result and the college its result, each with the current state', async () => {
    const school = await feed('secondaryChanges', tokens.riverside, { since: heads.secondary });
    expect(school.nodes).toEqual([expect.objectContaining({ entityType: 'SecondaryCourseResult', kind: 'CREATED', node: { __typename: 'SecondaryCourseResult', score: 91 } })]);
    expect(school.nodes[0].version).toBeGreaterThan(heads.secondary);
    expect(school.nodes[0].changedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const college = await feed('collegeChanges', tokens.metro, { since: heads.college });
    expect(college.nodes).toEqual([expect.objectContaining({ entityType: 'CollegeCourseResult', entityId: `${NET}:NET-H230:2026-2027-1`, kind: 'CREATED', node: { __typename: 'CollegeCourseResult', score: 84 } })]);
  });

  it('leaves out entirely what a third caller may not read: another school, another institution’s learner rows', async () => {
    expect((await feed('secondaryChanges', tokens.hillview, { since: heads.secondary })).nodes).toEqual([]);
    expect((await feed('collegeChanges', tokens.riverside, { since: heads.college })).nodes).toEqual([]);
    expect((await feed('enterpriseChanges', tokens.metro, { since: heads.enterprise })).nodes).toEqual([]);
    // The hillview page still moves its cursor past what it was not shown.
    const page = await feed('secondaryChanges', tokens.hillview, { since: heads.secondary });
    expect(page.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
  });

  it('shows the learner and an administrator every change of the learner’s record, in version order', async () => {
    for (const token of [tokens.learner, tokens.admin]) {
      const all = await Promise.all([feed('secondaryChanges', token, { since: heads.secondary }), feed('collegeChanges', token, { since: heads.college }), feed('enterpriseChanges', token, { since: heads.enterprise })]);
      expect(all.map((p) => p.nodes.map((c) => c.entityType))).toEqual([['SecondaryCourseResult'], ['CollegeCourseResult'], ['CertificateAward']]);
    }
  });

  it('filters by entity type and refuses an unknown one', async () => {
    expect((await feed('secondaryChanges', tokens.admin, { since: heads.secondary, types: ['SecondaryEnrollment'] })).nodes).toEqual([]);
    const reply = await hub.query(FEED('secondaryChanges'), { types: ['Nope'] }, tokens.admin);
    expect(reply.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0].message).toMatch(/types must be among .*SecondaryCourseResult/);
  });

  it('reports a deletion as a tombstone', async () => {
    const db = hub.databases.enterprise.dataSource;
    const [{ head }] = await db.query('SELECT MAX(version) AS head FROM change_log');
    await db.query('DELETE FROM certificate_exam_session WHERE id = (SELECT id FROM (SELECT MIN(id) AS id FROM certificate_exam_session) AS s)');
    const page = await feed('enterpriseChanges', tokens.admin, { since: Number(head) });
    expect(page.nodes).toEqual([expect.objectContaining({ entityType: 'ExamSession', kind: 'DELETED', node: null })]);
  });

  it('pages through the seeded log with one statement for the log and two per entity type, whatever the page length', async () => {
    const cost = async (first: number) => {
      const before = hub.statementCount();
      const page = await feed('secondaryChanges', tokens.admin, { since: 0, first });
      const spent = hub.statementCount() - before;
      expect(page.nodes).toHaveLength(first);
      return { spent, types: new Set(page.nodes.filter((c) => c.node !== null).map((c) => c.entityType)).size };
    };
    for (const first of [5, 100]) {
      const { spent, types } = await cost(first);
      expect(types).toBeGreaterThan(0);
      expect(spent).toBe(1 + 2 * types);
    }
    const one = await feed('secondaryChanges', tokens.admin, { since: 0, first: 3 });
    const next = await feed('secondaryChanges', tokens.admin, { after: one.pageInfo.endCursor, first: 3 });
    expect(next.nodes[0].version).toBe(one.nodes[2].version + 1);
  });

  it('stops showing an entity’s state to its former owner once it moved to another institution', async () => {
    const db = hub.databases.secondary.dataSource;
    const enrolmentOf = async (token: string, since = 0) => {
      const page = await feed('secondaryChanges', token, { since, types: ['SecondaryEnrollment'], first: 100 });
      return page.nodes.filter((c) => c.entityId === NET);
    };
    expect((await enrolmentOf(tokens.riverside)).map((c) => [c.kind, c.node !== null])).toEqual([['CREATED', true]]);
    const [{ head }] = await db.query('SELECT MAX(version) AS head FROM change_log');
    await db.query("UPDATE secondary_enrollment SET school_id = 'sch-hillview' WHERE student_id = ?", [NET]);
    try {
      expect((await enrolmentOf(tokens.riverside)).map((c) => [c.kind, c.node])).toEqual([['CREATED', null]]);
      expect((await enrolmentOf(tokens.hillview, Number(head))).map((c) => [c.kind, c.node !== null])).toEqual([['UPDATED', true]]);
    } finally {
      await db.query("UPDATE secondary_enrollment SET school_id = 'sch-riverside' WHERE student_id = ?", [NET]);
    }
  });

  it('logs an organisation’s own business written through GraphQL, and shows it to that organisation only', async () => {
    const [{ head }] = await hub.databases.secondary.dataSource.query('SELECT MAX(version) AS head FROM change_log');
    const added = await hub.query('mutation($input: TeacherInput!) { addSecondaryTeacher(input: $input) { id } }', {
      input: { id: 'tch-feed-1', programCode: 'SEC-NET', name: '王老师', activeFrom: '2026-09-01', qualifications: [{ kind: 'TEACHING', title: 'Teacher qualification', obtainedOn: '2020-07-01' }] },
    }, tokens.riverside);
    expect(added.errors).toBeUndefined();
    const since = Number(head);
    const seen = (page: Page) => page.nodes.map((c) => [c.entityType, c.kind, c.node?.__typename ?? null]);
    expect(seen(await feed('secondaryChanges', tokens.riverside, { since }))).toEqual([['SecondaryTeacher', 'CREATED', 'SecondaryTeacher'], ['TeacherQualification', 'CREATED', null]]);
    expect(seen(await feed('secondaryChanges', tokens.hillview, { since }))).toEqual([]);
    expect(seen(await feed('secondaryChanges', tokens.metro, { since }))).toEqual([]);
  });
});
