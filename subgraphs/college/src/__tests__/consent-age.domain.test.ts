/**
 * Who manages a learner's consent, by their age on the day in China: the
 * learner from their 14th birthday, their guardian at any age.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pinClock } from '@guantong/shared/clock';
import type { Actor } from '@guantong/shared/identity';
import { authorizeConsent, grantorOf } from '../mutations/consent-authority.ts';
import { wholeYears } from '../access/age.ts';

const LEARNER = 'GT202200001X';
const learner: Actor = { kind: 'user', subject: 'STUDENT:x', role: 'STUDENT', studentId: LEARNER };
const guardian: Actor = { kind: 'user', subject: 'GUARDIAN:x', role: 'GUARDIAN', studentId: LEARNER };

afterEach(() => pinClock(null));

describe('a learner’s age on a day', () => {
  it.each([
    ['2012-11-23', '2026-11-23', 14, 'on their birthday'],
    ['2012-11-24', '2026-11-23', 13, 'the day before their birthday'],
    ['2012-11-22', '2026-11-23', 14, 'the day after their birthday'],
    ['2012-12-01', '2026-11-23', 13, 'a month before their birthday'],
    ['2012-10-30', '2026-11-23', 14, 'a month after their birthday'],
    ['2012-01-31', '2026-02-01', 14, 'in the month after their birthday, on an earlier day of the month'],
  ])('born %s, on %s they are %i (%s)', (birthDate, today, age) => {
    expect(wholeYears(birthDate, today)).toBe(age);
  });
});

describe('managing consent', () => {
  it('a learner who turns 14 today manages their own consent', () => {
    pinClock('2026-11-23');
    expect(authorizeConsent(learner, LEARNER, '2012-11-23')).toMatchObject({ allowed: true });
  });

  it('a learner who turns 14 tomorrow needs their guardian', () => {
    pinClock('2026-11-23');
    expect(() => authorizeConsent(learner, LEARNER, '2012-11-24')).toThrow(/needs their guardian/);
  });

  it('a learner whose birth date is unknown needs their guardian; the guardian may act at any age', () => {
    pinClock('2026-11-23');
    expect(() => authorizeConsent(learner, LEARNER, null)).toThrow(/needs their guardian/);
    expect(authorizeConsent(guardian, LEARNER, null)).toMatchObject({ allowed: true, basis: 'guardian' });
  });

  it('the history names who made a grant: the guardian, or the learner', () => {
    expect(grantorOf(guardian)).toBe('GUARDIAN');
    expect(grantorOf(learner)).toBe('STUDENT');
    expect(grantorOf({ kind: 'anonymous' })).toBe('STUDENT');
  });
});
