/**
 * Input checks of the three-tier evaluation. Each throws BAD_USER_INPUT with a
 * message that says what is accepted.
 */
import { todayInChina } from '@guantong/shared/clock';
import { badInput } from '@guantong/shared/errors';
import type { EnrollmentRow } from '../entities/enrollment.ts';

/** Certificate standard codes as the enterprise subgraph issues them, e.g. X-OSOP-1. */
const STANDARD_CODE = /^[A-Z0-9-]{2,32}$/;
/** A module code is its standard's code plus a suffix, e.g. X-OSOP-1-M1. */
const MODULE_CODE = /^[A-Z0-9-]{2,40}$/;

export function requireStandardCode(value: string, field = 'standardCode'): string {
  if (!STANDARD_CODE.test(value)) {
    throw badInput(`${field} "${value}" is not a certificate standard code: use 2 to 32 capital letters, digits or hyphens, e.g. X-OSOP-1`, { field });
  }
  return value;
}

export function requireModuleCode(value: string, field = 'moduleCode'): string {
  if (!MODULE_CODE.test(value)) {
    throw badInput(`${field} "${value}" is not a module code: use 2 to 40 capital letters, digits or hyphens, e.g. X-OSOP-1-M1`, { field });
  }
  return value;
}

/** Today on the hub's one clock (China Standard Time). */
export const today = todayInChina;

/**
 * A dated record belongs to the learner's secondary stage: not before the
 * enrolment, not after the stage ended, and not in the future.
 */
export function requireDuringStage(date: string, enrollment: EnrollmentRow, field: string): string {
  if (date < enrollment.enrolledOn) {
    throw badInput(`${field} ${date} is before the learner's enrolment on ${enrollment.enrolledOn}; use a date during the secondary stage`, { field });
  }
  if (enrollment.completedOn !== null && date > enrollment.completedOn) {
    throw badInput(`${field} ${date} is after the learner's secondary stage ended on ${enrollment.completedOn}; use a date during the secondary stage`, { field });
  }
  if (date > today()) throw badInput(`${field} ${date} is in the future; record it once it has taken place`, { field });
  return date;
}
