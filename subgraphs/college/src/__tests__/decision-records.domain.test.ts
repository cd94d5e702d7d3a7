/**
 * What a recorded decision says to a learner and their family, which
 * requirements were in force on its day, and when a later change means a
 * confirmed transfer needs review.
 */
import { describe, expect, it } from 'vitest';
import type { CreditEvidence, Transfer } from '../credit-bank/transfer.ts';
import type { RecordedTransfer } from '../decisions/record.ts';
import { evidenceInWords, explainCheck, explainTransfer, ruleInWords } from '../decisions/explain.ts';
import { requirementsOn, versionOn, versionsOf } from '../decisions/requirement-versions.ts';
import type { ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import type { RequirementVersionRow } from '../entities/requirement-version.ts';
import { reviewCauses, transferKey } from '../reviews/detect.ts';
import { award, certRule } from './credit-fixtures.ts';

const certificate: CreditEvidence = { kind: 'CERTIFICATE', certificateSerial: 'NED1-2026-000013', standardCode: 'X-NED-1', secondaryCourseCode: null, term: null, score: 80, evidencedOn: '2026-06-20' };
const courseResult: CreditEvidence = { kind: 'COURSE_RESULT', certificateSerial: null, standardCode: null, secondaryCourseCode: 'NET-S101', term: '2023-2024-2', score: 76, evidencedOn: '2024-07-31' };
const rule = certRule({ id: 3, description: 'NED level 1', effectiveFrom: '2025-09-01' });
const transfer = (status: Transfer['status'], reason: string | null, credits = 4): Transfer => ({ rule, evidence: certificate, exemptedCourseCode: 'NET-H210', credits, cappedCredits: 0, status, reason });
const BASIS = 'rule 3 ("NED level 1"), in force from 2025-09-01 with no end date, for certificate NED1-2026-000013 (X-NED-1), issued 2026-06-20';

describe('a decision in words', () => {
  it('names the evidence with its date: a certificate by serial, a result by course, term and score', () => {
    expect(evidenceInWords(certificate)).toBe('certificate NED1-2026-000013 (X-NED-1), issued 2026-06-20');
    expect(evidenceInWords(courseResult)).toBe('the result in NET-S101 (term 2023-2024-2, score 76), final on 2024-07-31');
  });

  it('names the rule and when it is in force', () => {
    expect(ruleInWords({ ...rule, effectiveTo: '2027-08-31' })).toBe('rule 3 ("NED level 1"), in force from 2025-09-01 until 2027-08-31');
  });

  it.each<[Transfer['status'], string | null, string]>([
    ['APPLIED', null, `The learner is excused from NET-H210 and earns 4 credits under ${BASIS}.`],
    ['REVERSED', 'the certificate was revoked', `This no longer counts: ${BASIS} would excuse NET-H210, but the certificate was revoked.`],
    ['REVERSED', null, `This no longer counts: ${BASIS} would excuse NET-H210, but its evidence no longer holds.`],
    ['SUPERSEDED', 'superseded by rule 2', `This does not count separately: ${BASIS} would excuse NET-H210, but it is superseded by rule 2.`],
    ['SUPERSEDED', null, `This does not count separately: ${BASIS} would excuse NET-H210, but it is superseded by another rule.`],
    ['PENDING', 'from 2026-12-01', `This does not count yet: ${BASIS} will excuse NET-H210 once its evidence exists, from 2026-12-01.`],
    ['PENDING', null, `This does not count yet: ${BASIS} will excuse NET-H210 once its evidence exists, from the date shown.`],
    ['CAPPED', 'the cap of 6 is reached', `This does not add credits: ${BASIS} would excuse NET-H210, but the cap of 6 is reached.`],
    ['CAPPED', null, `This does not add credits: ${BASIS} would excuse NET-H210, but the agreement's limit on transferred credits was already reached.`],
  ])('a %s transfer (reason %s) is explained in one sentence', (status, reason, sentence) => {
    expect(explainTransfer(transfer(status, reason))).toBe(sentence);
  });

  it('one credit is a credit, not credits', () => {
    expect(explainTransfer(transfer('APPLIED', null, 1))).toContain('earns 1 credit under');
  });

  it('a requirement met, or not met with what is still needed', () => {
    expect(explainCheck({ met: true, detail: 'holds X-NED-1', missing: [], description: 'Holds NED 1' }, '2026-11-23')).toBe('"Holds NED 1" was met on 2026-11-23: holds X-NED-1.');
    expect(explainCheck({ met: false, detail: 'no certificate', missing: ['X-NED-1', 'X-NE-2'], description: 'Holds NED 1' }, '2026-11-23')).toBe(
      '"Holds NED 1" is not met on 2026-11-23: no certificate; still needed: X-NED-1, X-NE-2.',
    );
  });
});

describe('the requirements in force on a day', () => {
  const requirement = (id: number, version: number) => ({ id, version }) as ProgressionRequirementRow;
  const version = (v: number, effectiveFrom: string) => ({ agreementId: 'agr-net', version: v, effectiveFrom, recordedBy: 'x', recordedAt: 'x' }) as RequirementVersionRow;
  const rows = [requirement(1, 1), requirement(2, 2), requirement(3, 3), requirement(4, 2)];
  const versions = [version(3, '2027-09-01'), version(2, '2026-09-01')];

  it('version 1 holds until version 2’s first day, which belongs to version 2; versions may arrive in any order', () => {
    expect(versionOn(versions, '2026-08-31')).toBe(1);
    expect(versionOn(versions, '2026-09-01')).toBe(2);
    expect(versionOn(versions, '2027-09-01')).toBe(3);
    expect(versionOn([], '2030-01-01')).toBe(1);
  });

  it('the requirements of that version only', () => {
    expect(requirementsOn(rows, versions, '2026-10-01')).toEqual({ version: 2, requirements: [requirement(2, 2), requirement(4, 2)] });
  });

  it('every version, oldest first, version 1 from the agreement’s start', () => {
    expect(versionsOf('2024-09-01', rows, versions)).toEqual([
      { version: 1, effectiveFrom: '2024-09-01', requirements: [requirement(1, 1)] },
      { version: 2, effectiveFrom: '2026-09-01', requirements: [requirement(2, 2), requirement(4, 2)] },
      { version: 3, effectiveFrom: '2027-09-01', requirements: [requirement(3, 3)] },
    ]);
  });
});

describe('a confirmed transfer that needs review', () => {
  const DECIDED = '2026-06-01';
  const confirmed = (evidence: CreditEvidence = certificate): RecordedTransfer => ({ ruleId: 3, exemptedCourseCode: 'NET-H210', credits: 4, evidence, explanation: 'x' });
  const rules = (effectiveTo: string | null) => new Map([[3, { ...rule, effectiveTo }]]);
  const held = award({ serial: 'NED1-2026-000013' });
  const reasonOf = (...args: Parameters<typeof reviewCauses>) => [...reviewCauses(...args).values()].map((c) => c.reason);

  it('its basis still holds: no review', () => {
    expect(reviewCauses([confirmed()], DECIDED, rules(null), [held]).size).toBe(0);
    expect(reviewCauses([confirmed()], DECIDED, rules(DECIDED), [held]).size).toBe(0);
  });

  it('the rule was later retired from a day before the decision', () => {
    const causes = reviewCauses([confirmed()], DECIDED, rules('2026-05-31'), [held]);
    expect([...causes.keys()]).toEqual([transferKey({ ruleId: 3, exemptedCourseCode: 'NET-H210' })]);
    expect(transferKey({ ruleId: 3, exemptedCourseCode: 'NET-H210' })).toBe('3|NET-H210');
    expect(causes.get('3|NET-H210')).toEqual({
      transfer: confirmed(), reason: 'The transfer confirmed on 2026-06-01 needs review: rule 3 was later retired from 2026-05-31, before the decision of 2026-06-01.',
    });
  });

  it('the certificate was revoked, or a certificate it required was; each cause is named', () => {
    const revoked = award({ serial: 'NED1-2026-000013', status: 'REVOKED', revokedOn: '2026-07-01', revocationReason: 'irregularity', prerequisiteRevoked: 'P-1 revoked on 2026-07-02' });
    expect(reasonOf([confirmed()], DECIDED, rules('2026-05-31'), [award({ serial: 'OTHER', status: 'REVOKED' }), revoked])).toEqual([
      'The transfer confirmed on 2026-06-01 needs review: rule 3 was later retired from 2026-05-31, before the decision of 2026-06-01; certificate NED1-2026-000013 was revoked by its issuer on 2026-07-01 (irregularity); certificate NED1-2026-000013 required another certificate that was revoked: P-1 revoked on 2026-07-02.',
    ]);
    expect(reasonOf([confirmed()], DECIDED, rules(null), [award({ serial: 'NED1-2026-000013', status: 'REVOKED' })])).toEqual([
      'The transfer confirmed on 2026-06-01 needs review: certificate NED1-2026-000013 was revoked by its issuer on an unrecorded date (no reason recorded).',
    ]);
  });

  it('a transfer on a course result, a revoked certificate of another serial, or certificates not readable, need no review', () => {
    const revokedOther = award({ serial: 'OTHER', status: 'REVOKED' });
    expect(reviewCauses([confirmed(courseResult)], DECIDED, rules(null), [revokedOther]).size).toBe(0);
    expect(reviewCauses([confirmed()], DECIDED, rules(null), [revokedOther]).size).toBe(0);
    expect(reviewCauses([confirmed()], DECIDED, rules(null), null).size).toBe(0);
  });

  it('a rule no longer stored is not a cause by itself', () => {
    expect(reviewCauses([confirmed()], DECIDED, new Map(), [held]).size).toBe(0);
  });
});
