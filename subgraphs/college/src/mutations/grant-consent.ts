/**
 * grantConsent: a learner (14 or over) or their guardian lets an organisation
 * read parts of the learner's record, for a purpose, until the end of a day.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { findCurrent } from '@guantong/shared/current-read';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { RECORD_PARTS } from '@guantong/shared/policy';
import { requireDate, requireLearnerId, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { activeKeyOf, CONSENT_PURPOSE_MAX, ConsentGrantEntity, type ConsentGrantRow } from '../entities/consent-grant.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import type { GrantConsentInput } from '../generated/resolvers.ts';
import { addDays, nowInstant, todayInChina } from '@guantong/shared/clock';
import { present } from '../resolvers/integrity.ts';
import { requireOrganizationId } from '../inputs/validation.ts';
import { authorizeConsent, grantorOf } from './consent-authority.ts';
import { organizationExists } from '../peers/catalogue.ts';

/** A grant lasts at most a year (and a leap day): consent is renewed, not given for ever. */
export const MAX_CONSENT_DAYS = 366;

type ValidGrant = Pick<ConsentGrantRow, 'studentId' | 'organizationId' | 'scopes' | 'purpose' | 'expiresAt'>;

function requireScopes(scopes: readonly string[]): string {
  if (scopes.length === 0) {
    throw badInput(`scopes must name at least one part of the record: ${RECORD_PARTS.join(', ')}`, { field: 'scopes' });
  }
  if (new Set(scopes).size !== scopes.length) throw badInput('scopes must name each part at most once', { field: 'scopes' });
  // Stored in one canonical order, so equal grants read the same.
  return RECORD_PARTS.filter((part) => scopes.includes(part)).join(',');
}

/** Access ends at the end of `expiresOn` (UTC), which must be after today and within a year. */
function requireExpiry(value: string, today: string): string {
  const expiresOn = requireDate(value, 'expiresOn');
  const latest = addDays(today, MAX_CONSENT_DAYS);
  // ISO dates compare correctly as text.
  if (expiresOn <= today || expiresOn > latest) {
    throw badInput(`expiresOn must be after today (${today}) and no later than ${latest}, got ${expiresOn}`, { field: 'expiresOn' });
  }
  return `${expiresOn}T23:59:59.999Z`;
}

function validate(input: GrantConsentInput, today: string): ValidGrant {
  return {
    studentId: requireLearnerId(input.studentId),
    organizationId: requireOrganizationId(input.organizationId),
    scopes: requireScopes(input.scopes),
    purpose: requireText(input.purpose, 'purpose', CONSENT_PURPOSE_MAX),
    expiresAt: requireExpiry(input.expiresOn, today),
  };
}

/**
 * An unrevoked grant identical in learner, organisation and scopes is replaced
 * by the new one: revoked the instant the new one is granted if still in force,
 * or left as it lapsed; either way it gives up the active key.
 */
async function replaceIdentical(em: EntityManager, activeKey: string, grantedAt: string): Promise<void> {
  const previous = await findCurrent(em, ConsentGrantEntity, { activeKey });
  if (!previous) return;
  const revokedAt = previous.expiresAt > grantedAt ? grantedAt : null;
  const { affected } = await em.update(ConsentGrantEntity, { id: previous.id, activeKey }, { activeKey: null, revokedAt });
  if (!affected) throw identicalAtOnce();
}

const identicalAtOnce = () => conflict('an identical consent grant was being written at the same time; read the learner\'s consents and retry if still needed');

/**
 * Validates, then authorises before saying anything about the registry: only
 * the learner and their guardian learn whether the learner is on it. The
 * organisation must exist somewhere on the hub. One transaction; a refusal
 * writes nothing.
 */
export async function grantConsent(ctx: Context, raw: GrantConsentInput): Promise<ConsentGrantRow> {
  const grant = validate(raw, todayInChina());
  const registered = await ctx.db.manager.findOneBy(PathwayEntity, { studentId: grant.studentId });
  authorizeConsent(ctx.actor, grant.studentId, registered?.birthDate ?? null);
  if (!registered) {
    throw badInput(`learner ${grant.studentId} is not on the pathway registry; consent is given for registered learners only`, { field: 'studentId' });
  }
  if (!(await organizationExists(ctx.peers, grant.organizationId))) {
    throw badInput(`organizationId ${grant.organizationId} is not an organisation on the hub; see secondarySchools, colleges and certificationOrganizations`, { field: 'organizationId' });
  }
  try {
    return await writeTransaction(ctx.db, async (em) => {
      // Locking the registry entry writes one learner's grants one at a time (SQLite writes them so anyway).
      present(await findCurrent(em, PathwayEntity, { studentId: grant.studentId }), `pathway of ${grant.studentId}`);
      const row: ConsentGrantRow = {
        id: randomUUID(),
        ...grant,
        grantedAt: nowInstant(),
        revokedAt: null,
        grantedBy: grantorOf(ctx.actor),
        grantedBySubject: ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous',
        activeKey: activeKeyOf(grant),
      };
      await replaceIdentical(em, activeKeyOf(grant), row.grantedAt);
      await em.insert(ConsentGrantEntity, row);
      return row;
    });
  } catch (err) {
    // The unique active key settles a race the lock did not (a writer outside this function).
    if (isUniqueViolation(err)) throw identicalAtOnce();
    throw err;
  }
}
