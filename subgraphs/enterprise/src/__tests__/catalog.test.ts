import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { ladderOrganizations, ladderStandards } from '../demo/ladder.ts';
import { callers, codeOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

interface StandardView { code: string; name: string; kind: string; level: string | null; description: string; issuer: { id: string; name: string; kind: string } }

const STANDARD_FIELDS = 'code name kind level description issuer { id name kind }';

describe.each(kinds)('the public certificate catalogue (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  it('an anonymous caller lists every standard, the shared catalogue’s and this subgraph’s demo additions, in code order, with its issuer', async () => {
    const { data, errors } = await hub.run<{ certificateStandards: { nodes: StandardView[] } }>(callers.anonymous, `{ certificateStandards { nodes { ${STANDARD_FIELDS} } } }`);
    expect(errors).toBeUndefined();
    const codes = [...catalog.standards, ...ladderStandards].map((s) => s.code).sort();
    expect(data?.certificateStandards.nodes.map((s) => s.code)).toEqual(codes);
    expect(data?.certificateStandards.nodes.find((s) => s.code === 'X-ICV-2')).toEqual({
      code: 'X-ICV-2',
      name: 'Intelligent Connected Vehicle Testing and Calibration',
      kind: 'VOCATIONAL_SKILL_LEVEL',
      level: 'INTERMEDIATE',
      description: 'Sensor calibration and ADAS function testing.',
      issuer: { id: 'org-zhilian', name: 'Zhilian ICV Training and Evaluation Co., Ltd.', kind: 'EVALUATION_ORGANIZATION' },
    });
  });

  it('filters the catalogue by kind', async () => {
    const { data } = await hub.run<{ certificateStandards: { nodes: StandardView[] } }>(
      callers.anonymous,
      '{ certificateStandards(kind: ENTERPRISE_TECHNICAL) { nodes { code kind } } }',
    );
    expect(data?.certificateStandards.nodes).toEqual([
      { code: 'E-HD-ICVT', kind: 'ENTERPRISE_TECHNICAL' },
      { code: 'E-TY-NT', kind: 'ENTERPRISE_TECHNICAL' },
      { code: 'E-XH-ADAS', kind: 'ENTERPRISE_TECHNICAL' },
    ]);
  });

  it('looks up one standard by code, and answers null for an unknown code', async () => {
    const { data, errors } = await hub.run<{ known: StandardView | null; unknown: StandardView | null }>(
      callers.anonymous,
      `{ known: certificateStandard(code: "E-TY-NT") { ${STANDARD_FIELDS} } unknown: certificateStandard(code: "X-NOPE-9") { code } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.known?.issuer.id).toBe('org-tianyi');
    expect(data?.unknown).toBeNull();
  });

  it('an anonymous caller lists the certification organisations', async () => {
    const { data, errors } = await hub.run<{ certificationOrganizations: { nodes: { id: string; kind: string }[] } }>(
      callers.anonymous,
      '{ certificationOrganizations { nodes { id name kind } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.certificationOrganizations.nodes.map((o) => o.id)).toEqual([...catalog.organizations, ...ladderOrganizations].map((o) => o.id).sort());
    expect(data?.certificationOrganizations.nodes.find((o) => o.id === 'org-huadong')?.kind).toBe('ENTERPRISE');
  });

  it('resolves standards and organisations other subgraphs refer to, for anonymous callers too', async () => {
    const { data, errors } = await hub.run<{ _entities: ({ code?: string; name?: string; issuer?: { id: string } } | null)[] }>(
      callers.anonymous,
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on CertificateStandard { code issuer { id } }
        ... on CertificationOrganization { name }
      } }`,
      {
        r: [
          { __typename: 'CertificateStandard', code: 'X-NED-1' },
          { __typename: 'CertificationOrganization', id: 'org-xinshang' },
          { __typename: 'CertificateStandard', code: 'X-NOPE-9' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { code: 'X-NED-1', issuer: { id: 'org-zhongxin' } },
      { name: 'Xinshang E-commerce Training and Evaluation Co., Ltd.' },
      null,
    ]);
  });

  it('refuses an unknown kind before running anything', async () => {
    const reply = await hub.run(callers.anonymous, '{ certificateStandards(kind: DIPLOMA) { nodes { code } } }');
    expect(codeOf(reply)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
