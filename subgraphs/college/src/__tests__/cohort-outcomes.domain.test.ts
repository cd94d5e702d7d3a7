/**
 * Cohort outcomes before and after a reform, recomputed by hand: learners are
 * grouped by when they began the higher stage.
 */
import { describe, expect, it } from 'vitest';
import type { CertificateFact } from '../careers/alignment.ts';
import { cohortOutcomes, periodOf, type CohortFacts, type LearnerFact } from '../outcomes/cohorts.ts';

const REFORM = '2025-09-01';
const learner = (studentId: string, higherFrom: string | null, stage: LearnerFact['stage'] = 'HIGHER', subsidized = false): LearnerFact => ({ studentId, stage, higherFrom, subsidized });
const cert = (holderId: string, standardCode: string, status: CertificateFact['status'] = 'VALID'): CertificateFact => ({ holderId, standardCode, issuedOn: '2024-06-20', status, revokedOn: status === 'REVOKED' ? '2025-01-01' : null });

const facts: CohortFacts = {
  learners: [
    learner('old-1', '2024-09-01', 'GRADUATED', true),
    learner('old-2', '2024-09-01', 'GRADUATED'),
    learner('old-3', '2025-08-31', 'GRADUATED'),
    learner('new-1', REFORM, 'HIGHER', true),
    learner('new-2', '2026-09-01'),
    learner('school', null, 'SECONDARY'),
  ],
  certificates: [cert('old-1', 'NED'), cert('old-1', 'OTHER'), cert('old-2', 'OTHER'), cert('new-1', 'NED'), cert('new-2', 'NED', 'REVOKED'), cert('school', 'NED')],
  placements: [
    { studentId: 'old-1', jobPositionId: 'noc', startedOn: '2026-07-15', kind: 'EMPLOYMENT' },
    { studentId: 'old-2', jobPositionId: 'noc', startedOn: '2026-03-01', kind: 'INTERNSHIP' },
    { studentId: 'new-1', jobPositionId: 'noc', startedOn: '2026-03-01', kind: 'INTERNSHIP' },
  ],
  jobs: [{ jobPositionId: 'noc', standardCodes: ['NED'] }],
  standards: new Set(['NED']),
};

describe('cohort outcomes before and after a reform', () => {
  it('groups learners by when they began the higher stage; those still at school belong to neither', () => {
    expect(periodOf(learner('a', '2025-08-31'), REFORM)).toBe('BEFORE');
    expect(periodOf(learner('a', REFORM), REFORM)).toBe('AFTER');
    expect(periodOf(learner('a', null), REFORM)).toBeNull();
  });

  it('computes each side from its own learners’ rows', () => {
    const [before, after] = cohortOutcomes(facts, REFORM, null);
    // Before: old-1 holds NED (OTHER does not count for a pass); 1 of 3 passed. Three graduates, one employed.
    // Alignment: old-1 employed at noc with NED and OTHER (1 of 2); old-2 interned at noc with OTHER (0 of 1).
    expect(before).toEqual({
      period: 'BEFORE', learners: 3, certified: 1, passRate: 1 / 3, graduates: 3, employed: 1, employmentRate: 1 / 3,
      alignment: { placements: 2, certificates: 3, aligned: 1, rate: 1 / 3 },
    });
    // After: new-1 holds NED; new-2's is revoked. No graduates yet, so no employment rate.
    expect(after).toEqual({
      period: 'AFTER', learners: 2, certified: 1, passRate: 0.5, graduates: 0, employed: 0, employmentRate: null,
      alignment: { placements: 1, certificates: 1, aligned: 1, rate: 1 },
    });
  });

  it('compares learners with and without a training subsidy', () => {
    const [withBefore, withAfter] = cohortOutcomes(facts, REFORM, true);
    expect([withBefore.learners, withBefore.certified, withAfter.learners, withAfter.certified]).toEqual([1, 1, 1, 1]);
    const [withoutBefore, withoutAfter] = cohortOutcomes(facts, REFORM, false);
    expect([withoutBefore.learners, withoutBefore.certified, withoutBefore.employed, withoutAfter.learners]).toEqual([2, 0, 0, 1]);
    expect(withoutBefore.alignment).toEqual({ placements: 1, certificates: 1, aligned: 0, rate: 0 });
  });

  it('counts each certified learner once, however many certificates they hold', () => {
    const [, after] = cohortOutcomes({ ...facts, certificates: [...facts.certificates, cert('new-2', 'NED'), cert('new-1', 'NED')] }, REFORM, null);
    expect([after.learners, after.certified, after.passRate]).toEqual([2, 2, 1]);
  });

  it('an empty group has no rates', () => {
    const [before] = cohortOutcomes({ ...facts, learners: [learner('x', '2026-01-01')] }, REFORM, null);
    expect(before).toEqual({ period: 'BEFORE', learners: 0, certified: 0, passRate: null, graduates: 0, employed: 0, employmentRate: null, alignment: { placements: 0, certificates: 0, aligned: 0, rate: null } });
  });
});
