/**
 * The hub's calendar and clock as every institution reads them: when a term
 * starts and ends, when its results count, which terms a school may record,
 * what day it is in China, and printed names compared as a person reads them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, nowInstant, pinClock, todayInChina } from '../clock.ts';
import { normalizeName, sameName } from '../names.ts';
import { requireRecordableTerm, termEnd, termEnded, termStart } from '../terms.ts';

describe('the academic calendar', () => {
  it('semester 1 runs from 1 September to 31 January, semester 2 from 1 February to 31 July', () => {
    expect([termStart('2024-2025-1'), termEnd('2024-2025-1')]).toEqual(['2024-09-01', '2025-01-31']);
    expect([termStart('2024-2025-2'), termEnd('2024-2025-2')]).toEqual(['2025-02-01', '2025-07-31']);
  });

  it.each(['2024-2026-1', '2024-2024-1', 'x2024-2025-1', '2024-2025-1x', '2024-2025-3', ''])('the malformed term "%s" has no start and no end', (term) => {
    expect([termStart(term), termEnd(term)]).toEqual([null, null]);
  });

  it('a term’s results count from its last day, not before; a malformed term never ends', () => {
    expect(termEnded('2024-2025-1', '2025-01-30')).toBe(false);
    expect(termEnded('2024-2025-1', '2025-01-31')).toBe(true);
    expect(termEnded('2024-2025-1', '2025-02-01')).toBe(true);
    expect(termEnded('2024-2025-9', '2099-01-01')).toBe(false);
  });
});

describe('the terms a school may record results for', () => {
  const stage: { enrolledOn: string; completedOn: string | null } = { enrolledOn: '2023-09-01', completedOn: '2026-07-31' };
  const recordable = (term: string, today = '2025-03-01', dates = stage) => requireRecordableTerm(term, today, dates, 'secondary');

  it('a term of the enrolment that has begun, from its first day', () => {
    expect(recordable('2024-2025-2')).toBe('2024-2025-2');
    expect(recordable('2024-2025-2', '2025-02-01')).toBe('2024-2025-2');
  });

  it('not a term that starts after today', () => {
    expect(() => recordable('2024-2025-2', '2025-01-31')).toThrow(
      'term 2024-2025-2 starts on 2025-02-01, after today 2025-01-31 (China Standard Time); record its results once the term has started',
    );
  });

  it('not a term that ended before the enrolment; the term in which it began is recordable', () => {
    expect(() => recordable('2022-2023-2')).toThrow("term 2022-2023-2 ended on 2023-07-31, before the learner's secondary enrolment on 2023-09-01; record results only for terms of the enrolment");
    expect(recordable('2022-2023-2', '2025-03-01', { ...stage, enrolledOn: '2023-07-31' })).toBe('2022-2023-2');
  });

  it('not a term that starts after the stage ended; the term in which it ended is recordable; a stage still running has no end', () => {
    const done = { ...stage, completedOn: '2024-01-31' };
    expect(() => recordable('2023-2024-2', '2025-03-01', done)).toThrow(
      "term 2023-2024-2 starts on 2024-02-01, after the learner's secondary stage ended on 2024-01-31; record results only for terms of the enrolment",
    );
    expect(recordable('2023-2024-2', '2025-03-01', { ...stage, completedOn: '2024-02-01' })).toBe('2023-2024-2');
    expect(recordable('2024-2025-2', '2025-03-01', { ...stage, completedOn: null })).toBe('2024-2025-2');
  });

  it('a malformed term is refused with BAD_USER_INPUT on the term field, saying how to write it', () => {
    expect(() => recordable('2024-2025-3')).toThrow(
      expect.objectContaining({
        message: 'term "2024-2025-3" is malformed: write the academic year then the semester, e.g. 2024-2025-1',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'term' }),
      }),
    );
  });

  it('every refusal names the term field', () => {
    for (const refused of [() => recordable('2025-2026-1'), () => recordable('2020-2021-1'), () => recordable('2026-2027-1', '2027-01-01')]) {
      expect(refused).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'term' }) }));
    }
  });
});

describe('the hub’s one clock', () => {
  afterEach(() => pinClock(null));

  it('a pinned clock reads noon of that day in China: 04:00 UTC', () => {
    pinClock('2026-11-23');
    expect(todayInChina()).toBe('2026-11-23');
    expect(nowInstant().slice(0, 16)).toBe('2026-11-23T04:00');
  });

  it('today is the date in China, eight hours ahead of UTC', () => {
    pinClock(null);
    const china = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(todayInChina()).toBe(china);
    expect(Math.abs(Date.parse(nowInstant()) - Date.now())).toBeLessThan(5_000);
  });

  it('unpinned, the clock reads the real time again', () => {
    pinClock('2001-01-01');
    pinClock(null);
    expect(Math.abs(Date.parse(nowInstant()) - Date.now())).toBeLessThan(5_000);
  });

  it('refuses to pin to anything but a date written YYYY-MM-DD', () => {
    expect(() => pinClock('23/11/2026')).toThrow('the clock can be pinned only to a date written YYYY-MM-DD, got "23/11/2026"');
  });

  it('counts days across months and years, forwards and back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-11-23', 30)).toBe('2026-12-23');
  });
});

describe('printed names', () => {
  it('runs of spaces, including the ideographic space, read as one; no space at either end', () => {
    expect(normalizeName('  王\u3000\u3000 小明  ')).toBe('王 小明');
  });

  it('a name composed differently in Unicode is the same name', () => {
    expect(sameName('Ame\u0301lie  Wang', ' Amélie Wang')).toBe(true);
    expect(sameName('王小明', '王小民')).toBe(false);
  });
});
