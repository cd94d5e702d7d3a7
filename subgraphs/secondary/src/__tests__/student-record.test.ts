import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { learnerId } from '@guantong/shared/validation';
import { EC_LEARNER, NET_LEARNER, callers, openHarness, studentRef as ref, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const roster = demoRoster();

interface Stage {
  institution: { id: string };
  program: { code: string };
  enrolledOn: string;
  completedOn: string | null;
  student: { id: string };
  results: { nodes: { course: { code: string }; term: string; score: number; passed: boolean }[] };
}
interface StudentView { id: string; name: string | null; secondaryStage: Stage | null }

const RECORD = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Student { id name secondaryStage { institution { id } program { code } enrolledOn completedOn student { id }
        results { nodes { course { code } term score passed } } } }
    }
  }
`;

const netRef = ref(NET_LEARNER, ['sch-riverside', 'col-metro']);
const ecRef = ref(EC_LEARNER, ['sch-hillview', 'col-metro']);

describe.each(kinds)('a learner’s secondary record (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (actor: Actor, ...refs: object[]) => {
    const { data, errors } = await hub.run<{ _entities: (StudentView | null)[] }>(actor, RECORD, { r: refs });
    return { students: data?._entities ?? [], errors: errors ?? [] };
  };

  it('the school reads its own learner’s name, programme and results', async () => {
    const { students, errors } = await read(callers.riverside, netRef);
    expect(errors).toEqual([]);
    const demo = roster.students.find((s) => s.id === NET_LEARNER)!;
    const expected = roster.secondaryResults.filter((r) => r.studentId === NET_LEARNER);
    expect(students[0]).toMatchObject({
      id: NET_LEARNER,
      name: demo.name,
      secondaryStage: { institution: { id: 'sch-riverside' }, program: { code: 'SEC-NET' }, enrolledOn: '2022-09-01', completedOn: '2025-07-01', student: { id: NET_LEARNER } },
    });
    const results = students[0]!.secondaryStage!.results.nodes;
    expect(results).toHaveLength(expected.length);
    expect(results.every((r) => r.passed === r.score >= 60)).toBe(true);
  });

  it('lists results in term order, then by course code', async () => {
    const { students } = await read(callers.admin, ...roster.students.slice(0, 30).map((s) => ref(s.id, [])));
    for (const student of students) {
      const keys = student!.secondaryStage!.results.nodes.map((r) => `${r.term} ${r.course.code}`);
      expect(keys).toEqual([...keys].sort());
      expect(keys.length).toBeGreaterThan(0);
    }
  });

  it('the partner college reads the learners of its pathways', async () => {
    const { students, errors } = await read(callers.metroCollege, netRef, ecRef);
    expect(errors).toEqual([]);
    expect(students.map((s) => s?.secondaryStage?.institution.id)).toEqual(['sch-riverside', 'sch-hillview']);
  });

  it('a school reads its own enrolled learner even when no pathway names it', async () => {
    const { students, errors } = await read(callers.hillview, ref(EC_LEARNER, []));
    expect(errors).toEqual([]);
    expect(students[0]?.name).toBeTruthy();
  });

  it('a school is refused another school’s learner: the fields are null, each with FORBIDDEN', async () => {
    const { students, errors } = await read(callers.riverside, ecRef);
    expect(students[0]).toEqual({ id: EC_LEARNER, name: null, secondaryStage: null });
    expect(errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('the college is refused a learner whose pathway it does not take part in', async () => {
    const { students, errors } = await read(callers.metroCollege, ref(EC_LEARNER, ['sch-hillview']));
    expect(students[0]?.name).toBeNull();
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an enterprise with no relationship to the pathway sees nothing', async () => {
    const { students, errors } = await read(callers.huadong, netRef);
    expect(students[0]).toEqual({ id: NET_LEARNER, name: null, secondaryStage: null });
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a learner reads their own record and is refused another’s', async () => {
    const me = callers.learner(NET_LEARNER);
    const own = await read(me, netRef);
    expect(own.errors).toEqual([]);
    expect(own.students[0]?.secondaryStage?.program.code).toBe('SEC-NET');
    const other = await read(me, ecRef);
    expect(other.students[0]?.name).toBeNull();
    expect(other.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('an anonymous caller is asked to sign in', async () => {
    const { students, errors } = await read(callers.anonymous, netRef);
    expect(students[0]).toEqual({ id: NET_LEARNER, name: null, secondaryStage: null });
    expect(errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a learner with no secondary enrolment on the hub has no stage and no name here, without an error', async () => {
    const { students, errors } = await read(callers.riverside, ref(learnerId(2030, 1), ['sch-riverside']));
    expect(errors).toEqual([]);
    expect(students[0]).toEqual({ id: learnerId(2030, 1), name: null, secondaryStage: null });
  });

  it('audits every read through _entities: one entry per learner, naming the parts and fields read', async () => {
    const refs = roster.students.slice(0, 3).map((s) => ref(s.id, ['col-metro']));
    const { errors, audit } = await hub.runAudited(callers.admin, RECORD, { r: refs });
    expect(errors).toBeUndefined();
    expect(audit.map((a) => a.studentId)).toEqual(refs.map((r) => r.id));
    for (const entry of audit) {
      expect(entry).toMatchObject({ service: 'secondary', actorSubject: 'test:ADMIN', actorRole: 'ADMIN', outcome: 'ALLOWED', reason: 'administration', parts: 'IDENTITY:name,RESULTS:secondaryStage' });
      expect(Date.parse(entry.at)).not.toBeNaN();
    }
    expect(new Set(audit.map((a) => a.requestId)).size).toBe(1);
  });

  it('audits a refused read through _entities with the reason', async () => {
    const { audit } = await hub.runAudited(callers.riverside, RECORD, { r: [ecRef] });
    const refused = { studentId: EC_LEARNER, actorRole: 'SECONDARY_STAFF', organizationId: 'sch-riverside', outcome: 'DENIED' };
    expect([...audit].sort((a, b) => a.parts.localeCompare(b.parts))).toMatchObject([
      { ...refused, parts: 'IDENTITY:name', reason: expect.stringMatching(/identity needs a pathway relationship or the learner's consent/) },
      { ...refused, parts: 'RESULTS:secondaryStage', reason: expect.stringMatching(/results needs a pathway relationship or the learner's consent/) },
    ]);
  });

  it('a guardian reads their learner’s record, on the basis of guardianship', async () => {
    const { errors, audit } = await hub.runAudited(callers.guardian(NET_LEARNER), RECORD, { r: [netRef] });
    expect(errors).toBeUndefined();
    expect(audit).toMatchObject([{ actorRole: 'GUARDIAN', outcome: 'ALLOWED', reason: 'guardian' }]);
  });

  it('nothing is audited for a learner with no secondary enrolment: nothing of theirs is held here', async () => {
    const { audit } = await hub.runAudited(callers.riverside, RECORD, { r: [ref(learnerId(2030, 1), ['sch-riverside'])] });
    expect(audit).toEqual([]);
  });

  it('costs the same number of SQL statements for 100 learners as for 10', async () => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Student { id name nationalId full: nationalId(unmasked: true) secondaryStage { institution { name programs { nodes { code } } } program { name school { id } courses { nodes { code } } }
            results { nodes { course { code title program { code } } term score passed } } } }
        }
      }
    `;
    const statementsFor = async (count: number) => {
      const refs = roster.students.slice(0, count).map((s) => ref(s.id, ['col-metro']));
      const before = hub.db.statements.count;
      const { data, errors } = await hub.run<{ _entities: StudentView[] }>(callers.admin, query, { r: refs });
      expect(errors).toBeUndefined();
      expect(data?._entities.filter((s) => s.secondaryStage !== null)).toHaveLength(count);
      return hub.db.statements.count - before;
    };
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
