/**
 * What the hub accepts as a learner id, a national ID, a score, a term, a date
 * and a piece of text, with the edge of each rule on both sides.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  birthDateOf, isIsoDate, isValidLearnerId, isValidNationalId, learnerId, mod11_2,
  requireDate, requireLearnerId, requireNationalId, requireScore, requireTerm, requireText,
} from '../validation.ts';

/** The field and message a refusal carries. */
function refusalOf(fn: () => unknown): { code: unknown; field: unknown; message: string } | undefined {
  try {
    fn();
  } catch (err) {
    const e = err as GraphQLError;
    return { code: e.extensions.code, field: e.extensions.field, message: e.message };
  }
  return undefined;
}

const withCheck = (body17: string) => body17 + mod11_2(body17);

describe('national ID numbers (GB 11643)', () => {
  it('accepts a valid number, including one whose check character is X, and gives its birth date', () => {
    expect(requireNationalId('11010519491231002X')).toBe('11010519491231002X');
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateOf(withCheck('62010220100315123'))).toBe('2010-03-15');
  });

  it('refuses an impossible birth date even when the check digit is right', () => {
    const feb30 = withCheck('11010519490230002');
    expect(mod11_2(feb30.slice(0, 17))).toBe(feb30[17]);
    expect(isValidNationalId(feb30)).toBe(false);
  });

  it.each([
    ['a wrong check digit', '110105194912310021'],
    ['letters where digits belong', `A${withCheck('1010519491231002').slice(0, 17)}`],
    ['extra characters after a valid number', '11010519491231002X7'],
    ['a digit after a valid number', `${withCheck('62010220100315124')}0`],
    ['extra characters before a valid number', '711010519491231002X'],
    ['17 characters', '11010519491231002'],
  ])('refuses %s, saying what is accepted', (_what, value) => {
    expect(refusalOf(() => requireNationalId(value))).toEqual({
      code: 'BAD_USER_INPUT', field: 'nationalId',
      message: 'nationalId must be an 18-character GB 11643 citizen ID number with a valid birth date and check digit',
    });
  });
});

describe('learner ids', () => {
  it('accepts a well-formed id, including one whose check character is X', () => {
    const ids = Array.from({ length: 30 }, (_, i) => learnerId(2022, i + 1));
    expect(ids.some((id) => id.endsWith('X'))).toBe(true);
    for (const id of ids) expect(requireLearnerId(id)).toBe(id);
  });

  it.each([
    ['a mistyped digit', learnerId(2022, 1).replace('00001', '00002')],
    ['a leading space-free prefix', `x${learnerId(2022, 1)}`],
    ['a trailing character', `${learnerId(2022, 1)}0`],
    ['a letter among the digits', 'GT2022A0001X'],
    ['another prefix', learnerId(2022, 1).replace('GT', 'GX')],
    ['two ids run together', `00${learnerId(2022, 1).slice(2)}${learnerId(2022, 1)}`],
  ])('refuses %s, with an example of a valid id', (_what, value) => {
    expect(isValidLearnerId(value)).toBe(false);
    expect(refusalOf(() => requireLearnerId(value))).toEqual({
      code: 'BAD_USER_INPUT', field: 'studentId',
      message: `studentId "${value}" is not a Guantong learner id: expected GT, 9 digits and a check character, e.g. ${learnerId(2022, 1)}`,
    });
  });
});

describe('scores', () => {
  it.each([0, 0.5, 59.5, 60, 100])('accepts %s', (score) => {
    expect(requireScore(score)).toBe(score);
  });

  it.each([-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s, naming the field', (score) => {
    expect(refusalOf(() => requireScore(score, 'minScore'))).toEqual({ code: 'BAD_USER_INPUT', field: 'minScore', message: `minScore must be a number from 0 to 100, got ${score}` });
    expect(refusalOf(() => requireScore(score))?.field).toBe('score');
  });
});

describe('terms', () => {
  it.each(['2024-2025-1', '2024-2025-2'])('accepts %s', (term) => {
    expect(requireTerm(term)).toBe(term);
  });

  it.each(['x2024-2025-1', '2024-2025-1x', '2024-2025-12', '2024-2026-1', '2024-2025-3'])('refuses %s, with examples', (term) => {
    expect(refusalOf(() => requireTerm(term))).toEqual({
      code: 'BAD_USER_INPUT', field: 'term',
      message: `term "${term}" is malformed: write the academic year then the semester, e.g. 2024-2025-1 or 2024-2025-2`,
    });
  });
});

describe('dates', () => {
  it.each(['2024-02-29', '2026-12-31'])('accepts the calendar date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(requireDate(value, 'issuedOn')).toBe(value);
  });

  it.each(['2025-02-29', '2026-13-01', 'x2026-01-01', '2026-01-01x', '2026-1-1', ''])('refuses %s, naming the field', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(refusalOf(() => requireDate(value, 'issuedOn'))).toEqual({ code: 'BAD_USER_INPUT', field: 'issuedOn', message: `issuedOn must be a calendar date written YYYY-MM-DD, got "${value}"` });
  });
});

describe('text', () => {
  it('trims, and accepts from 1 character to the limit', () => {
    expect(requireText('  李一诺 ', 'name')).toBe('李一诺');
    expect(requireText('a'.repeat(5), 'purpose', 5)).toBe('aaaaa');
    expect(requireText('a'.repeat(200), 'purpose')).toHaveLength(200);
  });

  it.each([['', 5], ['   ', 5], ['a'.repeat(6), 5], ['a'.repeat(201), undefined]])('refuses %j with the accepted length', (value, max) => {
    expect(refusalOf(() => requireText(value, 'purpose', max))).toEqual({ code: 'BAD_USER_INPUT', field: 'purpose', message: `purpose must be between 1 and ${max ?? 200} characters` });
  });
});
