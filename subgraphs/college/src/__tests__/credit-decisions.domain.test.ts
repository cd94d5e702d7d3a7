/**
 * The credit bank's decisions at their edges, as a registrar would check them
 * by hand: a score exactly at the minimum, re-sits listed in any order, a
 * valid certificate beside a revoked one, evidence that exists only later.
 */
import { describe, expect, it } from 'vitest';
import { creditNeeds, evaluateCredit } from '../credit-bank/evaluate.ts';
import type { Transfer } from '../credit-bank/transfer.ts';
import { applyLimits } from '../credit-bank/limits.ts';
import { award, certRule, courseRule, result } from './credit-fixtures.ts';

const courseCredits = new Map([['NET-H210', 4], ['NET-H220', 3], ['NET-H230', 4]]);
const TODAY = '2026-11-23';
const decide = (rules: Parameters<typeof evaluateCredit>[0], certificates = [award()], results = [result('NET-S120', 90)], asOf = TODAY, maxTransferCredits = 100) =>
  evaluateCredit(rules, { certificates, results }, { courseCredits, maxTransferCredits }, asOf);
const serials = (transfers: Transfer[]) => transfers.map((t) => t.evidence.certificateSerial);

describe('a certificate rule with a minimum score', () => {
  it('a certificate exactly at minScore earns the credit', () => {
    expect(decide([certRule({ minScore: 80 })], [award({ score: 80 })]).totalCredits).toBe(4);
  });

  it('a rule asking for a score of at least 0 does not accept a certificate with no score recorded', () => {
    expect(decide([certRule({ minScore: 0 })], [award({ score: null })]).transfers).toEqual([]);
  });

  it('a rule with no minimum accepts a certificate with no score', () => {
    expect(decide([certRule()], [award({ score: null })]).totalCredits).toBe(4);
  });
});

describe('choosing among several awards of the standard', () => {
  const revoked = award({ serial: 'B-REVOKED', status: 'REVOKED', score: 99, revokedOn: '2025-03-01', revocationReason: 'irregularity' });
  const valid = award({ serial: 'Z-VALID', score: 70, issuedOn: '2025-06-20' });

  it('a valid certificate is chosen over a revoked one whatever their serials’ order and whichever is listed first', () => {
    for (const certificates of [[revoked, valid], [valid, revoked]]) {
      expect(serials(decide([certRule()], certificates).transfers)).toEqual(['Z-VALID']);
    }
    const early = award({ ...revoked, serial: 'Z-REVOKED' });
    const late = award({ ...valid, serial: 'A-VALID' });
    expect(serials(decide([certRule()], [early, late]).transfers)).toEqual(['A-VALID']);
  });

  it('of two valid certificates the higher score counts, whichever is listed first; a scored one beats one without a score', () => {
    const low = award({ serial: 'A-LOW', score: 70 });
    const high = award({ serial: 'Z-HIGH', score: 90 });
    expect(serials(decide([certRule()], [low, high]).transfers)).toEqual(['Z-HIGH']);
    expect(serials(decide([certRule()], [high, low]).transfers)).toEqual(['Z-HIGH']);
    const unscored = award({ serial: 'A-NONE', score: null });
    expect(serials(decide([certRule()], [unscored, low]).transfers)).toEqual(['A-LOW']);
    expect(serials(decide([certRule()], [low, unscored]).transfers)).toEqual(['A-LOW']);
  });

  it('of equal scores the earlier issue counts, then the lower serial', () => {
    const later = award({ serial: 'A-LATER', issuedOn: '2025-06-20' });
    const earlier = award({ serial: 'Z-EARLIER', issuedOn: '2024-06-20' });
    expect(serials(decide([certRule()], [later, earlier]).transfers)).toEqual(['Z-EARLIER']);
    expect(serials(decide([certRule()], [award({ serial: 'B' }), award({ serial: 'A' })]).transfers)).toEqual(['A']);
  });
});

describe('a course-result rule', () => {
  it('a result exactly at minScore earns the credit', () => {
    expect(decide([courseRule({ minScore: 85 })], [], [result('NET-S120', 85)]).totalCredits).toBe(4);
  });

  it('a re-sit counts at its best whichever attempt is listed last', () => {
    const first = result('NET-S120', 88, '2023-2024-1');
    const resit = result('NET-S120', 95, '2023-2024-2');
    for (const results of [[first, resit], [resit, first]]) {
      expect(decide([courseRule()], [], results).transfers[0].evidence).toMatchObject({ term: '2023-2024-2', score: 95 });
    }
  });

  it('of equal scores the earlier term counts, whichever is listed first', () => {
    const earlier = result('NET-S120', 90, '2023-2024-1');
    const later = result('NET-S120', 90, '2024-2025-1');
    expect(decide([courseRule()], [], [later, earlier]).transfers[0].evidence.term).toBe('2023-2024-1');
  });

  it('a result of a malformed term never counts', () => {
    expect(decide([courseRule()], [], [result('NET-S120', 95, '2023-1')]).transfers).toEqual([]);
  });

  it('a result of another course does not count', () => {
    expect(decide([courseRule()], [], [result('NET-S101', 95)]).transfers).toEqual([]);
  });
});

