import { describe, expect, it } from 'vitest';
import { collectEvidence, profileOf } from '../profile.ts';
import { learnerA, learnerB } from './fixtures.ts';

const levels = (facts: typeof learnerA, on: string) => Object.fromEntries(profileOf(facts, on).items.map((a) => [a.item.code, a.level]));

describe('the competency profile, recomputed by hand from the documented method', () => {
  it('learner A on 2025-03-01: best course results, a failed college course, a module and a certificate', () => {
    // NT-K1 (level 2): C1 best result 80 (2022-2023-1, passed): v = min(1, 2/2) × 0.80 = 0.8, w = 40 → 0.8.
    const k1 = (0.8 * 40) / 40;
    // NT-K2: no evidence → 0.
    // NT-S2 (level 4):
    //   C1 80 passed: v = min(1, 2/4) × 0.80 = 0.4, w = 20
    //   H1 50 failed (2024-2025-1 ends 2025-01-31): v = 0, w = 30
    //   M1 90 passed: v = min(1, 3/4) × 0.90 = 0.675, w = 16
    //   CERT-A 85, unit U1 weight 10 over 2 items: v = 0.85, w = 5
    //   Σ v·w = 8 + 0 + 10.8 + 4.25 = 23.05; Σ w = 71; 23.05 / 71 = 0.324647… → 0.3246
    const s2 = 23.05 / 71;
    // NT-A1 (level 2): the C1 mapping ended 2022-08-31, before 2023-01-31, so no course evidence.
    //   M1 90: v = min(1, 2/2) × 0.90 = 0.9, w = 8; CERT-A unit U2 weight 6 over 1 item: v = 0.85, w = 6
    //   Σ v·w = 7.2 + 5.1 = 12.3; Σ w = 14; 12.3 / 14 = 0.878571… → 0.8786
    const a1 = 12.3 / 14;
    expect(levels(learnerA, '2025-03-01')).toEqual({ 'NT-K1': 0.8, 'NT-K2': 0, 'NT-S2': 0.3246, 'NT-A1': 0.8786 });
    expect([k1, s2, a1].map((v) => Math.round(v * 1e4) / 1e4)).toEqual([0.8, 0.3246, 0.8786]);
    const profile = profileOf(learnerA, '2025-03-01');
    expect(profile.items.map((a) => a.met)).toEqual([true, false, false, true]);
    expect(profile.items.map((a) => a.evidenceWeight)).toEqual([40, 0, 71, 14]);
  });

  it('learner B on 2024-12-31: ties go to the earliest, later and revoked evidence is ignored', () => {
    // NT-K1: C1 60 twice, the earliest (2022-2023-2, dated 2023-07-31) counts: v = 1 × 0.60, w = 40 → 0.6 (met: 0.6 ≥ 0.6).
    // NT-S2: C1 v = 0.5 × 0.60 = 0.3, w = 20; M1 best 55 (2024-03-01, failed) v = 0, w = 16; H1's term ends after the day.
    //   Σ v·w = 6; Σ w = 36; 6 / 36 = 0.16666… → 0.1667
    // NT-A1: M1 55 v = 0, w = 8; CERT-B (no score: 100) unit U9 weight 6: v = 1, w = 6; CERT-REVOKED revoked 2024-10-01; CERT-LATER issued after.
    //   Σ v·w = 6; Σ w = 14; 6 / 14 = 0.428571… → 0.4286
    expect(levels(learnerB, '2024-12-31')).toEqual({ 'NT-K1': 0.6, 'NT-K2': 0, 'NT-S2': 0.1667, 'NT-A1': 0.4286 });
    const k1 = profileOf(learnerB, '2024-12-31').items[0];
    expect(k1.met).toBe(true);
    expect(k1.evidence).toEqual([{ itemId: 'k1', kind: 'COURSE_RESULT', source: 'C1', issuerId: 'sch-1', stage: 'SECONDARY', on: '2023-07-31', score: 60, value: 0.6, weight: 40 }]);
  });

  it('lists each piece of evidence with its date, source, issuer and stage, by date then kind', () => {
    const evidence = collectEvidence(learnerA, '2025-03-01').filter((e) => e.itemId === 's2');
    expect(evidence.map((e) => [e.kind, e.source, e.issuerId, e.stage, e.on, e.score, e.weight])).toEqual([
      ['COURSE_RESULT', 'C1', 'sch-1', 'SECONDARY', '2023-01-31', 80, 20],
      ['MODULE_ASSESSMENT', 'M1', 'col-1', 'HIGHER', '2024-05-10', 90, 16],
      ['CERTIFICATE', 'CERT-A', 'ent-1', null, '2024-06-01', 85, 5],
      ['COURSE_RESULT', 'H1', 'col-1', 'HIGHER', '2025-01-31', 50, 30],
    ]);
  });

  it('an earlier day sees only the evidence dated by then', () => {
    // On 2024-05-31 only C1 and M1 count for NT-S2: (8 + 10.8) / 36 = 0.52222… → 0.5222.
    expect(levels(learnerA, '2024-05-31')['NT-S2']).toBe(0.5222);
  });
});
