/**
 * A learner's age on a day, which decides who may consent for them. "Today" is
 * the hub's one clock (shared/src/clock.ts), in China Standard Time.
 */

/** Whole years from `birthDate` to `today` (both ISO dates): the age on that day. */
export function wholeYears(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const birthdayPassed = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayPassed ? 0 : 1);
}
