import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { HigherEnrollmentEntity } from '../entities/higher-enrollment.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import { remoteEvidence } from '../evidence/remote.ts';
import { gatewayLookups } from '@guantong/shared/peer-lookups';
import { todayInChina } from '@guantong/shared/clock';
import { demoLearners } from './credit-fixtures.ts';
import { admin, anonymous, codeOf, hillview, metro, NET_LEARNER, riverside, staff, UNREGISTERED } from './harness.ts';
import { openCollegeWithPeers, type CollegeWithPeers } from './peers.ts';

const kinds = await databaseKinds();

const ELIGIBLE = 'GT2024000013'; // Network Technology: core courses passed, average 88, X-NED-1 issued 2026-06-20
const ALSO_ELIGIBLE = 'GT2024000048';
const RACED = 'GT2024000101'; // eligible too: NET-S101 76, NET-S120 84, X-NED-1
const WEAK = 'GT2024000136'; // Network Technology: NET-S101 48, NET-S120 51, no certificate
const FIRST_YEAR = learnerId(2025, 1); // Network Technology, NET-S120 not yet taken

const PROGRESS = 'mutation($id: ID!, $effectiveOn: Date) { progressStudent(studentId: $id, effectiveOn: $effectiveOn) { stage cohort agreement { id } } }';

interface Unmet { requirementId: string; kind: string; missing: string[] }

