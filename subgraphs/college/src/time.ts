/**
 * Date arithmetic of the college. The clock itself is the hub's one clock
 * (shared/src/clock.ts): consent, credit rules and progression are decided
 * against the instant a request is served, in China Standard Time.
 */
export { addDays, nowInstant, todayInChina } from '@guantong/shared/clock';

/** Whole years from `birthDate` to `today` (both ISO dates): the age on that day. */
export function wholeYears(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const birthdayPassed = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayPassed ? 0 : 1);
}
