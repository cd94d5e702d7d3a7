/**
 * An accreditation's life, kept apart from storage and GraphQL: which status
 * held on a day, the periods in which it was active, and how far it reaches.
 *
 * An accreditation lets one organisation award one standard from `validFrom`
 * to `validUntil`, both days included. Within that period its status changes
 * only forward in time: each change holds from its effective day until the
 * next one. The changes are kept in the order they were recorded, and their
 * effective days never decrease (rules.ts refuses a change dated before the
 * last one), so the status on any day can be read off the list.
 *
 * Dates are ISO strings (YYYY-MM-DD), which compare correctly as text.
 */
import { addDays } from '@guantong/shared/clock';

export type AccreditationStatus = 'ACTIVE' | 'SUSPENDED' | 'WITHDRAWN';

/** One status an administrator set, from a day on, and why. */
export interface StatusChange {
  status: AccreditationStatus;
  /** The first day the status holds. */
  effectiveOn: string;
  reason: string;
}

/** Who may award what, and between which days. */
export interface AccreditationTerms {
  id: string;
  organizationId: string;
  standardCode: string;
  /** The first day covered. */
  validFrom: string;
  /** The last day covered. */
  validUntil: string;
}

/**
 * An accreditation with every status it was given, in the order recorded: the
 * first is the grant (ACTIVE from `validFrom`).
 */
export interface Accreditation extends AccreditationTerms {
  changes: readonly StatusChange[];
}

/** A run of days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** The day falls within the accreditation's period. */
export const covers = (terms: Pick<AccreditationTerms, 'validFrom' | 'validUntil'>, day: string): boolean =>
  terms.validFrom <= day && day <= terms.validUntil;

/** The change in force on `day`: the last one recorded that took effect by then; null outside the period. */
export function changeOn(accreditation: Accreditation, day: string): StatusChange | null {
  if (!covers(accreditation, day)) return null;
  let current: StatusChange | null = null;
  for (const change of accreditation.changes) {
    if (change.effectiveOn <= day) current = change;
  }
  return current;
}

/** The status on `day`, or null when the day is outside the period. */
export const statusOn = (accreditation: Accreditation, day: string): AccreditationStatus | null => changeOn(accreditation, day)?.status ?? null;

// Stryker disable next-line EqualityOperator: for equal days either is the answer.
const later = (a: string, b: string) => (a > b ? a : b);
// Stryker disable next-line EqualityOperator: for equal days either is the answer.
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The runs of days on which the accreditation was ACTIVE, in order, each as
 * long as it goes: a suspension lifted on the day it began never broke a run.
 */
export function activePeriods(accreditation: Accreditation): Period[] {
  const periods: Period[] = [];
  const { changes, validFrom, validUntil } = accreditation;
  changes.forEach((change, i) => {
    const next = changes[i + 1];
    const from = later(change.effectiveOn, validFrom);
    const to = next ? earlier(addDays(next.effectiveOn, -1), validUntil) : validUntil;
    if (change.status !== 'ACTIVE' || from > to) return;
    const last = periods.at(-1);
    if (last && addDays(last.to, 1) === from) last.to = to;
    else periods.push({ from, to });
  });
  return periods;
}

/**
 * The last day the accreditation can ever be active: its `validUntil`, or the
 * day before its withdrawal took effect (a withdrawal is final). Before
 * `validFrom` when it was withdrawn before it began.
 */
export function lastCoveredDay(accreditation: Accreditation): string {
  const withdrawal = accreditation.changes.find((change) => change.status === 'WITHDRAWN');
  return withdrawal ? earlier(addDays(withdrawal.effectiveOn, -1), accreditation.validUntil) : accreditation.validUntil;
}