describe('evidence that exists only later', () => {
  it('a certificate issued after today is PENDING until its issue date, and counts nothing', () => {
    const { transfers, totalCredits } = decide([certRule()], [award({ issuedOn: '2026-12-01' })]);
    expect(transfers[0]).toMatchObject({
      status: 'PENDING', reason: 'certificate NED1-2024-000001 counts from 2026-12-01, its issue date; today is 2026-11-23',
    });
    expect(totalCredits).toBe(0);
  });

  it('a result of a term still running is PENDING until the term ends', () => {
    const { transfers } = decide([courseRule()], [], [result('NET-S120', 90, '2026-2027-1')]);
    expect(transfers[0]).toMatchObject({
      status: 'PENDING', reason: 'course result NET-S120 (2026-2027-1, score 90) counts from 2027-01-31, the end of its term; today is 2026-11-23',
    });
  });

  it('evidence held today is chosen over better evidence that exists only later', () => {
    const { transfers } = decide([certRule()], [award({ serial: 'LATER', score: 99, issuedOn: '2026-12-01' }), award({ serial: 'HELD', score: 70 })]);
    expect(transfers[0]).toMatchObject({ status: 'APPLIED', evidence: { certificateSerial: 'HELD' } });
  });

  it('a pending transfer does not supersede a rule of lower priority that applies today', () => {
    const high = certRule({ priority: 9 });
    const low = courseRule({ priority: 1 });
    const { transfers } = decide([high, low], [award({ issuedOn: '2026-12-01' })]);
    expect(transfers.map((t) => [t.rule.id, t.status])).toEqual([[high.id, 'PENDING'], [low.id, 'APPLIED']]);
  });

  it('a revoked certificate names an unrecorded date and reason when the issuer gave none', () => {
    const { transfers } = decide([certRule()], [award({ status: 'REVOKED' })]);
    expect(transfers[0].reason).toBe('certificate NED1-2024-000001 revoked on an unrecorded date: no reason recorded');
  });
});

describe('the evidence the rules read', () => {
  it('certificate rules need certificates, course rules need results, and neither needs recognitions or module credits', () => {
    expect(creditNeeds([certRule()])).toEqual({ certificates: true, results: false, recognized: false, moduleCredits: false });
    expect(creditNeeds([courseRule()])).toEqual({ certificates: false, results: true, recognized: false, moduleCredits: false });
    expect(creditNeeds([certRule(), courseRule()])).toEqual({ certificates: true, results: true, recognized: false, moduleCredits: false });
  });
});

describe('bounds on credits', () => {
  it('a rule worth more than its course counts the course’s credits, and says why', () => {
    const rule = certRule({ credits: 6 });
    const { transfers } = decide([rule]);
    expect(transfers[0]).toMatchObject({ credits: 4, reason: `rule ${rule.id} gives 6 credits; NET-H210 is worth 4, so 4 count` });
  });

  it('a rule worth less than its course counts its own credits, with no reason to give', () => {
    expect(decide([certRule({ credits: 2.5 })]).transfers[0]).toMatchObject({ credits: 2.5, reason: null });
  });

  it('a course missing from the catalogue is worth nothing', () => {
    expect(decide([certRule({ exemptCourseCodes: 'NET-X999' })]).transfers[0]).toMatchObject({ credits: 0, status: 'APPLIED' });
  });

  it('a transfer exactly filling the cap counts in full, with nothing cut', () => {
    const { transfers, cappedCredits } = decide([certRule()], [award()], [], TODAY, 4);
    expect(transfers[0]).toMatchObject({ status: 'APPLIED', credits: 4, cappedCredits: 0, reason: null });
    expect(cappedCredits).toBe(0);
  });

  it('a transfer that does not count keeps what it would give, bounded by its course, and takes none of the cap', () => {
    const t = decide([certRule({ credits: 9 })], [award({ status: 'REVOKED' })]).transfers[0];
    const { transfers, totalCredits } = applyLimits([t], { courseCredits, maxTransferCredits: 0 });
    expect(transfers[0]).toMatchObject({ status: 'REVERSED', credits: 4, cappedCredits: 0 });
    expect(totalCredits).toBe(0);
  });
});
