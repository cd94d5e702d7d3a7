/**
 * The rules an administrator's accreditation decisions follow, kept apart
 * from storage and GraphQL: which standards need accreditation, what a grant
 * must say, which grants would overlap, and which status may follow which,
 * from which day.
 */
import { lastCoveredDay, type Accreditation, type AccreditationStatus, type AccreditationTerms } from './timeline.ts';

/** The standard's kind and issuer, as the catalogue has them. */
export interface StandardFacts {
  code: string;
  kind: 'VOCATIONAL_SKILL_LEVEL' | 'ENTERPRISE_TECHNICAL';
  issuerId: string;
}

/** A refusal: what was wrong, where, and what is accepted. */
export interface Refusal {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  field: string | null;
  message: string;
}

/**
 * 1+X vocational skill level certificates are awarded under accreditation by
 * the supervisor; an enterprise's own technical certificate is its own affair.
 */
export const requiresAccreditation = (standard: Pick<StandardFacts, 'kind'>): boolean => standard.kind === 'VOCATIONAL_SKILL_LEVEL';

const bad = (field: string, message: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message });

/** Why a grant of `terms` for `standard` is refused, or null when it may be made. */
export function grantRefusal(standard: StandardFacts, terms: Omit<AccreditationTerms, 'id' | 'standardCode'>): Refusal | null {
  if (!requiresAccreditation(standard)) {
    return bad('standardCode', `${standard.code} is an enterprise technical certificate, which its enterprise awards without accreditation; accreditations are granted for 1+X vocational skill level certificates (kind VOCATIONAL_SKILL_LEVEL)`);
  }
  if (standard.issuerId !== terms.organizationId) {
    return bad('organizationId', `${terms.organizationId} does not issue ${standard.code}: accreditation is granted to the standard's issuer, ${standard.issuerId}`);
  }
  if (terms.validUntil < terms.validFrom) {
    return bad('validUntil', `validUntil must be on or after validFrom (${terms.validFrom}), got ${terms.validUntil}`);
  }
  return null;
}

/**
 * An accreditation of the same organisation and standard that would cover a
 * day of `terms` too, so that two records could answer for one day. A
 * withdrawn accreditation reaches only to the day before its withdrawal.
 */
export function overlapping<T extends Accreditation>(existing: readonly T[], terms: Omit<AccreditationTerms, 'id'>): T | undefined {
  return existing.find(
    (other) =>
      other.organizationId === terms.organizationId &&
      other.standardCode === terms.standardCode &&
      other.validFrom <= terms.validUntil &&
      terms.validFrom <= lastCoveredDay(other) &&
      other.validFrom <= lastCoveredDay(other),
  );
}

/** The statuses that may follow each status. A withdrawal is final: a new grant replaces it. */
export const NEXT: Record<AccreditationStatus, readonly AccreditationStatus[]> = {
  ACTIVE: ['SUSPENDED', 'WITHDRAWN'],
  SUSPENDED: ['ACTIVE', 'WITHDRAWN'],
  WITHDRAWN: [],
};

/**
 * Why `status` from `effectiveOn` may not follow the accreditation's latest
 * change, or null when it may. A change takes effect today (China Standard
 * Time) at the earliest, so awards already made keep the standing they were
 * made under, and never before the latest change, so history reads in order.
 */
export function changeRefusal(accreditation: Accreditation, status: AccreditationStatus, effectiveOn: string, today: string): Refusal | null {
  const latest = accreditation.changes.at(-1);
  if (!latest) return { code: 'CONFLICT', field: null, message: `accreditation ${accreditation.id} has no grant on record, so its status cannot change` };
  if (!NEXT[latest.status].includes(status)) {
    const next = NEXT[latest.status];
    const allowed = next.length > 0 ? `it may become ${next.join(' or ')}` : 'a withdrawal is final: grant a new accreditation instead';
    return { code: 'CONFLICT', field: 'status', message: `accreditation ${accreditation.id} is ${latest.status} from ${latest.effectiveOn}; ${allowed}` };
  }
  // Stryker disable next-line EqualityOperator: for equal days either is the latest.
  const earliest = [today, accreditation.validFrom, latest.effectiveOn].reduce((a, b) => (a > b ? a : b));
  if (earliest > accreditation.validUntil) {
    return { code: 'CONFLICT', field: null, message: `accreditation ${accreditation.id} ended on ${accreditation.validUntil}: there is nothing left to change; grant a new accreditation instead` };
  }
  if (effectiveOn < earliest || effectiveOn > accreditation.validUntil) {
    return bad('effectiveOn', `effectiveOn must be between ${earliest} and ${accreditation.validUntil}: not before today (China Standard Time), the accreditation's start or its latest change, so awards already made keep their standing, and not after its end; got ${effectiveOn}`);
  }
  return null;
}

/** What an accreditation's history calls each step. */
export type AccreditationEventKind = 'GRANTED' | 'SUSPENDED' | 'REINSTATED' | 'WITHDRAWN';

/** The history entry a change to each status makes. */
export const EVENT_OF: Record<AccreditationStatus, AccreditationEventKind> = { ACTIVE: 'REINSTATED', SUSPENDED: 'SUSPENDED', WITHDRAWN: 'WITHDRAWN' };
