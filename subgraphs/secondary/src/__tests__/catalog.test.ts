import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { callers, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

interface Program { code: string; name: string; durationYears: number; school: { id: string }; courses: { nodes: { code: string; credits: number; hours: number; program: { code: string } }[] } }

describe.each(kinds)('the secondary catalogue is public (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  it('anyone, even without signing in, lists the schools and their programmes', async () => {
    const { data, errors } = await hub.run<{ secondarySchools: { nodes: { id: string; name: string; region: string; programs: { nodes: { code: string }[] } }[] } }>(
      callers.anonymous,
      '{ secondarySchools { nodes { id name region programs { nodes { code } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.secondarySchools.nodes).toEqual([
      { id: 'sch-hillview', name: 'Hillview Secondary Vocational School', region: 'Suzhou, Jiangsu', programs: { nodes: [{ code: 'SEC-AUTO' }, { code: 'SEC-EC' }] } },
      { id: 'sch-riverside', name: 'Riverside Secondary Vocational School', region: 'Lanzhou, Gansu', programs: { nodes: [{ code: 'SEC-NET' }] } },
    ]);
  });

  it('a programme shows its school and its courses in pathway-year order', async () => {
    const { data, errors } = await hub.run<{ secondaryProgram: Program }>(
      callers.anonymous,
      '{ secondaryProgram(code: "SEC-NET") { code name durationYears school { id } courses { nodes { code credits hours program { code } } } } }',
    );
    expect(errors).toBeUndefined();
    const program = data!.secondaryProgram;
    expect(program).toMatchObject({ code: 'SEC-NET', durationYears: 3, school: { id: 'sch-riverside' } });
    expect(program.courses.nodes.map((c) => c.code)).toEqual(['NET-S101', 'NET-S110', 'NET-S120', 'NET-S130', 'NET-S140']);
    expect(program.courses.nodes[2]).toEqual({ code: 'NET-S120', credits: 4, hours: 72, program: { code: 'SEC-NET' } });
  });

  it('an unknown school or programme is null, not an error', async () => {
    const { data, errors } = await hub.run(callers.anonymous, '{ secondarySchool(id: "sch-nowhere") { id } secondaryProgram(code: "COL-NET") { code } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ secondarySchool: null, secondaryProgram: null });
  });

  it('the college subgraph resolves the secondary programmes of its agreements by code', async () => {
    const { data, errors } = await hub.run<{ _entities: unknown[] }>(
      callers.anonymous,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on SecondaryProgram { code name school { name } } ... on SecondarySchool { id programs { nodes { code } } } } }',
      { r: [{ __typename: 'SecondaryProgram', code: 'SEC-AUTO' }, { __typename: 'SecondarySchool', id: 'sch-riverside' }, { __typename: 'SecondaryProgram', code: 'SEC-NOPE' }] },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { code: 'SEC-AUTO', name: 'Automotive Intelligent Technology (secondary stage)', school: { name: 'Hillview Secondary Vocational School' } },
      { id: 'sch-riverside', programs: { nodes: [{ code: 'SEC-NET' }] } },
      null,
    ]);
  });
});
