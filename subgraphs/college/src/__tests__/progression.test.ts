import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import type { RawEvidence } from '../evidence/evidence.ts';
import { demoEvidence, demoLearners, withEvidence } from './credit-fixtures.ts';
import { admin, codeOf, hillview, learner, metro, openCollege, riverside, type College } from './harness.ts';

const kinds = await databaseKinds();

const ELIGIBLE = 'GT2024000013'; // Network Technology, core courses passed, X-NED-1 issued 2026-06-20
const WEAK = 'GT2024000136'; // Network Technology, NET-S101 48, NET-S120 51, no certificate
const EC_STUDENT = 'GT2024000056'; // E-commerce, average 78

const PROGRESSION = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id progression {
    agreement { id } eligible
    checks { met detail missing requirement { id kind } }
    unmet { missing requirement { kind description } }
  } } } }
`;

interface Check { met: boolean; detail: string; missing: string[]; requirement: { id: string; kind: string; description?: string } }
interface Assessment { agreement: { id: string }; eligible: boolean; checks: Check[]; unmet: Check[] }

/** Everything `Student.progression` @requires: certificates and results, recognitions and module credits. */
const full = (id: string, extra: Partial<RawEvidence> = {}) => withEvidence(id, { ...demoEvidence(id), recognizedCertificateFacts: [], moduleCredits: 0, ...extra });

describe.each(kinds)('progression, assessed from live evidence (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const run = (actor: Parameters<College['run']>[0], representations: object[]) =>
    college.run<{ _entities: { id: string; progression: Assessment | null }[] }>(actor, PROGRESSION, { r: representations });
  const assess = async (representation: object, actor = metro) => {
    const res = await run(actor, [representation]);
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].progression!;
  };

  it('a learner who meets every requirement of Network Technology is eligible', async () => {
    const outcome = await assess(full(ELIGIBLE));
    expect(outcome).toMatchObject({ agreement: { id: 'agr-net' }, eligible: true, unmet: [] });
    expect(outcome.checks.map((c) => [c.requirement.kind, c.met])).toEqual([['CORE_COURSES_PASSED', true], ['MIN_AVERAGE_SCORE', true], ['REQUIRED_CERTIFICATE', true]]);
    expect(outcome.checks[2].detail).toMatch(/holds X-NED-1: certificate NED1-2026-\d+, issued 2026-06-20/);
  });

  it('refused with every unmet requirement and what is missing', async () => {
    const outcome = await assess(full(WEAK));
    expect(outcome.eligible).toBe(false);
    expect(outcome.unmet.map((u) => [u.requirement.kind, u.missing])).toEqual([
      ['CORE_COURSES_PASSED', ['NET-S101', 'NET-S120']],
      ['MIN_AVERAGE_SCORE', [expect.stringMatching(/points of average score$/)]],
      ['REQUIRED_CERTIFICATE', ['X-NED-1']],
    ]);
    expect(outcome.unmet[0].requirement.description).toContain('NET-S101');
  });

  it('a recognised equivalent of X-NED-1, in force today, meets the certificate requirement', async () => {
    const recognizedCertificates = [{ standard: { code: 'X-NED-1' }, effectiveFrom: '2024-01-01', effectiveTo: null }];
    const outcome = await assess(full(ELIGIBLE, { certificateFacts: [], recognizedCertificateFacts: recognizedCertificates }));
    expect(outcome.checks[2]).toMatchObject({ met: true, detail: expect.stringContaining('recognised as X-NED-1') });
    expect(outcome.eligible).toBe(true);
  });

  it('E-commerce needs 6 module credits: 4 leaves 2 short, 6 is enough', async () => {
    const short = await assess(full(EC_STUDENT, { moduleCredits: 4 }));
    expect(short.unmet.map((u) => [u.requirement.kind, u.missing])).toEqual([['MIN_MODULE_CREDITS', ['2 module credits']]]);
    expect((await assess(full(EC_STUDENT, { moduleCredits: 6 }))).eligible).toBe(true);
  });

  it('FORBIDDEN when evidence a requirement reads did not arrive; evidence no requirement reads may be missing', async () => {
    const noCredits = await run(metro, [full(EC_STUDENT, { moduleCredits: null })]);
    expect(codeOf(noCredits)).toBe('FORBIDDEN');
    expect(noCredits.errors![0].message).toMatch(/module credits \(secondary subgraph\) are not readable to you/);
    const noRecognitions = await run(metro, [full(ELIGIBLE, { recognizedCertificateFacts: null })]);
    expect(codeOf(noRecognitions)).toBe('FORBIDDEN');
    expect((await assess(full(ELIGIBLE, { moduleCredits: null }))).eligible).toBe(true);
  });

  it('is part RESULTS: the pathway’s school, the learner and admins read it; an unrelated school is refused', async () => {
    for (const actor of [riverside, learner(ELIGIBLE), admin]) expect((await run(actor, [full(ELIGIBLE)])).errors).toBeUndefined();
    const refused = await run(hillview, [full(ELIGIBLE)]);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data!._entities[0].progression).toBeNull();
  });

  it('progression over 100 learners costs the same SQL statements as over 10', async () => {
    const ids = [...demoLearners({ cohort: '2024' }), ...demoLearners({ cohort: '2025' })];
    const measure = async (n: number) => {
      const before = college.db.statements.count;
      const res = await run(admin, ids.slice(0, n).map((id) => full(id)));
      expect(res.errors).toBeUndefined();
      return college.db.statements.count - before;
    };
    await measure(5);
    expect(await measure(100)).toBe(await measure(10));
  });
});
