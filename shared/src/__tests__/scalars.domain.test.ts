/** Dates and instants: refused on input unless well formed, passed through unchanged otherwise. */
import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, LearnerIdScalar } from '../scalars.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { message: (error as Error).message, code: (error as { extensions?: { code?: string } }).extensions?.code };
  }
  return null;
};

describe('the Date scalar', () => {
  it('passes a calendar date through unchanged, from a variable, a literal and a resolver', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-09-01' })).toBe('2026-09-01');
    expect(DateScalar.serialize('2026-09-01')).toBe('2026-09-01');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026/09/01', '20260901', '2026-09-01T00:00:00Z', '', 20260901])('refuses %j with BAD_USER_INPUT, naming the format', (value) => {
    expect(refusal(() => DateScalar.parseValue(value))).toEqual({ code: 'BAD_USER_INPUT', message: `Date must be a calendar date written YYYY-MM-DD, e.g. 2026-09-01; got ${JSON.stringify(value)}` });
  });

  it('refuses a literal that is not a string', () => {
    expect(refusal(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20260901' }))?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the DateTime scalar', () => {
  it.each(['2026-09-01T08:30:00Z', '2026-09-01T08:30:00.123Z', '2026-09-01T16:30:00+08:00'])('passes %s through unchanged', (value) => {
    expect(DateTimeScalar.parseValue(value)).toBe(value);
    expect(DateTimeScalar.serialize(value)).toBe(value);
  });

  it.each(['2026-09-01', '2026-09-01T08:30:00', '2026-02-30T08:30:00Z', '2026-09-01 08:30:00Z', 'yesterday'])('refuses %s, naming the format', (value) => {
    expect(refusal(() => DateTimeScalar.parseValue(value))).toEqual({ code: 'BAD_USER_INPUT', message: `DateTime must be an RFC 3339 date-time with an offset, e.g. 2026-09-01T08:30:00Z; got "${value}"` });
  });
});

describe('a refused variable names its field', () => {
  it('takes the last step of the path, or the variable itself', async () => {
    const { fieldOfVariableError } = await import('../masking.ts');
    expect(fieldOfVariableError('Variable "$input" got invalid value "2025-02-30" at "input.assessedOn"; Expected type "Date". Date must be …')).toBe('assessedOn');
    expect(fieldOfVariableError('Variable "$input" got invalid value "x" at "input.rows[2].effectiveFrom"; Expected type "Date".')).toBe('effectiveFrom');
    expect(fieldOfVariableError('Variable "$effectiveOn" got invalid value "2027-02-30"; Expected type "Date". Date must be …')).toBe('effectiveOn');
    expect(fieldOfVariableError('first must be from 1 to 100, got 0')).toBeUndefined();
  });
});

describe('the LearnerId scalar', () => {
  it('passes a learner id with its check character, and refuses a mistyped one, naming the format', () => {
    expect(LearnerIdScalar.parseValue('GT202200001X')).toBe('GT202200001X');
    expect(refusal(() => LearnerIdScalar.parseValue('GT2022000011'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'LearnerId must be a Guantong learner id: GT, 9 digits and a check character, e.g. GT202200001X; got "GT2022000011"',
    });
  });
});
