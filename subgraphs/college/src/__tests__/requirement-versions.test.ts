/**
 * setProgressionRequirements: an agreement's requirements change only by a new
 * version from a date, today or later and after the latest version. Earlier
 * versions stay; `progression` applies the version in force today, and each
 * recorded decision names the version it applied. A refusal writes nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, pinClock, todayInChina } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { ProgressionDecisionEntity } from '../entities/progression-decision.ts';
import { demoEvidence, withEvidence } from './credit-fixtures.ts';
import { admin, anonymous, codeOf, fieldOf, metro, riverside, staff } from './harness.ts';
import { openCollegeWithPeers, type CollegeWithPeers } from './peers.ts';

const kinds = await databaseKinds();

const ELIGIBLE = 'GT2024000013'; // Network Technology: meets version 1 (core courses, average 88, X-NED-1)
const WEAK = 'GT2024000136'; // Network Technology: average 53.3, no certificate; fails version 1
const TOMORROW = addDays(DEMO_TODAY, 1);

const SET = /* GraphQL */ `
  mutation($input: SetProgressionRequirementsInput!) {
    setProgressionRequirements(input: $input) { id requirementVersions { nodes { version effectiveFrom requirements { kind minScore version } } } }
  }
`;
const VERSIONS = 'query($id: ID!) { articulationAgreement(id: $id) { progressionRequirements { kind version } requirementVersions { nodes { version effectiveFrom requirements { kind } } } } }';
const PROGRESSION = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { progression { eligible checks { requirement { kind version } } } } } }';
const PROGRESS = 'mutation($id: ID!) { progressStudent(studentId: $id) { stage } }';

interface Version { version: number; effectiveFrom: string; requirements: { kind: string; minScore?: number | null; version?: number }[] }

/** Version 2 of agr-net in these stories: only an average of 50 (WEAK's 53.3 meets it). */
const averageOf50 = [{ kind: 'MIN_AVERAGE_SCORE', minScore: 50, description: 'An average secondary score of at least 50' }];
const input = (overrides: Record<string, unknown> = {}) => ({ agreementId: 'agr-net', effectiveFrom: TOMORROW, requirements: averageOf50, ...overrides });

