/**
 * The clock, read at request time. Consent is decided against the instant a
 * request is served, never a cached one, so a grant that expired or was revoked
 * a moment ago no longer counts. Instants are 24-character ISO strings (UTC),
 * which compare correctly as text in SQL and in code.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const nowInstant = (): string => new Date().toISOString();

/** Today's date in UTC, YYYY-MM-DD. */
export const todayUtc = (): string => nowInstant().slice(0, 10);

/** An ISO date `days` after (or before, when negative) another. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole years from `birthDate` to `today` (both ISO dates): the age on that day. */
export function wholeYears(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const birthdayPassed = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayPassed ? 0 : 1);
}
