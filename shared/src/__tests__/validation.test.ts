import { describe, expect, it } from 'vitest';
import { isValidLearnerId, isValidNationalId, learnerId, mod11_2, requireScore, requireTerm } from '../validation.ts';

describe('GB 11643 citizen ID numbers', () => {
  it('accepts a number whose ISO 7064 MOD 11-2 check digit is right', () => {
    expect(isValidNationalId('11010519491231002X')).toBe(true);
    expect(isValidNationalId('440524188001010014')).toBe(true);
  });

  it('refuses a wrong check digit, an impossible birth date, and the wrong length', () => {
    expect(isValidNationalId('110105194912310021')).toBe(false);
    expect(isValidNationalId('110105194902300024')).toBe(false);
    expect(isValidNationalId('11010519491231002')).toBe(false);
  });
});

describe('hub-wide learner ids', () => {
  it('carry a check character that catches a mistyped digit', () => {
    const id = learnerId(2022, 1);
    expect(id).toBe(`GT202200001${mod11_2('202200001')}`);
    expect(isValidLearnerId(id)).toBe(true);
    expect(isValidLearnerId(id.replace('00001', '00002'))).toBe(false);
  });
});

describe('results input', () => {
  it('accepts terms written academic year then semester', () => {
    expect(requireTerm('2024-2025-1')).toBe('2024-2025-1');
  });

  it.each(['2024-2026-1', '2024-2025-3', '2024/2025-1', '24-25-1'])('refuses the malformed term %s', (term) => {
    expect(() => requireTerm(term)).toThrow(/2024-2025-1/);
  });

  it.each([-0.5, 100.5, Number.NaN])('refuses the score %s', (score) => {
    expect(() => requireScore(score)).toThrow(/0 to 100/);
  });
});
