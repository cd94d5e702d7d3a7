import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_TODAY } from '../demo/index.ts';
import { addDays, chinaDayOf, nowInstant, pinClock, todayInChina } from '../clock.ts';

describe('the hub’s one clock', () => {
  afterEach(() => {
    vi.useRealTimers();
    pinClock(DEMO_TODAY);
  });

  it('says what day it is in China, not in UTC', () => {
    pinClock(null);
    vi.useFakeTimers({ toFake: ['Date'] });
    // 20:30 UTC on 22 November is 04:30 on 23 November in Lanzhou.
    vi.setSystemTime(new Date('2026-11-22T20:30:00Z'));
    expect(todayInChina()).toBe('2026-11-23');
    expect(nowInstant()).toBe('2026-11-22T20:30:00.000Z');
    vi.setSystemTime(new Date('2026-11-23T15:59:59Z'));
    expect(todayInChina()).toBe('2026-11-23');
    vi.setSystemTime(new Date('2026-11-23T16:00:00Z'));
    expect(todayInChina()).toBe('2026-11-24');
  });

  it('tells the day in China on which any instant falls', () => {
    expect(chinaDayOf(Date.parse('2026-06-19T15:59:59.999Z'))).toBe('2026-06-19');
    expect(chinaDayOf(Date.parse('2026-06-19T16:00:00Z'))).toBe('2026-06-20');
    expect(chinaDayOf(Date.parse('2026-06-20T00:00:00+08:00'))).toBe('2026-06-20');
  });

  it('can be pinned to a day, from noon in China, and keeps running from there', async () => {
    pinClock('2027-06-20');
    expect(todayInChina()).toBe('2027-06-20');
    const first = nowInstant();
    expect(first.slice(0, 13)).toBe('2027-06-20T04');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(nowInstant() > first).toBe(true);
    pinClock('2026-01-31');
    expect(todayInChina()).toBe('2026-01-31');
  });

  it('refuses to be pinned to something that is not a date', () => {
    expect(() => pinClock('2026-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('counts days across months and leap years', () => {
    expect(addDays('2026-11-23', 366)).toBe('2027-11-24');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
