/**
 * A new version of an agreement's progression requirements, through the
 * gateway: set by the college's registrar from a date, listed beside the
 * earlier version, applied by `progression` from its date, and refused to
 * another college's staff with nothing written.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const WEAK = 'GT2024000136'; // Network Technology: average 53.3, no X-NED-1; fails version 1
const FROM = addDays(DEMO_TODAY, 7);
const SET = 'mutation($input: SetProgressionRequirementsInput!) { setProgressionRequirements(input: $input) { requirementVersions { nodes { version effectiveFrom } } } }';
const VERSIONS = '{ articulationAgreement(id: "agr-net") { requirementVersions { nodes { version effectiveFrom requirements { kind } } } } }';
const PROGRESSION = 'query($id: LearnerId!) { student(id: $id) { progression { state eligible checks { requirement { kind version } } } } }';
const input = {
  agreementId: 'agr-net', effectiveFrom: FROM,
  requirements: [{ kind: 'MIN_AVERAGE_SCORE', minScore: 50, description: 'An average secondary score of at least 50' }],
};

describe.each(kinds)('progression requirements change by version, through the gateway (%s)', (kind) => {
  let hub: Hub;
  let registrar: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    registrar = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
  });
  afterAll(() => hub?.stop());
  afterEach(() => pinClock(DEMO_TODAY));

  const versions = async () => (await hub.query<{ articulationAgreement: { requirementVersions: { nodes: unknown[] } } }>(VERSIONS)).data!.articulationAgreement.requirementVersions.nodes;
  const progression = async () => {
    const res = await hub.query<{ student: { progression: { eligible: boolean; checks: { requirement: { kind: string; version: number } }[] } } }>(PROGRESSION, { id: WEAK }, registrar);
    expect(res.errors).toBeUndefined();
    return res.data!.student.progression;
  };

  it('another college’s staff are refused, and nothing is written', async () => {
    const res = await hub.query(SET, { input }, await hub.token({ role: 'COLLEGE_STAFF', org: 'col-elsewhere' }));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await versions()).toHaveLength(1);
  });

  it('the registrar sets version 2 from a date; version 1 stays, and is in force until then', async () => {
    const res = await hub.query(SET, { input }, registrar);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ setProgressionRequirements: { requirementVersions: { nodes: [{ version: 1, effectiveFrom: '2021-09-01' }, { version: 2, effectiveFrom: FROM }] } } });
    expect(await versions()).toEqual([
      { version: 1, effectiveFrom: '2021-09-01', requirements: [{ kind: 'CORE_COURSES_PASSED' }, { kind: 'MIN_AVERAGE_SCORE' }, { kind: 'REQUIRED_CERTIFICATE' }] },
      { version: 2, effectiveFrom: FROM, requirements: [{ kind: 'MIN_AVERAGE_SCORE' }] },
    ]);
    expect(await progression()).toMatchObject({ eligible: false, checks: [{ requirement: { version: 1 } }, {}, {}] });
  });

  it('from its date, a learner’s progression is assessed on version 2', async () => {
    pinClock(FROM);
    expect(await progression()).toEqual({ state: 'ASSESSED', eligible: true, checks: [{ requirement: { kind: 'MIN_AVERAGE_SCORE', version: 2 } }] });
  });
});
