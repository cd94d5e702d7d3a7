import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { AgreementEntity } from '../entities/agreement.ts';
import { admin, anonymous, huadong, openCollege, type College } from './harness.ts';

const kinds = await databaseKinds();

const COLLEGES = /* GraphQL */ `
  { colleges { nodes { id name region programs { nodes { code name durationYears college { id } courses { nodes { code title credits hours program { code } } } } } } } }
`;

const AGREEMENT = /* GraphQL */ `
  query($id: ID!) {
    articulationAgreement(id: $id) {
      id name secondarySchoolId effectiveFrom effectiveTo
      college { id } collegeProgram { code } secondaryProgram { code }
    }
  }
`;

interface Agreement {
  articulationAgreement: { id: string; name: string; effectiveTo: string | null; secondaryProgram: { code: string } } | null;
}

describe.each(kinds)('the public college catalogue (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  it('anyone, even anonymous, reads the colleges with their programmes and courses', async () => {
    const res = await college.run<{ colleges: { nodes: { id: string; programs: { nodes: { code: string; college: { id: string }; courses: { nodes: { code: string; credits: number; program: { code: string } }[] } }[] } }[] } }>(anonymous, COLLEGES);
    expect(res.errors).toBeUndefined();
    const [metro] = res.data!.colleges.nodes;
    expect(res.data!.colleges.nodes.map((c) => c.id)).toEqual(['col-metro']);
    expect(metro.programs.nodes.map((p) => p.code)).toEqual(['COL-AUTO', 'COL-EC', 'COL-NET']);
    const net = metro.programs.nodes.find((p) => p.code === 'COL-NET')!;
    expect(net.college.id).toBe('col-metro');
    // NET-H240 is the course the curriculum committee moved from 4G to 5G (seed 000 §4.1).
    expect(net.courses.nodes.map((c) => c.code)).toEqual(['NET-H201', 'NET-H210', 'NET-H220', 'NET-H230', 'NET-H240']);
    expect(net.courses.nodes.every((c) => c.program.code === 'COL-NET')).toBe(true);
    expect(net.courses.nodes[0].credits).toBe(4);
  });

  it('lists every articulation agreement, each pointing at its secondary programme by code', async () => {
    const res = await college.run<{ articulationAgreements: { nodes: { id: string; secondaryProgram: { code: string } }[] } }>(huadong, '{ articulationAgreements { nodes { id secondaryProgram { code } } } }');
    expect(res.data!.articulationAgreements.nodes).toEqual(
      catalog.agreements.map((a) => ({ id: a.id, secondaryProgram: { code: a.secondaryProgramCode } })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('reads one agreement by id, and null for an unknown one', async () => {
    const found = await college.run<Agreement>(anonymous, AGREEMENT, { id: 'agr-ec' });
    expect(found.data!.articulationAgreement).toMatchObject({ id: 'agr-ec', effectiveTo: null, secondaryProgram: { code: 'SEC-EC' } });
    const missing = await college.run<Agreement>(anonymous, AGREEMENT, { id: 'agr-none' });
    expect(missing).toEqual({ data: { articulationAgreement: null }, errors: undefined });
  });

  it('a name with 4-byte characters and SQL in it round-trips exactly', async () => {
    const name = "𠮷祥 E-commerce 3+2 (Hillview – Metro)'); DROP TABLE pathway; -- \u{1F393}";
    const id = 'agr-𠮷\'--';
    await college.db.dataSource.getRepository(AgreementEntity).insert({
      id, name, collegeId: 'col-metro', collegeProgramCode: 'COL-EC', secondarySchoolId: 'sch-hillview', secondaryProgramCode: 'SEC-EC',
      effectiveFrom: '2026-09-01', effectiveTo: null, maxTransferCredits: 4,
    });
    const res = await college.run<Agreement>(anonymous, AGREEMENT, { id });
    expect(res.data!.articulationAgreement).toMatchObject({ id, name });
    expect(await college.count('pathway')).toBe(315);
  });

  it('resolves College, CollegeProgram and ArticulationAgreement references for the gateway, null for unknown keys', async () => {
    const res = await college.run<{ _entities: unknown[] }>(admin, /* GraphQL */ `
      query($r: [_Any!]!) { _entities(representations: $r) {
        ... on College { id name }
        ... on CollegeProgram { code name }
        ... on ArticulationAgreement { id collegeProgram { code } }
      } }
    `, {
      r: [
        { __typename: 'College', id: 'col-metro' },
        { __typename: 'CollegeProgram', code: 'COL-AUTO' },
        { __typename: 'ArticulationAgreement', id: 'agr-net' },
        { __typename: 'College', id: 'col-none' },
      ],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { id: 'col-metro', name: 'Metro Higher Vocational and Technical College' },
      { code: 'COL-AUTO', name: 'Automotive Intelligent Technology' },
      { id: 'agr-net', collegeProgram: { code: 'COL-NET' } },
      null,
    ]);
  });
});
