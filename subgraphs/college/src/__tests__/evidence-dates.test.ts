/**
 * Evidence counts only once it exists, on the hub's one clock: a certificate
 * from its issue date, a course result from the end of its term. Until then it
 * is PENDING, with its date, and moves no decision.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import type { RawEvidence } from '../evidence/evidence.ts';
import { demoEvidence, withEvidence } from './credit-fixtures.ts';
import { metro, openCollege, type College } from './harness.ts';

const kinds = await databaseKinds();

/** Cohort 2025, Network Technology: year-one results only; NET-S120 is taught in term 2026-2027-1. */
const LEARNER = 'GT2025000015';
const NED1 = (issuedOn: string) => ({
  serial: 'NED1-2027-000168', status: 'VALID', score: 88, issuedOn, revokedOn: null, revocationReason: null, standard: { code: 'X-NED-1', level: 'ENTRY' },
});
const NET_S120 = { course: { code: 'NET-S120' }, term: '2026-2027-1', score: 95, passed: true };

const QUERY = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Student {
    creditTransfers { totalCredits transfers { rule { id } status reason evidence { kind evidencedOn } } }
    progression { checks { requirement { kind } met detail } }
  } } }
`;
interface Decisions {
  creditTransfers: { totalCredits: number; transfers: { rule: { id: string }; status: string; reason: string | null; evidence: { kind: string; evidencedOn: string } }[] };
  progression: { checks: { requirement: { kind: string }; met: boolean; detail: string }[] };
}

/** The learner's demo evidence plus the extra certificate and results. */
function evidence(extra: { certificates?: object[]; results?: object[] }): RawEvidence {
  const demo = demoEvidence(LEARNER);
  return {
    certificateFacts: [...(demo.certificateFacts ?? []), ...(extra.certificates ?? [])] as RawEvidence['certificateFacts'],
    secondaryStage: { resultFacts: [...(demo.secondaryStage?.resultFacts ?? []), ...(extra.results ?? [])] as NonNullable<RawEvidence['secondaryStage']>['resultFacts'] },
    recognizedCertificateFacts: [],
    moduleCredits: 0,
  };
}

describe.each(kinds)('evidence counts only once it exists (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());
  afterEach(() => {
    vi.useRealTimers();
    pinClock(DEMO_TODAY);
  });

  const decide = async (extra: { certificates?: object[]; results?: object[] }): Promise<Decisions> => {
    const res = await college.run<{ _entities: Decisions[] }>(metro, QUERY, { r: [withEvidence(LEARNER, evidence(extra))] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0]!;
  };
  const check = (d: Decisions, kind: string) => d.progression.checks.find((c) => c.requirement.kind === kind)!;

  it('a certificate dated after today gives a PENDING transfer, with its date, and becomes APPLIED on its issue date', async () => {
    const before = await decide({ certificates: [NED1('2027-06-20')] });
    expect(before.creditTransfers.transfers).toEqual([
      { rule: { id: '1' }, status: 'PENDING', reason: expect.stringContaining('counts from 2027-06-20'), evidence: { kind: 'CERTIFICATE', evidencedOn: '2027-06-20' } },
    ]);
    expect(before.creditTransfers.totalCredits).toBe(0);
    expect(check(before, 'REQUIRED_CERTIFICATE')).toMatchObject({ met: false, detail: expect.stringContaining('NED1-2027-000168 is pending') });

    pinClock('2027-06-19');
    expect((await decide({ certificates: [NED1('2027-06-20')] })).creditTransfers.transfers[0]!.status).toBe('PENDING');
    pinClock('2027-06-20');
    const after = await decide({ certificates: [NED1('2027-06-20')] });
    expect(after.creditTransfers).toMatchObject({ totalCredits: 4, transfers: [{ status: 'APPLIED', reason: null }] });
    expect(check(after, 'REQUIRED_CERTIFICATE').met).toBe(true);
  });

  it('a course result counts from the end of its term: PENDING until 2027-01-31, and outside the progression average until then', async () => {
    const before = await decide({ results: [NET_S120] });
    expect(before.creditTransfers.transfers).toEqual([
      { rule: { id: '2' }, status: 'PENDING', reason: expect.stringContaining('counts from 2027-01-31'), evidence: { kind: 'COURSE_RESULT', evidencedOn: '2027-01-31' } },
    ]);
    expect(before.creditTransfers.totalCredits).toBe(0);
    const withoutIt = await decide({});
    expect(check(before, 'MIN_AVERAGE_SCORE').detail).toBe(check(withoutIt, 'MIN_AVERAGE_SCORE').detail);
    expect(check(before, 'CORE_COURSES_PASSED')).toMatchObject({ met: false, detail: expect.stringContaining('NET-S120 not passed (no result; a result of term 2026-2027-1 is pending until the term ends on 2027-01-31)') });

    pinClock('2027-01-30');
    expect((await decide({ results: [NET_S120] })).creditTransfers.transfers[0]!.status).toBe('PENDING');
    pinClock('2027-01-31');
    const after = await decide({ results: [NET_S120] });
    expect(after.creditTransfers).toMatchObject({ totalCredits: 4, transfers: [{ status: 'APPLIED' }] });
    expect(check(after, 'CORE_COURSES_PASSED').detail).toContain('NET-S120 passed (best 95)');
    expect(check(after, 'MIN_AVERAGE_SCORE').detail).not.toBe(check(withoutIt, 'MIN_AVERAGE_SCORE').detail);
  });

  it('a pending certificate does not win a course from an applied result of lower priority', async () => {
    pinClock('2027-02-01');
    const { creditTransfers } = await decide({ certificates: [NED1('2027-06-20')], results: [NET_S120] });
    expect(creditTransfers.transfers.map((t) => [t.rule.id, t.status])).toEqual([['1', 'PENDING'], ['2', 'APPLIED']]);
    expect(creditTransfers.totalCredits).toBe(4);
  });

  it('one clock: at 04:30 in Lanzhou on 23 November (still 22 November in UTC), a certificate issued that day already counts', async () => {
    pinClock(null);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T20:30:00Z'));
    const today = await decide({ certificates: [NED1('2026-11-23')] });
    expect(today.creditTransfers.transfers[0]).toMatchObject({ status: 'APPLIED', evidence: { evidencedOn: '2026-11-23' } });
    expect(check(today, 'REQUIRED_CERTIFICATE')).toMatchObject({ met: true, detail: expect.stringContaining('issued 2026-11-23') });
  });
});
