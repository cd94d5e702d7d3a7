/**
 * Progression decisions at their edges: an average exactly at the minimum,
 * re-sits listed in any order, recognitions that have not started yet or have
 * ended, certificates pending or revoked, results of terms still running.
 */
import { describe, expect, it } from 'vitest';
import type { ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import type { Evidence } from '../evidence/evidence.ts';
import { assessProgression, progressionNeeds } from '../progression/evaluate.ts';
import { award, result } from './credit-fixtures.ts';

const req = (overrides: Partial<ProgressionRequirementRow>): ProgressionRequirementRow => ({
  id: 1, agreementId: 'agr-net', kind: 'MIN_AVERAGE_SCORE', description: 'requirement', courseCodes: null, minScore: null, standardCode: null, minCredits: null, version: 1, ...overrides,
});
const TODAY = '2026-11-23';
const evidence = (overrides: Partial<Evidence>): Evidence => ({ certificates: [], results: [], recognized: [], moduleCredits: 0, ...overrides });
const check = (requirement: Partial<ProgressionRequirementRow>, e: Partial<Evidence>, asOf = TODAY) => {
  const { checks } = assessProgression('agr-net', [req(requirement)], evidence(e), asOf);
  const { met, detail, missing } = checks[0];
  return { met, detail, missing };
};

describe('a minimum average score', () => {
  const average = { kind: 'MIN_AVERAGE_SCORE' as const, minScore: 75 };

  it('an average exactly at the minimum is met, with nothing missing', () => {
    expect(check(average, { results: [result('NET-S101', 70), result('NET-S120', 80)] })).toEqual({
      met: true, missing: [], detail: 'average of the best score in 2 secondary courses is 75; at least 75 is required',
    });
  });

  it('a re-sit counts at its best whichever attempt is listed last', () => {
    const failed = result('NET-S101', 40, '2023-2024-1');
    const resit = result('NET-S101', 80, '2023-2024-2');
    expect(check(average, { results: [failed, resit] }).met).toBe(true);
    expect(check(average, { results: [resit, failed] }).met).toBe(true);
  });

  it('a learner with no results yet is told the average required', () => {
    expect(check(average, { results: [] })).toEqual({ met: false, detail: 'no secondary results yet; an average of at least 75 is required', missing: ['an average score of 75'] });
  });

  it('a result of a term still running does not count towards the average', () => {
    expect(check(average, { results: [result('NET-S101', 70), result('NET-S120', 100, '2026-2027-1')] })).toMatchObject({ met: false, missing: ['5 points of average score'] });
  });
});

describe('core courses passed', () => {
  const core = { kind: 'CORE_COURSES_PASSED' as const, courseCodes: 'NET-S101,NET-S120' };

  it('passing every core course meets it, with nothing missing', () => {
    expect(check(core, { results: [result('NET-S101', 60), result('NET-S120', 91)] })).toEqual({
      met: true, missing: [], detail: 'NET-S101 passed (best 60); NET-S120 passed (best 91)',
    });
  });

  it('a course whose only result is of a term still running is pending until the term ends', () => {
    expect(check(core, { results: [result('NET-S101', 60), result('NET-S120', 91, '2026-2027-1')] })).toEqual({
      met: false, missing: ['NET-S120'], detail: 'NET-S101 passed (best 60); NET-S120 not passed (no result; a result of term 2026-2027-1 is pending until the term ends on 2027-01-31)',
    });
  });
});

describe('a required certificate', () => {
  const required = { kind: 'REQUIRED_CERTIFICATE' as const, standardCode: 'X-NED-1' };
  const recognition = (effectiveFrom: string, effectiveTo: string | null, standardCode = 'X-NED-1') => ({ standardCode, effectiveFrom, effectiveTo });

  it('a valid certificate held on the day meets it, naming the certificate', () => {
    expect(check(required, { certificates: [award()] })).toEqual({ met: true, missing: [], detail: 'holds X-NED-1: certificate NED1-2024-000001, issued 2024-06-20' });
  });

  it('a recognition that has not started yet does not satisfy a required certificate', () => {
    expect(check(required, { recognized: [recognition('2026-11-24', null)] })).toMatchObject({ met: false, missing: ['X-NED-1'] });
  });

  it('a recognition counts from its first day to its last day, both included', () => {
    expect(check(required, { recognized: [recognition('2026-11-23', null)] })).toEqual({
      met: true, missing: [], detail: 'holds a certificate recognised as X-NED-1 (recognition in force from 2026-11-23)',
    });
    expect(check(required, { recognized: [recognition('2025-01-01', '2026-11-23')] }).met).toBe(true);
    expect(check(required, { recognized: [recognition('2025-01-01', '2026-11-22')] }).met).toBe(false);
  });

  it('a recognition as another standard does not satisfy it', () => {
    expect(check(required, { recognized: [recognition('2025-01-01', null, 'X-NE-2')] }).met).toBe(false);
  });

  it('a certificate issued after the day is pending, and the check says from when', () => {
    expect(check(required, { certificates: [award({ issuedOn: '2026-12-01' })] })).toEqual({
      met: false, missing: ['X-NED-1'],
      detail: 'no valid X-NED-1 certificate or recognised equivalent on 2026-11-23 (certificate NED1-2024-000001 is pending: it counts from its issue date 2026-12-01)',
    });
  });

  it('a certificate since revoked is revoked on any day, not pending, even before its issue date', () => {
    const revoked = award({ status: 'REVOKED', issuedOn: '2026-12-01' });
    expect(check(required, { certificates: [revoked] }).detail).toBe(
      'no valid X-NED-1 certificate or recognised equivalent on 2026-11-23 (certificate NED1-2024-000001 was revoked on an unrecorded date)',
    );
  });

  it('without any certificate of the standard, the check says only what is missing', () => {
    expect(check(required, { certificates: [award({ standardCode: 'X-NE-2' })] }).detail).toBe('no valid X-NED-1 certificate or recognised equivalent on 2026-11-23');
  });
});

describe('module credits', () => {
  it('credits exactly at the minimum meet it, with nothing missing', () => {
    expect(check({ kind: 'MIN_MODULE_CREDITS', minCredits: 6 }, { moduleCredits: 6 })).toEqual({ met: true, missing: [], detail: '6 module credits earned; at least 6 required' });
  });

  it('fewer credits say how many are still needed', () => {
    expect(check({ kind: 'MIN_MODULE_CREDITS', minCredits: 6 }, { moduleCredits: 4.5 }).missing).toEqual(['1.5 module credits']);
  });
});

describe('the evidence requirements read', () => {
  it('results for core courses or an average, certificates and recognitions for a required certificate, module credits for credits', () => {
    expect(progressionNeeds([req({ kind: 'CORE_COURSES_PASSED' }), req({ kind: 'MIN_MODULE_CREDITS' })])).toEqual({ results: true, certificates: false, recognized: false, moduleCredits: true });
    expect(progressionNeeds([req({ kind: 'MIN_AVERAGE_SCORE' })])).toEqual({ results: true, certificates: false, recognized: false, moduleCredits: false });
    expect(progressionNeeds([req({ kind: 'REQUIRED_CERTIFICATE' })])).toEqual({ results: false, certificates: true, recognized: true, moduleCredits: false });
  });
});
