/**
 * The enterprise catalogue's part of curriculum–certificate integration:
 * content units (set by the standard's issuer) and job positions (added by
 * their employer), public catalogue, naming the college's competency items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competencies } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { ContentUnitEntity, JobPositionEntity } from '../entities/curriculum.ts';
import { callers, codeOf, fieldOf, NET_GRADUATE, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const item = (code: string) => competencies.netItem(code).id;
const UNITS = 'query($c: ID!, $first: Int, $after: String) { certificateStandard(code: $c) { contentUnits(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { code title weight share assesses { id } } } } }';
const DEFINE = 'mutation($c: ID!, $u: [ContentUnitInput!]!) { defineContentUnits(standardCode: $c, units: $u) { code contentUnits { nodes { code share } } } }';
const ADD = 'mutation($input: JobPositionInput!) { addJobPosition(input: $input) { id title employer { id } iscoCode escoUri requirements { nodes { kind essential competency { id } certificate { code level } } } } }';
const position = (over: Record<string, unknown> = {}) => ({
  id: 'jp-ty-dc', employerId: 'org-tianyi', title: 'Data centre network technician', description: 'Keeps a data centre’s network running.', iscoCode: '3513',
  escoUri: 'http://data.europa.eu/esco/occupation/1a2b3c4d-0000-4000-8000-000000000001',
  requirements: [{ kind: 'COMPETENCY', essential: false, itemId: item('NT-S4') }, { kind: 'CERTIFICATE', essential: true, standardCode: 'X-NE-2' }], ...over,
});

describe.each(kinds)('content units and job positions (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  it('anyone reads a standard’s content units, paged, with their share and the items they assess', async () => {
    const first = await hub.run<{ certificateStandard: { contentUnits: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { code: string; share: number; assesses: { id: string }[] }[] } } }>(callers.anonymous, UNITS, { c: 'X-NED-1', first: 2 });
    const units = first.data!.certificateStandard.contentUnits;
    expect([units.totalCount, units.pageInfo.hasNextPage]).toEqual([4, true]);
    expect(units.nodes.map((u) => [u.code, u.share])).toEqual([['NED-U1', 0.25], ['NED-U2', 0.4]]);
    expect(units.nodes[1].assesses).toEqual([{ id: item('NT-S1') }]);
    const rest = await hub.run<{ certificateStandard: { contentUnits: { nodes: { code: string }[] } } }>(callers.anonymous, UNITS, { c: 'X-NED-1', first: 5, after: units.pageInfo.endCursor });
    expect(rest.data!.certificateStandard.contentUnits.nodes.map((u) => u.code)).toEqual(['NED-U3', 'NED-U4']);
  });

  it('only the standard’s issuer sets its units, naming items of the college’s frameworks; the set replaces the last', async () => {
    const units = [{ code: 'NT-1', title: 'Install', weight: 30, itemIds: [item('NT-S3')] }, { code: 'NT-2', title: 'Configure', weight: 70, itemIds: [item('NT-S1'), item('NT-S2')] }];
    expect(codeOf(await hub.run(callers.zhongxin, DEFINE, { c: 'E-TY-NT', u: units }))).toBe('FORBIDDEN');
    expect((await hub.run(callers.tianyi, DEFINE, { c: 'E-TY-NT', u: units })).data).toEqual({ defineContentUnits: { code: 'E-TY-NT', contentUnits: { nodes: [{ code: 'NT-1', share: 0.3 }, { code: 'NT-2', share: 0.7 }] } } });
    const again = await hub.run<{ defineContentUnits: { contentUnits: { nodes: unknown[] } } }>(callers.tianyi, DEFINE, { c: 'E-TY-NT', u: units.slice(1) });
    expect(again.data!.defineContentUnits.contentUnits.nodes).toEqual([{ code: 'NT-2', share: 1 }]);
    const before = await hub.count(ContentUnitEntity);
    for (const [u, f] of [
      [[{ ...units[0], itemIds: ['no-such-item'] }], 'units.itemIds'],
      [[{ ...units[0], itemIds: [] }], 'units.itemIds'],
      [[{ ...units[0], weight: 0 }], 'units.weight'],
      [[units[0], units[0]], 'units.code'],
      [[{ ...units[0], code: 'bad code' }], 'units.code'],
    ] as const) {
      const res = await hub.run(callers.tianyi, DEFINE, { c: 'E-TY-NT', u });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', f]);
    }
    expect(await hub.count(ContentUnitEntity)).toBe(before);
  });

  it('anyone reads job positions, paged and by employer, required requirements first', async () => {
    const res = await hub.run<{ all: { totalCount: number }; tianyi: { totalCount: number; nodes: { id: string }[] }; jobPosition: { title: string; iscoCode: string; employer: { id: string }; requirements: { nodes: { kind: string; essential: boolean; competency: { id: string } | null; certificate: { code: string } | null }[] } } }>(
      callers.anonymous, '{ all: jobPositions { totalCount } tianyi: jobPositions(employerId: "org-tianyi", first: 2) { totalCount nodes { id } } jobPosition(id: "jp-ty-5g") { title iscoCode employer { id } requirements { nodes { kind essential competency { id } certificate { code } } } } }',
    );
    expect(res.data!.all.totalCount).toBe(7);
    expect(res.data!.tianyi).toEqual({ totalCount: 5, nodes: [{ id: 'jp-ty-4g' }, { id: 'jp-ty-5g' }] });
    expect(res.data!.jobPosition).toEqual({
      title: '5G base station engineer', iscoCode: '3522', employer: { id: 'org-tianyi' },
      requirements: { nodes: [
        { kind: 'CERTIFICATE', essential: true, competency: null, certificate: { code: 'X-NE-2' } },
        { kind: 'COMPETENCY', essential: true, competency: { id: item('NT-K4') }, certificate: null },
        { kind: 'CERTIFICATE', essential: false, competency: null, certificate: { code: 'X-NED-1' } },
        { kind: 'COMPETENCY', essential: false, competency: { id: item('NT-S2') }, certificate: null },
      ] },
    });
  });

  it('an employer adds its own job positions, with ISCO and ESCO links; others are refused and bad input writes nothing', async () => {
    const res = await hub.run(callers.tianyi, ADD, { input: position() });
    expect(res.data).toEqual({ addJobPosition: {
      id: 'jp-ty-dc', title: 'Data centre network technician', employer: { id: 'org-tianyi' }, iscoCode: '3513', escoUri: position().escoUri,
      requirements: { nodes: [{ kind: 'CERTIFICATE', essential: true, competency: null, certificate: { code: 'X-NE-2', level: 'INTERMEDIATE' } }, { kind: 'COMPETENCY', essential: false, competency: { id: item('NT-S4') }, certificate: null }] },
    } });
    expect(codeOf(await hub.run(callers.tianyi, ADD, { input: position() }))).toBe('CONFLICT');
    const before = await hub.count(JobPositionEntity);
    expect(codeOf(await hub.run(callers.huadong, ADD, { input: position({ id: 'jp-x' }) }))).toBe('FORBIDDEN');
    expect(codeOf(await hub.run(callers.anonymous, ADD, { input: position({ id: 'jp-x' }) }))).toBe('UNAUTHENTICATED');
    for (const [over, f] of [
      [{ id: 'JP X' }, 'id'],
      [{ employerId: 'org-none' }, 'employerId'],
      [{ iscoCode: '35' }, 'iscoCode'],
      [{ escoUri: 'https://example.org/x' }, 'escoUri'],
      [{ requirements: [] }, 'requirements'],
      [{ requirements: [{ kind: 'COMPETENCY', essential: true, standardCode: 'X-NE-2' }] }, 'requirements'],
      [{ requirements: [{ kind: 'CERTIFICATE', essential: true, standardCode: 'X-NONE' }] }, 'requirements.standardCode'],
      [{ requirements: [{ kind: 'COMPETENCY', essential: true, itemId: 'no-such-item' }] }, 'requirements.itemId'],
    ] as const) {
      const refused = await hub.run(callers.tianyi, ADD, { input: position({ ...{ id: 'jp-x' }, ...over }) });
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', f]);
    }
    expect(await hub.count(JobPositionEntity)).toBe(before);
  });

  it('gives the college’s figures the holder of each award it may read, and a job’s requirements', async () => {
    const res = await hub.run<{ _entities: ({ certificateFacts: { holderId: string; standard: { code: string } }[] } | { requirementFacts: { positionId: string; kind: string; standardCode: string | null }[] })[] }>(
      callers.metroCollege, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { certificateFacts { holderId standard { code } } } ... on JobPosition { requirementFacts { positionId kind standardCode } } } }',
      { r: [studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro']), { __typename: 'JobPosition', id: 'jp-ty-noc' }] },
    );
    expect(res.errors).toBeUndefined();
    const [student, job] = res.data!._entities as [{ certificateFacts: { holderId: string }[] }, { requirementFacts: { positionId: string; kind: string; standardCode: string | null }[] }];
    expect(student.certificateFacts.map((c) => c.holderId)).toEqual([NET_GRADUATE, NET_GRADUATE]);
    expect(job.requirementFacts.filter((r) => r.kind === 'CERTIFICATE')).toEqual([{ positionId: 'jp-ty-noc', kind: 'CERTIFICATE', standardCode: 'X-NED-1' }]);
  });
});
