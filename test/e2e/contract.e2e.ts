import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';
import { FIVE_YEAR_RECORD, RECOGNITION, STUDENTS } from '../helpers/operations.ts';

const kinds = await databaseKinds();
const SHOWCASE = 'GT202200001X';

interface Record5 {
  student: {
    id: string; name: string;
    pathway: { stage: string; cohort: string; agreement: { id: string } };
    secondaryStage: { institution: { name: string }; results: { nodes: { course: { code: string }; passed: boolean }[] } };
    higherStage: { institution: { name: string }; results: { nodes: { course: { code: string } }[] } };
    certificates: { nodes: { serial: string; status: string; standard: { code: string; recognitions: { counterpart: { code: string }; mutual: boolean }[] } }[] };
  };
}

describe.each(kinds)('the public contract through the gateway (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
  });
  afterAll(() => hub?.stop());

  it('a partner college reads a HIGHER-stage learner’s whole five-year record from three subgraphs in one query', async () => {
    const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const before = { ...hub.gateway.fetchCounts };
    const res = await hub.query<Record5>(FIVE_YEAR_RECORD, { id: SHOWCASE }, college);
    expect(res.errors).toBeUndefined();
    const student = res.data!.student;
    expect(student.id).toBe(SHOWCASE);
    expect(student.name.length).toBeGreaterThan(1);
    expect(student.pathway).toMatchObject({ stage: 'HIGHER', cohort: '2022', agreement: { id: 'agr-net' } });
    expect(student.secondaryStage.institution.name).toBe('Riverside Secondary Vocational School');
    expect(student.secondaryStage.results.nodes.map((r) => r.course.code)).toContain('NET-S120');
    expect(student.higherStage.institution.name).toBe('Metro Higher Vocational and Technical College');
    expect(student.higherStage.results.nodes.map((r) => r.course.code)).toContain('NET-H201');
    const ned = student.certificates.nodes.find((c) => c.standard.code === 'X-NED-1');
    expect(ned?.status).toBe('VALID');
    expect(ned?.standard.recognitions).toEqual([{ counterpart: expect.objectContaining({ code: 'E-TY-NT' }), mutual: false }]);
    for (const name of ['secondary', 'college', 'enterprise']) {
      expect(hub.gateway.fetchCounts[name] ?? 0).toBeGreaterThan(before[name] ?? 0);
    }
  });

  it('pages through learners with a stable cursor and an exact total', async () => {
    const filter = { stage: 'HIGHER', agreementId: 'agr-net' };
    const first = await hub.query<{ students: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { id: string; name: string; pathway: { stage: string } }[] } }>(STUDENTS, { filter, first: 25 }, admin);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.students;
    expect(page1.totalCount).toBe(42);
    expect(page1.nodes).toHaveLength(25);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await hub.query<typeof first.data & object>(STUDENTS, { filter, first: 25, after: page1.pageInfo.endCursor }, admin);
    const page2 = second.data!.students;
    expect(page2.nodes).toHaveLength(17);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.nodes, ...page2.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(42);
    expect([...ids].sort()).toEqual(ids);
    expect(page2.nodes.every((n) => n.pathway.stage === 'HIGHER' && n.name)).toBe(true);
  });

  it('filters learners by cohort and stage', async () => {
    const res = await hub.query<{ students: { totalCount: number; nodes: { pathway: { cohort: string; stage: string } }[] } }>(STUDENTS, { filter: { cohort: '2021' }, first: 100 }, admin);
    expect(res.data!.students.totalCount).toBe(63);
    expect(res.data!.students.nodes.every((n) => n.pathway.cohort === '2021' && n.pathway.stage === 'GRADUATED')).toBe(true);
  });

  it('anyone, even without a token, checks what an X certificate is recognised as', async () => {
    const res = await hub.query<{ certificateStandard: { kind: string; level: string; issuer: { id: string }; recognitions: { counterpart: { code: string }; mutual: boolean; basis: string; effectiveFrom: string }[] } }>(RECOGNITION, { code: 'X-ICV-2' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.certificateStandard).toMatchObject({ kind: 'VOCATIONAL_SKILL_LEVEL', level: 'INTERMEDIATE', issuer: { id: 'org-zhilian' } });
    expect(res.data!.certificateStandard.recognitions).toEqual([
      expect.objectContaining({ counterpart: expect.objectContaining({ code: 'E-HD-ICVT' }), mutual: true, effectiveFrom: '2023-09-01' }),
      expect.objectContaining({ counterpart: expect.objectContaining({ code: 'E-XH-ADAS' }), mutual: true, effectiveFrom: '2025-03-01' }),
    ]);
  });

  it('lists the certificate catalogue by kind', async () => {
    const res = await hub.query<{ certificateStandards: { nodes: { code: string; kind: string }[] } }>('{ certificateStandards(kind: ENTERPRISE_TECHNICAL) { nodes { code kind } } }');
    expect(res.data!.certificateStandards.nodes.map((s) => s.code).sort()).toEqual(['E-HD-ICVT', 'E-TY-NT', 'E-XH-ADAS']);
  });
});
