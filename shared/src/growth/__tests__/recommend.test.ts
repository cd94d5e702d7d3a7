import { describe, expect, it } from 'vitest';
import { profileOf } from '../profile.ts';
import { recommendModules, type RecommendInput } from '../recommend.ts';
import type { ModuleFact } from '../types.ts';
import { learnerA, M1 } from './fixtures.ts';

const module = (code: string, itemIds: string[], prerequisiteCodes: string[] = [], credits = 2): ModuleFact => ({
  code, standardCode: 'STD-1', title: code, credits, hours: 32, sequence: 2, providerId: 'col-1', prerequisiteCodes,
  competencies: itemIds.map((itemId) => ({ itemId, hours: 16, targetLevel: 3 })),
});

const catalogue = [
  M1, // passed (90)
  module('M2', ['s2', 'k2'], ['M1']),
  module('M3', ['s2'], ['M9']), // prerequisite never passed
  module('M4', ['a1']), // only an item already above its requirement
  module('M5', ['s2']), // enrolled, not yet assessed
  module('M6', ['k1'], [], 1),
  module('M7', ['k1'], [], 2), // failed once
  module('M9', ['elsewhere']),
];

const input = (over: Partial<RecommendInput> = {}): RecommendInput => ({
  profile: profileOf(learnerA, '2025-03-01'),
  requirements: [{ itemId: 'k1', essential: true }, { itemId: 'k2', essential: true }, { itemId: 's2', essential: true }, { itemId: 'a1', essential: false }],
  jobTitle: 'Network engineer',
  modules: catalogue,
  enrolments: [{ moduleCode: 'M5', enrolledOn: '2025-02-01', startsOn: '2025-02-10' }, { moduleCode: 'M7', enrolledOn: '2024-02-01', startsOn: '2024-02-10' }],
  assessments: [...learnerA.assessments, { moduleCode: 'M7', score: 40, assessedOn: '2024-06-01' }],
  ...over,
});

describe('module recommendations', () => {
  it('ranks by gap closed, then missing requirements covered, then credits, and explains each', () => {
    const ranked = recommendModules(input(), 5);
    // Gaps: K1 1 − 0.8 = 0.2; K2 1 − 0 = 1; S2 1 − 23.05/71 = 0.675352…; A1 max(0, 0.5 − 0.8786) = 0.
    expect(ranked.map((r) => [r.rank, r.module.code, r.gapClosed, r.reason])).toEqual([
      [1, 'M2', 1.6754, 'covers 2 of the 2 missing skills for Network engineer (NT-K2, NT-S2); prerequisite M1 met'],
      [2, 'M6', 0.2, 'raises 1 competency required for Network engineer (NT-K1); no prerequisite'],
      [3, 'M7', 0.2, 'raises 1 competency required for Network engineer (NT-K1); no prerequisite; retake after a failed assessment'],
    ]);
    expect(ranked[0].missingCovered.map((i) => i.code)).toEqual(['NT-K2', 'NT-S2']);
  });

  it('without a target job closes the gap to the whole framework', () => {
    const ranked = recommendModules(input({ requirements: null, jobTitle: null }), 5);
    // Gaps to 1: K1 0.2, K2 1, S2 0.675352…, A1 1 − 0.878571… = 0.121428…
    expect(ranked.map((r) => [r.module.code, r.gapClosed])).toEqual([['M2', 1.6754], ['M6', 0.2], ['M7', 0.2], ['M4', 0.1214]]);
    expect(ranked[0].reason).toBe('raises 2 competencies of the framework; prerequisite M1 met');
  });

  it('never recommends a passed module, one in progress, or one whose prerequisite is not passed', () => {
    const codes = recommendModules(input({ requirements: null }), 20).map((r) => r.module.code);
    for (const never of ['M1', 'M3', 'M5', 'M9']) expect(codes).not.toContain(never);
  });

  it('stops at the limit', () => {
    expect(recommendModules(input(), 1).map((r) => r.module.code)).toEqual(['M2']);
  });
});
