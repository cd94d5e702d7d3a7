/**
 * The accreditation an award (or an exam session) needs: its issuer holds an
 * ACTIVE accreditation for the standard on the day it is dated, and still
 * does today, when it is recorded. So a suspended or withdrawn organisation
 * cannot back-date awards to a day it was accredited, and every award made
 * before a suspension keeps its standing.
 */
import type { EntityManager } from 'typeorm';
import { todayInChina } from '@guantong/shared/clock';
import { badInput, forbidden } from '@guantong/shared/errors';
import type { Context } from '../context.ts';
import type { StandardRow } from '../entities/standard.ts';
import { decideCheck } from './check.ts';
import { requiresAccreditation } from './rules.ts';
import { readLocked, type AccreditationRecord } from './store.ts';
import { activePeriods, type Period } from './timeline.ts';

/** What is being dated: an award's issue date, or an exam session's day. */
export interface DatedAct {
  /** The verb, e.g. "award" or "hold an exam session of". */
  act: string;
  /** The input field holding the date. */
  field: string;
  day: string;
}

/** The days up to today on which the organisation was accredited for the standard. */
function acceptedPeriods(accreditations: readonly AccreditationRecord[], standard: StandardRow, today: string): Period[] {
  return accreditations
    .filter((a) => a.organizationId === standard.issuerId)
    .flatMap(activePeriods)
    .filter((period) => period.from <= today)
    .map((period) => ({ from: period.from, to: period.to < today ? period.to : today }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** Throws the refusal when the issuer may not do `dated` today, or on its day; nothing is written. */
export function requireAccredited(standard: StandardRow, accreditations: readonly AccreditationRecord[], dated: DatedAct): void {
  if (!requiresAccreditation(standard)) return;
  const today = todayInChina();
  const query = { organizationId: standard.issuerId, standardCode: standard.code };
  const now = decideCheck({ ...query, on: today }, standard, accreditations);
  if (!now.satisfied) {
    throw forbidden(
      `${standard.issuerId} may not ${dated.act} ${standard.code} (${standard.name}) today: ${now.explanation} ` +
        `An issuer may ${dated.act} a 1+X standard only while it holds an ACTIVE accreditation for it, on the day and today; the hub's supervisor grants and reinstates accreditations.`,
    );
  }
  const then = decideCheck({ ...query, on: dated.day }, standard, accreditations);
  if (!then.satisfied) {
    const periods = acceptedPeriods(accreditations, standard, today);
    throw badInput(
      `${dated.field} ${dated.day} is outside ${standard.issuerId}'s active accreditation for ${standard.code}: ${then.explanation} ` +
        `Accepted: ${periods.map((p) => `${p.from} to ${p.to}`).join(', ')}.`,
      { field: dated.field, acceptedPeriods: periods },
    );
  }
}

/**
 * Checks before anyone is asked about the learner (through the request's
 * loaders), or, given the write's transaction, again inside it on locked rows.
 */
export async function requireAccreditedFor(ctx: Context, standard: StandardRow, dated: DatedAct, em?: EntityManager): Promise<void> {
  if (!requiresAccreditation(standard)) return;
  const accreditations = em
    ? await readLocked(em, { standardCode: standard.code, organizationId: standard.issuerId })
    : await ctx.loaders.accreditationsByStandard.load(standard.code);
  requireAccredited(standard, accreditations, dated);
}
