import { describe, expect, it } from 'vitest';
import { wholeYears } from '../access/age.ts';

describe('a learner’s age, which decides who consents for them', () => {
  it.each([
    ['2012-06-15', '2026-06-14', 13],
    ['2012-06-15', '2026-06-15', 14],
    ['2012-06-15', '2026-12-31', 14],
    // Born on a leap day: a year older on 1 March in other years.
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2012-02-29', '2028-02-29', 16],
  ])('born %s, on %s is %i', (birthDate, today, age) => {
    expect(wholeYears(birthDate, today)).toBe(age);
  });
});
