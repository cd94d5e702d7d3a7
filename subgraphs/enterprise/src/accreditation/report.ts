/**
 * The issuing report's arithmetic, kept apart from storage and GraphQL:
 * calendar months, the pass rate, and the rule that flags a month whose
 * volume jumps (seed 004 §5.1 warns against "indiscriminate issuance of
 * certificates").
 *
 * The rule: a month is flagged when its awards are at least JUMP_MINIMUM and
 * more than JUMP_MULTIPLE times its trailing average. The trailing average is
 * the mean of the awards in the months with any awards among the
 * TRAILING_MONTHS before it. Months without awards are left out of the mean,
 * because 1+X certificates are awarded in seasons (the demo's every June): an
 * issuer that awards twelve certificates each June is steady, not jumping
 * every June. A month with no earlier awards in the window has no average and
 * is never flagged; a first season is a matter for the accreditation itself.
 *
 * Months are written YYYY-MM and compare correctly as text.
 */

/** A month's awards must exceed this multiple of the trailing average to be flagged. */
export const JUMP_MULTIPLE = 2;
/** Months with fewer awards than this are never flagged: from 1 to 3 is noise, not a jump. */
export const JUMP_MINIMUM = 5;
/** How many months before a month its trailing average looks at. */
export const TRAILING_MONTHS = 12;
/** The longest range one report covers, in months. */
export const MAX_REPORT_MONTHS = 60;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month written YYYY-MM. */
export const isMonth = (text: string): boolean => MONTH.test(text);

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * The range a report covers, or why it is refused: `to` defaults to the
 * current month, `from` to eleven months before `to` (a year in all).
 */
export function reportRange(from: string | null, to: string | null, today: string): { from: string; to: string } | { field: string; message: string } {
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && !isMonth(value)) return { field, message: `${field} must be a month written YYYY-MM, e.g. 2026-06, got "${value}"` };
  }
  const end = to ?? today.slice(0, 7);
  const start = from ?? addMonths(end, -11);
  if (start > end) return { field: 'from', message: `from must be on or before to (${end}), got ${start}` };
  if (start < addMonths(end, 1 - MAX_REPORT_MONTHS)) {
    return { field: 'from', message: `a report covers at most ${MAX_REPORT_MONTHS} months: from must be ${addMonths(end, 1 - MAX_REPORT_MONTHS)} or later for to = ${end}, got ${start}` };
  }
  return { from: start, to: end };
}

/** What happened in one month: awards and revocations dated in it, candidates and passes of the exam sessions held in it. */
export interface MonthCounts {
  awards: number;
  revocations: number;
  candidates: number;
  passed: number;
}

export const NO_COUNTS: MonthCounts = Object.freeze({ awards: 0, revocations: 0, candidates: 0, passed: 0 });

/** Passes per candidate of the month's exam sessions, from 0 to 1; null when no session was recorded. */
export const passRate = (counts: Pick<MonthCounts, 'candidates' | 'passed'>): number | null =>
  counts.candidates === 0 ? null : counts.passed / counts.candidates;

/** The mean of the awards in the months with any among the TRAILING_MONTHS before `month`; null when there were none. */
export function trailingAverage(awardsIn: (month: string) => number, month: string): number | null {
  const volumes = monthsBetween(addMonths(month, -TRAILING_MONTHS), addMonths(month, -1)).map(awardsIn).filter((awards) => awards > 0);
  return volumes.length === 0 ? null : volumes.reduce((sum, awards) => sum + awards, 0) / volumes.length;
}

/** The flag: at least JUMP_MINIMUM awards, and more than JUMP_MULTIPLE times the trailing average. */
export const isVolumeJump = (awards: number, average: number | null): boolean =>
  average !== null && awards >= JUMP_MINIMUM && awards > JUMP_MULTIPLE * average;

/** One month of the report, for one standard or (standardCode null) the organisation's total. */
export interface IssuingMonthRow extends MonthCounts {
  standardCode: string | null;
  month: string;
  passRate: number | null;
  trailingAverage: number | null;
  volumeJump: boolean;
}

/**
 * The months `from`..`to` of one series. `counts` holds the months with
 * anything in them, the TRAILING_MONTHS before `from` included, so the first
 * months of the range have their average too.
 */
export function issuingMonths(standardCode: string | null, counts: ReadonlyMap<string, MonthCounts>, from: string, to: string): IssuingMonthRow[] {
  const awardsIn = (month: string) => counts.get(month)?.awards ?? 0;
  return monthsBetween(from, to).map((month) => {
    const own = counts.get(month) ?? NO_COUNTS;
    const average = trailingAverage(awardsIn, month);
    return { standardCode, month, ...own, passRate: passRate(own), trailingAverage: average, volumeJump: isVolumeJump(own.awards, average) };
  });
}

/** The organisation's totals: each month's counts summed over its standards. */
export function totalsOf(series: Iterable<ReadonlyMap<string, MonthCounts>>): Map<string, MonthCounts> {
  const totals = new Map<string, MonthCounts>();
  for (const counts of series) {
    for (const [month, own] of counts) {
      const sum = totals.get(month) ?? NO_COUNTS;
      totals.set(month, {
        awards: sum.awards + own.awards,
        revocations: sum.revocations + own.revocations,
        candidates: sum.candidates + own.candidates,
        passed: sum.passed + own.passed,
      });
    }
  }
  return totals;
}
