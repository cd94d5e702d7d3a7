import { describe, expect, it } from 'vitest';
import type { ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import { NO_EVIDENCE, requireEvidence, type Evidence } from '../evidence/evidence.ts';
import { assessProgression, progressionNeeds } from '../progression/evaluate.ts';
import { award, result } from './credit-fixtures.ts';

const req = (id: number, overrides: Partial<ProgressionRequirementRow>): ProgressionRequirementRow => ({
  id, agreementId: 'agr-net', kind: 'MIN_AVERAGE_SCORE', description: `requirement ${id}`, courseCodes: null, minScore: null, standardCode: null, minCredits: null, version: 1, ...overrides,
});

const NET_REQUIREMENTS = [
  req(1, { kind: 'CORE_COURSES_PASSED', courseCodes: 'NET-S101,NET-S120' }),
  req(2, { kind: 'MIN_AVERAGE_SCORE', minScore: 60 }),
  req(3, { kind: 'REQUIRED_CERTIFICATE', standardCode: 'X-NED-1' }),
  req(4, { kind: 'MIN_MODULE_CREDITS', minCredits: 6 }),
];

const evidence = (overrides: Partial<Evidence> = {}): Evidence => ({
  certificates: [award()], results: [result('NET-S101', 70), result('NET-S120', 80)], recognized: [], moduleCredits: 6, ...overrides,
});

const assess = (e: Evidence, asOf = '2026-11-23') => assessProgression('agr-net', NET_REQUIREMENTS, e, asOf);

describe('progression requirements (pure)', () => {
  it('a learner who meets every requirement is eligible, each check saying what was found', () => {
    const outcome = assess(evidence());
    expect(outcome.eligible).toBe(true);
    expect(outcome.unmet).toEqual([]);
    expect(outcome.checks.map((c) => c.detail)).toEqual([
      'NET-S101 passed (best 70); NET-S120 passed (best 80)',
      'average of the best score in 2 secondary courses is 75; at least 60 is required',
      'holds X-NED-1: certificate NED1-2024-000001, issued 2024-06-20',
      '6 module credits earned; at least 6 required',
    ]);
  });

  it('lists every unmet requirement with what is missing', () => {
    const outcome = assess(evidence({ certificates: [], results: [result('NET-S101', 55), result('NET-S110', 50)], moduleCredits: 2 }));
    expect(outcome.eligible).toBe(false);
    expect(outcome.unmet.map((c) => [c.requirement.kind, c.missing])).toEqual([
      ['CORE_COURSES_PASSED', ['NET-S101', 'NET-S120']],
      ['MIN_AVERAGE_SCORE', ['7.5 points of average score']],
      ['REQUIRED_CERTIFICATE', ['X-NED-1']],
      ['MIN_MODULE_CREDITS', ['4 module credits']],
    ]);
    expect(outcome.unmet[0].detail).toBe('NET-S101 not passed (best 55); NET-S120 not passed (no result)');
  });

  it('the average is of the best score per course, so a passed re-sit replaces the failed attempt', () => {
    const results = [result('NET-S101', 40, '2022-2023-1'), result('NET-S101', 70, '2022-2023-2'), result('NET-S120', 60)];
    const outcome = assess(evidence({ results }));
    expect(outcome.checks[1]).toMatchObject({ met: true, detail: expect.stringContaining('is 65') });
    expect(outcome.checks[0].met).toBe(true);
  });

  it('a learner without secondary results does not meet the average', () => {
    expect(assess(evidence({ results: [] })).checks[1]).toMatchObject({ met: false, missing: ['an average score of 60'] });
  });

  it('a revoked certificate does not count, and the check says so', () => {
    const revoked = award({ status: 'REVOKED', revokedOn: '2025-03-01', revocationReason: 'irregularity' });
    expect(assess(evidence({ certificates: [revoked] })).checks[2]).toMatchObject({
      met: false, missing: ['X-NED-1'], detail: 'no valid X-NED-1 certificate or recognised equivalent on 2026-11-23 (certificate NED1-2024-000001 was revoked on 2025-03-01)',
    });
  });

  it('a certificate issued after the day of assessment does not count yet', () => {
    expect(assess(evidence(), '2024-06-19').checks[2].met).toBe(false);
  });

  it('a recognised equivalent in force on the day counts for the required certificate', () => {
    const recognized = [{ standardCode: 'X-NED-1', effectiveFrom: '2024-01-01', effectiveTo: '2028-12-31' }];
    const check = assess(evidence({ certificates: [award({ standardCode: 'E-TY-NT' })], recognized })).checks[2];
    expect(check).toMatchObject({ met: true, detail: expect.stringContaining('recognised as X-NED-1') });
    expect(assess(evidence({ certificates: [], recognized }), '2029-01-01').checks[2].met).toBe(false);
  });

  it('an agreement without requirements lets everyone progress', () => {
    expect(assessProgression('agr-x', [], NO_EVIDENCE, '2026-11-23')).toEqual({ agreementId: 'agr-x', eligible: true, checks: [], unmet: [] });
  });

  it('needs only the evidence its requirements read, and refuses to decide when that evidence did not arrive', () => {
    const needs = progressionNeeds([NET_REQUIREMENTS[3]]);
    expect(needs).toEqual({ results: false, certificates: false, recognized: false, moduleCredits: true });
    expect(() => requireEvidence({ ...NO_EVIDENCE, moduleCredits: 4 }, needs, 'progression')).not.toThrow();
    expect(() => requireEvidence(NO_EVIDENCE, needs, 'progression')).toThrow(/module credits \(secondary subgraph\) are not readable to you/);
  });
});
