/**
 * The accreditation check, for anyone who has an issuer, a standard and a
 * day: verifyCertificate's `issuerAccreditation`, the public
 * `accreditationStanding`, and a verifier of credentials that must say
 * whether the issuer was accredited for the achievement on its issue date.
 *
 *   const check = await checkAccreditation(ctx, { organizationId, standardCode, on });
 *   check.satisfied  // true: ACCREDITED that day, or the standard needs no accreditation
 *   check.explanation // one sentence naming the accreditation, or why not
 *
 * Reads through the request's loaders: any number of checks in one tick cost
 * the same statements (the standards, the accreditations, their histories).
 * It writes nothing and records nothing about any learner.
 */
import type { Context } from '../context.ts';
import type { StandardRow } from '../entities/standard.ts';
import { requiresAccreditation } from './rules.ts';
import { explainStanding, permitsAward, standingOn, type AccreditationStanding, type StandingQuery } from './standing.ts';
import type { AccreditationRecord } from './store.ts';

export interface AccreditationQuery {
  organizationId: string;
  standardCode: string;
  /** ISO date (YYYY-MM-DD), e.g. an award's issue date or a credential's validFrom. */
  on: string;
}

export interface AccreditationCheckResult extends AccreditationQuery {
  standing: AccreditationStanding;
  /** False only for a standard that needs no accreditation (an enterprise's own certificate). */
  required: boolean;
  /** The standing lets the organisation award the standard that day: ACCREDITED or NOT_REQUIRED. */
  satisfied: boolean;
  /** The accreditation that decided it, with its history; null when none covered the day. */
  accreditation: AccreditationRecord | null;
  explanation: string;
}

/**
 * The check from rows already read: the standard as the catalogue has it (null
 * when unknown) and the accreditations of that standard.
 */
export function decideCheck(query: AccreditationQuery, standard: StandardRow | null, accreditations: readonly AccreditationRecord[]): AccreditationCheckResult {
  const { organizationId, standardCode, on } = query;
  if (!standard || standard.issuerId !== organizationId) {
    const why = standard ? `${organizationId} does not issue ${standardCode} (its issuer is ${standard.issuerId})` : `${standardCode} is not a certificate standard on the hub`;
    return { ...query, standing: 'NOT_ACCREDITED', required: true, satisfied: false, accreditation: null, explanation: `${organizationId} was not accredited for ${standardCode} on ${on}: ${why}.` };
  }
  const required = requiresAccreditation(standard);
  const standingQuery: StandingQuery = { organizationId, standardCode, day: on };
  const found = standingOn(accreditations, standingQuery, required);
  return {
    ...query,
    standing: found.standing,
    required,
    satisfied: permitsAward(found.standing),
    // standingOn answers with one of the records it was given.
    accreditation: found.accreditation as AccreditationRecord | null,
    explanation: explainStanding(found, standingQuery),
  };
}

/** Whether `organizationId` was accredited to award `standardCode` on `on`, and by which accreditation. */
export async function checkAccreditation(ctx: Context, query: AccreditationQuery): Promise<AccreditationCheckResult> {
  const [standard, accreditations] = await Promise.all([
    ctx.loaders.standardByCode.load(query.standardCode),
    ctx.loaders.accreditationsByStandard.load(query.standardCode),
  ]);
  return decideCheck(query, standard, accreditations);
}

/** The accreditation an award rests on: its standard's issuer's, on its issue date. */
export async function issuerAccreditation(ctx: Context, standardCode: string, issuedOn: string): Promise<AccreditationCheckResult> {
  const standard = await ctx.loaders.standardByCode.load(standardCode);
  if (!standard) throw new Error(`enterprise data is inconsistent: no certificate standard ${standardCode}`);
  return checkAccreditation(ctx, { organizationId: standard.issuerId, standardCode, on: issuedOn });
}
