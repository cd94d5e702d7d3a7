import { describe, expect, it } from 'vitest';
import {
  addMonths, isMonth, isVolumeJump, issuingMonths, JUMP_MINIMUM, JUMP_MULTIPLE, MAX_REPORT_MONTHS, monthsBetween, NO_COUNTS, passRate,
  reportRange, totalsOf, trailingAverage, TRAILING_MONTHS, type MonthCounts,
} from '../accreditation/report.ts';

const counts = (awards: number, more: Partial<MonthCounts> = {}): MonthCounts => ({ ...NO_COUNTS, awards, ...more });
/** Awards by month, as a lookup. */
const volumes = (entries: Record<string, number>) => (month: string) => entries[month] ?? 0;

describe('calendar months', () => {
  it('are written YYYY-MM with a month from 01 to 12', () => {
    expect(['2026-01', '2026-12', '1999-09'].map(isMonth)).toEqual([true, true, true]);
    expect(['2026-00', '2026-13', '2026-1', '2026-06-01', ' 2026-06', '2026-06 ', '26-06'].map(isMonth)).toEqual([false, false, false, false, false, false, false]);
  });

  it('add across years, both ways', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -12)).toBe('2025-06');
    expect(addMonths('2026-06', 0)).toBe('2026-06');
    expect(addMonths('0999-12', 1)).toBe('1000-01');
    expect(addMonths('0999-11', 1)).toBe('0999-12');
  });

  it('list every month of a range, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-06', '2026-06')).toEqual(['2026-06']);
    expect(monthsBetween('2026-07', '2026-06')).toEqual([]);
  });
});

describe('the range of a report', () => {
  const TODAY = '2026-11-23';

  it('is the year to the current month by default', () => {
    expect(reportRange(null, null, TODAY)).toEqual({ from: '2025-12', to: '2026-11' });
  });

  it('is the year to `to` when only `to` is given, and up to the current month when only `from` is', () => {
    expect(reportRange(null, '2026-06', TODAY)).toEqual({ from: '2025-07', to: '2026-06' });
    expect(reportRange('2023-01', null, TODAY)).toEqual({ from: '2023-01', to: '2026-11' });
  });

  it('takes a single month, and up to 60 months', () => {
    expect(reportRange('2026-06', '2026-06', TODAY)).toEqual({ from: '2026-06', to: '2026-06' });
    expect(MAX_REPORT_MONTHS).toBe(60);
    expect(reportRange('2022-01', '2026-12', TODAY)).toEqual({ from: '2022-01', to: '2026-12' });
  });

  it('refuses 61 months, saying from when it may start', () => {
    expect(reportRange('2021-12', '2026-12', TODAY)).toEqual({
      field: 'from',
      message: 'a report covers at most 60 months: from must be 2022-01 or later for to = 2026-12, got 2021-12',
    });
  });

  it('refuses a range that ends before it starts', () => {
    expect(reportRange('2026-07', '2026-06', TODAY)).toEqual({ field: 'from', message: 'from must be on or before to (2026-06), got 2026-07' });
  });

  it('refuses a month not written YYYY-MM, naming the field', () => {
    expect(reportRange('2026-6', null, TODAY)).toEqual({ field: 'from', message: 'from must be a month written YYYY-MM, e.g. 2026-06, got "2026-6"' });
    expect(reportRange(null, '2026-06-01', TODAY)).toEqual({ field: 'to', message: 'to must be a month written YYYY-MM, e.g. 2026-06, got "2026-06-01"' });
  });
});

describe('the pass rate', () => {
  it('is passes per candidate', () => {
    expect(passRate({ candidates: 20, passed: 13 })).toBe(0.65);
    expect(passRate({ candidates: 4, passed: 0 })).toBe(0);
  });

  it('is unknown, not 100%, when no exam session was recorded', () => {
    expect(passRate({ candidates: 0, passed: 0 })).toBeNull();
  });
});

describe('the trailing average', () => {
  it(`is the mean of the months with awards among the ${TRAILING_MONTHS} before the month`, () => {
    expect(TRAILING_MONTHS).toBe(12);
    expect(trailingAverage(volumes({ '2025-06': 10, '2025-12': 20 }), '2026-06')).toBe(15);
  });

  it('leaves out months without awards, so a yearly season is steady', () => {
    expect(trailingAverage(volumes({ '2025-06': 12 }), '2026-06')).toBe(12);
  });

  it('looks back exactly twelve months, not at the month itself', () => {
    expect(trailingAverage(volumes({ '2025-06': 10, '2025-05': 90, '2026-06': 50 }), '2026-06')).toBe(10);
    expect(trailingAverage(volumes({ '2026-05': 8 }), '2026-06')).toBe(8);
  });

  it('is unknown when no month of the window had awards', () => {
    expect(trailingAverage(volumes({ '2025-05': 30 }), '2026-06')).toBeNull();
  });
});

describe('a volume jump', () => {
  it(`is more than ${JUMP_MULTIPLE} times the trailing average, with at least ${JUMP_MINIMUM} awards`, () => {
    expect([JUMP_MULTIPLE, JUMP_MINIMUM]).toEqual([2, 5]);
    expect(isVolumeJump(21, 10)).toBe(true);
    expect(isVolumeJump(20, 10)).toBe(false);
    expect(isVolumeJump(5, 2)).toBe(true);
  });

  it('is never fewer than the minimum, however small the average', () => {
    expect(isVolumeJump(4, 1)).toBe(false);
  });

  it('is never flagged without an average to compare with', () => {
    expect(isVolumeJump(500, null)).toBe(false);
  });
});

describe('the months of a report', () => {
  it('gives every month of the range, with its counts, pass rate, average and flag', () => {
    const series = new Map([
      ['2025-06', counts(10)],
      ['2026-06', counts(30, { revocations: 1, candidates: 40, passed: 30 })],
    ]);
    expect(issuingMonths('X-NED-1', series, '2026-05', '2026-07')).toEqual([
      { standardCode: 'X-NED-1', month: '2026-05', awards: 0, revocations: 0, candidates: 0, passed: 0, passRate: null, trailingAverage: 10, volumeJump: false },
      { standardCode: 'X-NED-1', month: '2026-06', awards: 30, revocations: 1, candidates: 40, passed: 30, passRate: 0.75, trailingAverage: 10, volumeJump: true },
      { standardCode: 'X-NED-1', month: '2026-07', awards: 0, revocations: 0, candidates: 0, passed: 0, passRate: null, trailingAverage: 30, volumeJump: false },
    ]);
  });

  it('sums every standard’s months into the organisation’s totals', () => {
    const ned = new Map([['2026-06', counts(12, { revocations: 1, candidates: 15, passed: 12 })]]);
    const ne = new Map([['2026-06', counts(10, { revocations: 2, candidates: 14, passed: 10 })], ['2026-07', counts(1)]]);
    expect(Object.fromEntries(totalsOf([ned, ne]))).toEqual({
      '2026-06': { awards: 22, revocations: 3, candidates: 29, passed: 22 },
      '2026-07': { awards: 1, revocations: 0, candidates: 0, passed: 0 },
    });
    expect(totalsOf([]).size).toBe(0);
  });
});