describe.each(kinds)('versions of an agreement’s progression requirements (%s)', (kind) => {
  let hub: CollegeWithPeers;
  beforeAll(async () => {
    hub = await openCollegeWithPeers(kind);
  });
  afterAll(() => hub?.close());
  afterEach(() => pinClock(DEMO_TODAY));

  const rows = async () => [await hub.count('progression_requirement_version'), await hub.count('progression_requirement')];
  /** Runs a setProgressionRequirements that must be refused, and proves nothing was written. */
  const refused = async (actor: Parameters<CollegeWithPeers['run']>[0], overrides: Record<string, unknown>) => {
    const before = await rows();
    const res = await hub.run(actor, SET, { input: input(overrides) });
    expect(res.data ?? null).toBeNull();
    expect(await rows()).toEqual(before);
    return res;
  };
  const versionsOf = async (id: string) => {
    const res = await hub.run<{ articulationAgreement: { progressionRequirements: { kind: string; version: number }[]; requirementVersions: { nodes: Version[] } } }>(anonymous, VERSIONS, { id });
    expect(res.errors).toBeUndefined();
    const agreement = res.data!.articulationAgreement;
    return { ...agreement, requirementVersions: agreement.requirementVersions.nodes };
  };
  const progression = async (id: string) => {
    const representation = withEvidence(id, { ...demoEvidence(id), recognizedCertificateFacts: [], moduleCredits: 0 });
    const res = await hub.run<{ _entities: { progression: { eligible: boolean; checks: { requirement: { kind: string; version: number } }[] } }[] }>(metro, PROGRESSION, { r: [representation] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].progression;
  };
  const decisionOf = (id: string) => hub.db.dataSource.getRepository(ProgressionDecisionEntity).findOneByOrFail({ studentId: id });

  it('before any change, version 1 dates from the agreement’s start', async () => {
    const { requirementVersions } = await versionsOf('agr-net');
    expect(requirementVersions.map((v) => [v.version, v.effectiveFrom, v.requirements.length])).toEqual([[1, '2021-09-01', 3]]);
  });

  it.each([
    ['a date before today', { effectiveFrom: addDays(DEMO_TODAY, -1) }, 'effectiveFrom'],
    ['a date that is not a calendar date', { effectiveFrom: '2027-02-30' }, 'effectiveFrom'],
    ['an unknown agreement', { agreementId: 'agr-nowhere' }, 'agreementId'],
    ['a core-courses requirement without courses', { requirements: [{ kind: 'CORE_COURSES_PASSED', description: 'Core courses passed' }] }, 'requirements[0].courseCodes'],
    ['an average above 100', { requirements: [{ kind: 'MIN_AVERAGE_SCORE', minScore: 101, description: 'An average of 101' }] }, 'requirements[0].minScore'],
    ['an average requirement without its score', { requirements: [{ kind: 'MIN_AVERAGE_SCORE', description: 'An average' }] }, 'requirements[0].minScore'],
    ['negative module credits', { requirements: [{ kind: 'MIN_MODULE_CREDITS', minCredits: -1, description: 'Credits' }] }, 'requirements[0].minCredits'],
    ['a blank description', { requirements: [{ kind: 'MIN_AVERAGE_SCORE', minScore: 60, description: '  ' }] }, 'requirements[0].description'],
    ['a core course the agreement’s secondary programme does not teach', { requirements: [{ kind: 'CORE_COURSES_PASSED', courseCodes: ['NET-S101', 'NET-S999'], description: 'Core courses passed' }] }, 'requirements[0].courseCodes'],
    ['a course of another programme', { requirements: [averageOf50[0], { kind: 'CORE_COURSES_PASSED', courseCodes: ['EC-S101'], description: 'Core courses passed' }] }, 'requirements[1].courseCodes'],
    ['a certificate standard not in the catalogue', { requirements: [{ kind: 'REQUIRED_CERTIFICATE', standardCode: 'X-NOWHERE-1', description: 'A certificate' }] }, 'requirements[0].standardCode'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, overrides, field) => {
    const res = await refused(metro, overrides);
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
  });

  it('refuses other institutions’ staff and anonymous callers, writing nothing', async () => {
    for (const actor of [staff('COLLEGE_STAFF', 'col-elsewhere'), riverside]) expect(codeOf(await refused(actor, {}))).toBe('FORBIDDEN');
    expect(codeOf(await refused(anonymous, {}))).toBe('UNAUTHENTICATED');
  });

  it('a new version from tomorrow is stored beside version 1, and the answer lists both', async () => {
    const res = await hub.run<{ setProgressionRequirements: { requirementVersions: { nodes: Version[] } } }>(metro, SET, { input: input() });
    expect(res.errors).toBeUndefined();
    const expected = [
      { version: 1, effectiveFrom: '2021-09-01', requirements: [{ kind: 'CORE_COURSES_PASSED', minScore: null, version: 1 }, { kind: 'MIN_AVERAGE_SCORE', minScore: 60, version: 1 }, { kind: 'REQUIRED_CERTIFICATE', minScore: null, version: 1 }] },
      { version: 2, effectiveFrom: TOMORROW, requirements: [{ kind: 'MIN_AVERAGE_SCORE', minScore: 50, version: 2 }] },
    ];
    expect(res.data!.setProgressionRequirements.requirementVersions.nodes).toEqual(expected);
    expect((await versionsOf('agr-net')).requirementVersions).toEqual(expected.map((v) => ({ ...v, requirements: v.requirements.map(({ kind }) => ({ kind })) })));
  });

  it.each([
    ['on the latest version’s date', TOMORROW],
    ['before the latest version’s date', DEMO_TODAY],
  ])('refuses a version %s, writing nothing', async (_what, effectiveFrom) => {
    const res = await refused(metro, { effectiveFrom });
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'effectiveFrom']);
    expect(res.errors![0].message).toContain(`version 2 already takes effect on ${TOMORROW}`);
  });

  it('today the version in force is still version 1, for the agreement and for a learner’s progression', async () => {
    expect((await versionsOf('agr-net')).progressionRequirements.map((r) => r.version)).toEqual([1, 1, 1]);
    expect(await progression(WEAK)).toMatchObject({ eligible: false, checks: [{ requirement: { version: 1 } }, {}, {}] });
  });

  it('a decision made today records version 1', async () => {
    expect((await hub.run(metro, PROGRESS, { id: ELIGIBLE })).errors).toBeUndefined();
    expect(await decisionOf(ELIGIBLE)).toMatchObject({ requirementsVersion: 1, decidedOn: DEMO_TODAY });
  });

  it('from its date version 2 is in force: progression applies it, and a decision records it', async () => {
    pinClock(TOMORROW);
    expect(await progression(WEAK)).toEqual({ eligible: true, checks: [{ requirement: { kind: 'MIN_AVERAGE_SCORE', version: 2 } }] });
    expect((await hub.run(metro, PROGRESS, { id: WEAK })).errors).toBeUndefined();
    const decision = await decisionOf(WEAK);
    expect(decision).toMatchObject({ requirementsVersion: 2, decidedOn: TOMORROW });
    expect(JSON.parse(decision.checks).map((c: { kind: string }) => c.kind)).toEqual(['MIN_AVERAGE_SCORE']);
    // The earlier decision still names the version it applied.
    expect((await decisionOf(ELIGIBLE)).requirementsVersion).toBe(1);
  });

  it('a version from today is in force at once; an admin may set it', async () => {
    const res = await hub.run(admin, SET, { input: input({ agreementId: 'agr-auto', effectiveFrom: todayInChina() }) });
    expect(res.errors).toBeUndefined();
    const auto = await versionsOf('agr-auto');
    expect(auto.requirementVersions.map((v) => [v.version, v.effectiveFrom])).toEqual([[1, '2021-09-01'], [2, DEMO_TODAY]]);
    expect(auto.progressionRequirements).toEqual([{ kind: 'MIN_AVERAGE_SCORE', version: 2 }]);
  });
});
