import { describe, expect, it } from 'vitest';
import { profileOf } from '../profile.ts';
import { radarOf } from '../radar.ts';
import { learnerA } from './fixtures.ts';

describe('the radar view', () => {
  const profile = profileOf(learnerA, '2025-03-01');

  it('averages each kind and sets the target job beside it: 1 essential, 0.5 optional, 0 not required', () => {
    const axes = radarOf(profile, [{ itemId: 'k1', essential: true }, { itemId: 's2', essential: true }, { itemId: 'a1', essential: false }]);
    expect(axes).toEqual([
      // K1 0.8 and K2 0 → 0.4; required (1 + 0) / 2 = 0.5; K1 met.
      { kind: 'KNOWLEDGE', attained: 0.4, required: 0.5, items: 2, requiredItems: 1, metRequiredItems: 1 },
      // S2 23.05 / 71 → 0.3246, essential and not met.
      { kind: 'SKILL', attained: 0.3246, required: 1, items: 1, requiredItems: 1, metRequiredItems: 0 },
      { kind: 'ATTITUDE', attained: 0.8786, required: 0.5, items: 1, requiredItems: 1, metRequiredItems: 1 },
    ]);
  });

  it('has no requirement without a target job, and no axis for a kind the framework lacks', () => {
    const skillsOnly = { ...profile, items: profile.items.filter((a) => a.item.kind === 'SKILL') };
    expect(radarOf(skillsOnly, null)).toEqual([{ kind: 'SKILL', attained: 0.3246, required: null, items: 1, requiredItems: 0, metRequiredItems: 0 }]);
  });
});
