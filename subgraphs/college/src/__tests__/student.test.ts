import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import {
  admin, anonymous, AUTO_LEARNER, codeOf, EC_LEARNER, fieldOf, hillview, huadong, learner, metro, NET_LEARNER, openCollege, riverside,
  SCHOOL_LEARNER, staff, UNREGISTERED, type College,
} from './harness.ts';

const kinds = await databaseKinds();

const RECORD = /* GraphQL */ `
  query Record($id: LearnerId!) {
    student(id: $id) {
      id
      pathway { stage cohort registeredOn agreement { id name secondarySchoolId college { id } } }
      higherStage { enrolledOn completedOn institution { id } program { code } results { nodes { course { code } term score passed } } }
    }
  }
`;

interface Record {
  student: {
    id: string;
    pathway: { stage: string; cohort: string; agreement: { id: string; secondarySchoolId: string; college: { id: string } } } | null;
    higherStage: { program: { code: string }; completedOn: string | null; results: { nodes: { course: { code: string }; term: string; score: number; passed: boolean }[] } } | null;
  } | null;
}

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Student { id pathwayOrganizationIds pathway { stage } }
    }
  }
`;

describe.each(kinds)('reading one learner (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const read = (actor: Parameters<College['run']>[0], id: string) => college.run<Record>(actor, RECORD, { id });

  describe('student(id)', () => {
    it('the partner college reads a HIGHER-stage learner’s pathway and higher stage, results in term order', async () => {
      const { data, errors } = await read(metro, NET_LEARNER);
      expect(errors).toBeUndefined();
      const student = data!.student!;
      expect(student.pathway).toMatchObject({ stage: 'HIGHER', cohort: '2022', agreement: { id: 'agr-net', secondarySchoolId: 'sch-riverside', college: { id: 'col-metro' } } });
      expect(student.higherStage).toMatchObject({ program: { code: 'COL-NET' }, completedOn: null });
      const results = student.higherStage!.results.nodes;
      expect(results.length).toBeGreaterThan(0);
      const order = results.map((r) => `${r.term} ${r.course.code}`);
      expect(order).toEqual([...order].sort());
      expect(results.every((r) => r.passed === r.score >= 60)).toBe(true);
    });

    it('a secondary school reads learners on its own pathways; before progression there is no higher stage', async () => {
      const { data, errors } = await read(riverside, SCHOOL_LEARNER);
      expect(errors).toBeUndefined();
      expect(data!.student).toMatchObject({ id: SCHOOL_LEARNER, pathway: { stage: 'SECONDARY' }, higherStage: null });
    });

    it('a secondary school is refused a learner on another school’s pathway', async () => {
      const res = await read(riverside, EC_LEARNER);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data!.student).toBeNull();
    });

    it('an unrelated institution is refused', async () => {
      const res = await read(staff('COLLEGE_STAFF', 'col-elsewhere'), AUTO_LEARNER);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data!.student).toBeNull();
    });

    it('an enterprise without consent reaches the fields, each refusing with its own part (it may have issued the learner’s certificates)', async () => {
      const res = await read(huadong, AUTO_LEARNER);
      expect(res.data!.student).toMatchObject({ id: AUTO_LEARNER, pathway: null });
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect([error.extensions?.code, error.message]).toEqual(['FORBIDDEN', expect.stringContaining('consent for RESULTS')]);
      }
    });

    it('a learner reads their own record and no one else’s', async () => {
      expect((await read(learner(EC_LEARNER), EC_LEARNER)).errors).toBeUndefined();
      const other = await read(learner(EC_LEARNER), NET_LEARNER);
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(other.data!.student).toBeNull();
    });

    it('an anonymous caller is asked to sign in, whether or not the learner exists', async () => {
      for (const id of [NET_LEARNER, UNREGISTERED]) {
        const res = await read(anonymous, id);
        expect(codeOf(res)).toBe('UNAUTHENTICATED');
        expect(res.data!.student).toBeNull();
      }
    });

    it('a learner who is not on the registry is null, without an error', async () => {
      const res = await read(hillview, UNREGISTERED);
      expect(res.errors).toBeUndefined();
      expect(res.data!.student).toBeNull();
    });

    it('a mistyped learner id is refused with what an id looks like', async () => {
      const res = await read(admin, 'GT2022000011');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('id');
      expect(res.errors![0].message).toContain(learnerId(2022, 1));
    });
  });

  describe('_entities (what the gateway asks)', () => {
    it('hands out the pathway’s organisations for any learner id, so other subgraphs can authorise', async () => {
      const res = await college.run<{ _entities: { id: string; pathwayOrganizationIds: string[] }[] }>(huadong, /* GraphQL */ `
        query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id pathwayOrganizationIds } } }
      `, { r: [NET_LEARNER, EC_LEARNER, UNREGISTERED].map((id) => ({ __typename: 'Student', id })) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toEqual([
        { id: NET_LEARNER, pathwayOrganizationIds: ['sch-riverside', 'col-metro'] },
        { id: EC_LEARNER, pathwayOrganizationIds: ['sch-hillview', 'col-metro'] },
        { id: UNREGISTERED, pathwayOrganizationIds: [] },
      ]);
    });

    it('authorises each learner’s pathway separately: a school gets its own and a refusal for the other', async () => {
      const res = await college.run<{ _entities: ({ pathway: { stage: string } | null } | null)[] }>(riverside, ENTITIES, {
        representations: [NET_LEARNER, EC_LEARNER].map((id) => ({ __typename: 'Student', id })),
      });
      expect(res.data!._entities[0]!.pathway).toEqual({ stage: 'HIGHER' });
      expect(res.data!._entities[1]!.pathway).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors![0].path).toEqual(['_entities', 1, 'pathway']);
    });

    it('ignores a pathwayOrganizationIds claim in the representation: entitlement comes from the registry', async () => {
      const res = await college.run<{ _entities: { pathway: unknown }[] }>(huadong, ENTITIES, {
        representations: [{ __typename: 'Student', id: NET_LEARNER, pathwayOrganizationIds: ['org-huadong'] }],
      });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data!._entities[0].pathway).toBeNull();
    });

    it('costs the same number of SQL statements for 100 learners as for 10', async () => {
      const QUERY = /* GraphQL */ `
        query($r: [_Any!]!) { _entities(representations: $r) { ... on Student {
          id pathwayOrganizationIds pathway { stage agreement { name college { name } } }
          higherStage { institution { name } program { name } results { nodes { course { code program { code } } score passed } } }
        } } }
      `;
      const measure = async (n: number) => {
        // Serials 1..n of the 2022 cohort: all at the higher stage, across the three pathways.
        const representations = Array.from({ length: n }, (_, i) => ({ __typename: 'Student', id: learnerId(2022, i + 1) }));
        const before = college.db.statements.count;
        const res = await college.run<{ _entities: unknown[] }>(admin, QUERY, { r: representations });
        expect(res.errors).toBeUndefined();
        expect(res.data!._entities).toHaveLength(n);
        return college.db.statements.count - before;
      };
      const ten = await measure(10);
      const hundred = await measure(63);
      const again = await measure(100); // 37 of them are not on the 2022 registry: still the same cost
      expect(ten).toBeGreaterThan(0);
      expect(hundred).toBe(ten);
      expect(again).toBe(ten);
    });
  });
});
