/**
 * Was an organisation accredited to award a standard on a day, and by which
 * accreditation? The one decision behind awardCertificate's refusal, the
 * verification of an award, and a verifier's `accredited` check.
 */
import { changeOn, type Accreditation, type AccreditationStatus, type StatusChange } from './timeline.ts';

/**
 * ACCREDITED: an accreditation was ACTIVE that day. SUSPENDED or WITHDRAWN: the
 * accreditation covering the day had that status. NOT_ACCREDITED: none covered
 * the day. NOT_REQUIRED: the standard needs no accreditation (an enterprise's
 * own technical certificate).
 */
export type AccreditationStanding = 'ACCREDITED' | 'SUSPENDED' | 'WITHDRAWN' | 'NOT_ACCREDITED' | 'NOT_REQUIRED';

/** Who, what and when a standing is asked about. */
export interface StandingQuery {
  organizationId: string;
  standardCode: string;
  day: string;
}

/**
 * The standing, with the accreditation that decided it (the active one, else
 * the one covering the day) and its change in force that day; neither when no
 * accreditation covered the day or none was needed.
 */
export type Standing =
  | { standing: 'NOT_ACCREDITED' | 'NOT_REQUIRED'; accreditation: null; change: null }
  | { standing: 'ACCREDITED' | 'SUSPENDED' | 'WITHDRAWN'; accreditation: Accreditation; change: StatusChange };

type Found = { accreditation: Accreditation; change: StatusChange };

const STANDING = { ACTIVE: 'ACCREDITED', SUSPENDED: 'SUSPENDED', WITHDRAWN: 'WITHDRAWN' } as const satisfies Record<AccreditationStatus, AccreditationStanding>;
/**
 * Which covering accreditation speaks when several cover the day (only a
 * withdrawn one can overlap another): an active one, then a suspended one
 * that may resume; between equals, the one granted from the later day, then
 * the greater id, so the answer never depends on the order rows were read in.
 */
const RANK: Record<AccreditationStatus, number> = { ACTIVE: 0, SUSPENDED: 1, WITHDRAWN: 2 };

const orderKey = ({ validFrom, id }: Accreditation) => `${validFrom}\n${id}`;

function speaksBefore(candidate: Found, best: Found | null): boolean {
  if (best === null) return true;
  const rank = RANK[candidate.change.status] - RANK[best.change.status];
  // Stryker disable next-line EqualityOperator: the keys are equal only for one accreditation listed twice.
  return rank < 0 || (rank === 0 && orderKey(candidate.accreditation) > orderKey(best.accreditation));
}

/**
 * The organisation's standing for the standard on `query.day`, among
 * `accreditations` (others' are ignored). `required` is false for a standard
 * that needs no accreditation.
 */
export function standingOn(accreditations: readonly Accreditation[], query: StandingQuery, required: boolean): Standing {
  if (!required) return { standing: 'NOT_REQUIRED', accreditation: null, change: null };
  let best: Found | null = null;
  for (const accreditation of accreditations) {
    if (accreditation.organizationId !== query.organizationId || accreditation.standardCode !== query.standardCode) continue;
    const change = changeOn(accreditation, query.day);
    if (change && speaksBefore({ accreditation, change }, best)) best = { accreditation, change };
  }
  if (best === null) return { standing: 'NOT_ACCREDITED', accreditation: null, change: null };
  return { standing: STANDING[best.change.status], ...best };
}

/** True when the standing lets the organisation award the standard that day. */
export const permitsAward = (standing: AccreditationStanding): boolean => standing === 'ACCREDITED' || standing === 'NOT_REQUIRED';

/** The standing in one sentence, naming the accreditation that decided it. */
export function explainStanding(found: Standing, { organizationId, standardCode, day }: StandingQuery): string {
  const who = `${organizationId} ${found.standing === 'ACCREDITED' ? 'was' : 'was not'} accredited for ${standardCode} on ${day}`;
  if (found.standing === 'NOT_REQUIRED') return `${standardCode} is an enterprise's own technical certificate: its issuer needs no accreditation to award it.`;
  if (found.accreditation === null) return `${who}: no accreditation of it covered that day.`;
  const { accreditation, change } = found;
  const record = `accreditation ${accreditation.id} (${accreditation.validFrom} to ${accreditation.validUntil})`;
  if (found.standing === 'ACCREDITED') return `${who}, by ${record}.`;
  return `${who}: ${record} was ${change.status.toLowerCase()} from ${change.effectiveOn} (${change.reason}).`;
}
