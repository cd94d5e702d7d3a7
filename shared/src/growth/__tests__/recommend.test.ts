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
  module('M9', ['elsewhere']), // closes no gap itself, but is M3's only missing prerequisite
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
      // M9 closes nothing itself; it unlocks M3, which closes NT-S2's 0.675352…
      [2, 'M9', 0, 'prerequisite of M3, which covers 1 of the 2 missing skills for Network engineer (NT-S2); no prerequisite'],
      [3, 'M6', 0.2, 'raises 1 competency required for Network engineer (NT-K1); no prerequisite'],
      [4, 'M7', 0.2, 'raises 1 competency required for Network engineer (NT-K1); no prerequisite; retake after a failed assessment'],
    ]);
    expect(ranked.map((r) => [r.module.code, r.gapUnlocked, r.unlocks.map((u) => u.code)])).toEqual([['M2', 0, []], ['M9', 0.6754, ['M3']], ['M6', 0, []], ['M7', 0, []]]);
    expect(ranked[0].missingCovered.map((i) => i.code)).toEqual(['NT-K2', 'NT-S2']);
  });

  it('without a target job closes the gap to the whole framework', () => {
    const ranked = recommendModules(input({ requirements: null, jobTitle: null }), 5);
    // Gaps to 1: K1 0.2, K2 1, S2 0.675352…, A1 1 − 0.878571… = 0.121428…
    expect(ranked.map((r) => [r.module.code, r.gapClosed])).toEqual([['M2', 1.6754], ['M9', 0], ['M6', 0.2], ['M7', 0.2], ['M4', 0.1214]]);
    expect(ranked[0].reason).toBe('raises 2 competencies of the framework; prerequisite M1 met');
    expect(ranked[1].reason).toBe('prerequisite of M3, which raises 1 competency of the framework; no prerequisite');
  });

  it('never recommends a passed module, one in progress, or one whose prerequisite is not passed', () => {
    const codes = recommendModules(input({ requirements: null }), 20).map((r) => r.module.code);
    for (const never of ['M1', 'M3', 'M5']) expect(codes).not.toContain(never);
  });

  it('recommends the last missing prerequisite of a module that closes a gap, with what it unlocks', () => {
    const unlocking = [
      M1, // passed (90)
      module('M9', ['elsewhere']),
      module('M10', ['k1'], [], 3),
      module('M11', ['k2'], ['M10', 'M1']), // M10 is its last missing step
      module('M12', ['s2'], ['M10', 'M9']), // two prerequisites missing: unlocked by neither
      module('M15', ['s2'], ['M9']), // failed once: M9 unlocks its retake
      module('M16', ['k2'], ['M9']), // in progress: nothing to unlock
      module('M17', ['k1'], ['M9']),
    ];
    const ranked = recommendModules(input({
      modules: unlocking,
      enrolments: [{ moduleCode: 'M15', enrolledOn: '2024-02-01', startsOn: '2024-02-10' }, { moduleCode: 'M16', enrolledOn: '2025-02-01', startsOn: '2025-02-10' }],
      assessments: [...learnerA.assessments, { moduleCode: 'M15', score: 50, assessedOn: '2024-06-01' }],
    }), 20);
    // Gaps: K1 0.2, K2 1, S2 0.675352…; M10: 0.2 + M11's 1 = 1.2. M9: 0 + M15's 0.675352… + M17's 0.2 = 0.875352… → 0.8754.
    expect(ranked.map((r) => [r.rank, r.module.code, r.gapClosed, r.gapUnlocked, r.unlocks.map((u) => u.code), r.reason])).toEqual([
      [1, 'M10', 0.2, 1, ['M11'], 'raises 1 competency required for Network engineer (NT-K1); also unlocks M11, which covers 1 of the 2 missing skills for Network engineer (NT-K2); no prerequisite'],
      [2, 'M9', 0, 0.8754, ['M15', 'M17'], 'prerequisite of M15, which covers 1 of the 2 missing skills for Network engineer (NT-S2), and of M17, which raises 1 competency required for Network engineer (NT-K1); no prerequisite'],
    ]);
    // What it teaches itself stays apart from what it unlocks.
    expect([ranked[0].covers.map((i) => i.code), ranked[0].missingCovered]).toEqual([['NT-K1'], []]);
  });

  it('stops at the limit', () => {
    expect(recommendModules(input(), 1).map((r) => r.module.code)).toEqual(['M2']);
  });
});
