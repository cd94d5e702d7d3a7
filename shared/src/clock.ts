/**
 * The hub's one clock. Every rule that says "from", "until" or "in force"
 * (credit rules, recognition agreements, consent, issue and revocation dates,
 * the evidence that counts) reads "today" and "now" here, so the three
 * institutions can never disagree about what day it is.
 *
 * "Today" is the date in China Standard Time (Asia/Shanghai, UTC+8, no
 * daylight saving): an award issued this morning in Lanzhou is not "in the
 * future" while it is still yesterday in UTC. Instants stay 24-character ISO
 * strings in UTC, which compare correctly as text in SQL and in code.
 *
 * The clock can be pinned to a day: tests pin it (no test depends on the real
 * date), and a demo hub honours GUANTONG_CLOCK_TODAY (config.ts). A pinned
 * clock starts at noon of that day in China and keeps running, so instants
 * still advance between two writes. Security clocks (token lifetimes, replay
 * windows, the audit trail's own timestamps) always read the real time.
 */
import { isIsoDate } from './validation.ts';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** Milliseconds added to the real time; 0 unless the clock is pinned. */
let offsetMs = 0;

const nowMs = (): number => Date.now() + offsetMs;

/** The current instant, e.g. 2026-11-23T04:00:00.000Z. */
export const nowInstant = (): string => new Date(nowMs()).toISOString();

/** Today's date in China Standard Time, YYYY-MM-DD. */
export const todayInChina = (): string => chinaDayOf(nowMs());

/** The calendar day in China Standard Time on which an instant (epoch milliseconds) falls. */
export const chinaDayOf = (ms: number): string => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Pins the clock to noon (China Standard Time) of `day`, or back to the real
 * time with null. Process-wide: for tests, and for a demo hub started with
 * GUANTONG_CLOCK_TODAY.
 */
export function pinClock(day: string | null): void {
  if (day === null) {
    offsetMs = 0;
    return;
  }
  if (!isIsoDate(day)) throw new Error(`the clock can be pinned only to a date written YYYY-MM-DD, got "${day}"`);
  offsetMs = Date.parse(`${day}T12:00:00+08:00`) - Date.now();
}

/** An ISO date `days` after (or before, when negative) another. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