describe.each(kinds)('progressing a learner to the higher stage, on evidence from the real subgraphs (%s)', (kind) => {
  let hub: CollegeWithPeers;
  beforeAll(async () => {
    hub = await openCollegeWithPeers(kind);
  });
  afterAll(() => hub?.close());

  const stageOf = async (id: string) => (await hub.db.dataSource.getRepository(PathwayEntity).findOneByOrFail({ studentId: id })).stage;
  const enrolment = (id: string) => hub.db.dataSource.getRepository(HigherEnrollmentEntity).findOneBy({ studentId: id });

  /** Runs a progression that must be refused, and proves nothing changed. */
  const refused = async (actor: Parameters<CollegeWithPeers['run']>[0], id: string, on?: string, run = hub.run) => {
    const [pathways, enrolments] = [await hub.count("pathway WHERE stage = 'HIGHER'"), await hub.count('higher_enrollment')];
    const res = await run(actor, PROGRESS, { id, effectiveOn: on });
    expect(res.data ?? null).toBeNull();
    expect([await hub.count("pathway WHERE stage = 'HIGHER'"), await hub.count('higher_enrollment')]).toEqual([pathways, enrolments]);
    return res;
  };

  it('refuses a learner who is not eligible with every unmet requirement, and changes nothing', async () => {
    const res = await refused(metro, WEAK);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const [error] = res.errors!;
    expect(error.message).toMatch(/does not meet 3 progression requirement\(s\) of agreement agr-net/);
    expect(error.message).toMatch(/missing: NET-S101, NET-S120/);
    expect(error.message).toMatch(/missing: X-NED-1/);
    const unmet = error.extensions!.unmet as Unmet[];
    expect(unmet.map((u) => u.kind)).toEqual(['CORE_COURSES_PASSED', 'MIN_AVERAGE_SCORE', 'REQUIRED_CERTIFICATE']);
    expect(unmet[0]).toMatchObject({ requirementId: expect.stringMatching(/^\d+$/), missing: ['NET-S101', 'NET-S120'] });
    expect(await stageOf(WEAK)).toBe('SECONDARY');
    expect(await enrolment(WEAK)).toBeNull();
  });

  it('a first-year learner has not passed NET-S120 yet', async () => {
    const res = await refused(metro, FIRST_YEAR);
    expect((res.errors![0].extensions!.unmet as Unmet[])[0]).toMatchObject({ kind: 'CORE_COURSES_PASSED', missing: expect.arrayContaining(['NET-S120']) });
  });

  it('the certificate is judged on the day of progression: before X-NED-1 was issued the learner is not eligible', async () => {
    const res = await refused(metro, ELIGIBLE, '2026-06-19');
    expect((res.errors![0].extensions!.unmet as Unmet[]).map((u) => u.kind)).toEqual(['REQUIRED_CERTIFICATE']);
  });

  it('moves an eligible learner to HIGHER and enrols them in the agreement’s college programme', async () => {
    const res = await hub.run<{ progressStudent: { stage: string; agreement: { id: string } } }>(metro, PROGRESS, { id: ELIGIBLE, effectiveOn: '2027-09-01' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.progressStudent).toMatchObject({ stage: 'HIGHER', agreement: { id: 'agr-net' } });
    expect(await stageOf(ELIGIBLE)).toBe('HIGHER');
    expect(await enrolment(ELIGIBLE)).toEqual({ studentId: ELIGIBLE, collegeId: 'col-metro', programCode: 'COL-NET', enrolledOn: '2027-09-01', completedOn: null });
  });

  it('the evidence was read from the owning subgraphs as the caller, and they recorded the reads', async () => {
    const [row] = await hub.audit.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_entry WHERE student_id = ? AND service IN ('secondary', 'enterprise') AND outcome = 'ALLOWED' AND actor_subject = ?`,
      [ELIGIBLE, 'COLLEGE_STAFF:col-metro'],
    );
    expect(Number(row.n)).toBeGreaterThanOrEqual(2);
  });

  it('E-commerce progression reads the module credits the secondary subgraph holds, and decides as the query would', async () => {
    const id = 'GT2024000056'; // E-commerce, average 78
    const { moduleCredits } = await remoteEvidence(await hub.lookups(metro, id), id, { results: true, moduleCredits: true, certificates: false, recognized: false });
    expect(typeof moduleCredits).toBe('number');
    const res = await hub.run(metro, PROGRESS, { id, effectiveOn: '2027-09-01' });
    if (moduleCredits! >= 6) {
      expect(res.errors).toBeUndefined();
      expect((await enrolment(id))!.programCode).toBe('COL-EC');
    } else {
      expect(res.errors![0].extensions!.unmet).toEqual([expect.objectContaining({ kind: 'MIN_MODULE_CREDITS', missing: [`${6 - moduleCredits!} module credits`] })]);
    }
  });

  it('a learner already at the higher stage is a conflict', async () => {
    expect(codeOf(await refused(metro, ELIGIBLE))).toBe('CONFLICT');
    expect(codeOf(await refused(metro, NET_LEARNER))).toBe('CONFLICT');
  });

  it('an admin may progress too; the day defaults to today', async () => {
    const res = await hub.run(admin, PROGRESS, { id: ALSO_ELIGIBLE });
    expect(res.errors).toBeUndefined();
    expect((await enrolment(ALSO_ELIGIBLE))!.enrolledOn).toBe(todayInChina());
  });

  it('of two progressions of the same learner at once, exactly one wins', async () => {
    const outcomes = await Promise.all([hub.run(metro, PROGRESS, { id: RACED, effectiveOn: '2027-09-01' }), hub.run(metro, PROGRESS, { id: RACED, effectiveOn: '2027-09-01' })]);
    expect(outcomes.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await hub.count(`higher_enrollment WHERE student_id = '${RACED}'`)).toBe(1);
  });

  it('only staff of the agreement’s college (or an admin) may progress', async () => {
    for (const actor of [riverside, hillview, staff('COLLEGE_STAFF', 'col-elsewhere')]) expect(codeOf(await refused(actor, WEAK))).toBe('FORBIDDEN');
    expect(codeOf(await refused(anonymous, WEAK))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a learner not on the registry', UNREGISTERED, undefined, 'studentId'],
    ['a mistyped learner id', 'GT2024000011', undefined, 'studentId'],
    ['a day that is not a calendar date', WEAK, '2027-02-30', 'effectiveOn'],
    ['a day before the learner was registered', WEAK, '2024-08-31', 'effectiveOn'],
  ])('refuses %s', async (_what, id, on, field) => {
    const res = await refused(metro, id, on);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe(field);
  });

  describe('when the institutions holding the evidence cannot be reached', () => {
    const down = () => ({ ...hub.config, subgraphTimeoutMs: 2000, gatewayUrl: 'http://127.0.0.1:9/graphql' });

    it('the client says progression could not be checked, naming no host or port', async () => {
      const lookups = gatewayLookups(down().gatewayUrl, 'a delegation', 2000);
      const failure = await remoteEvidence(lookups, WEAK, { results: true, certificates: false, recognized: false, moduleCredits: false }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(GraphQLError);
      expect((failure as GraphQLError).message).toBe("the learner's progression evidence could not be checked: another institution's service did not answer; try again later");
      expect((failure as GraphQLError).extensions.code).toBe('SERVICE_UNAVAILABLE');
    });

    it('progressStudent fails without internals, and changes nothing', async () => {
      const id = demoLearners({ cohort: '2024', agreementId: 'agr-net' }).at(-1)!;
      const res = await refused(metro, id, undefined, (actor, query, variables) => hub.runWith(down(), actor, query, variables));
      expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|:9\/|ECONNREFUSED|fetch failed/);
      expect(await stageOf(id)).toBe('SECONDARY');
    });
  });
});
