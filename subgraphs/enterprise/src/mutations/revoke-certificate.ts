/**
 * revokeCertificate: the issuer withdraws a certificate. The award row stays
 * (with its reason and date) so every decision that rested on it can explain
 * why it no longer counts; nothing downstream needs a manual step.
 */
import { badInput, conflict, notFound } from '@guantong/shared/errors';
import { writeTransaction } from '@guantong/shared/database';
import { authorize } from '@guantong/shared/policy';
import { requireDate, requireText } from '@guantong/shared/validation';
import { todayInChina } from '@guantong/shared/clock';
import type { Context } from '../context.ts';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { StandardEntity } from '../entities/standard.ts';
import type { RevokeCertificateInput } from '../generated/resolvers.ts';
import { ensureStatusList, issuerOfAward, markStatusChanged } from '../credentials/status-indexes.ts';

/** Between the issue date and today; exported for the demo's own check. */
export function requireRevokedOn(value: string | null | undefined, issuedOn: string): string {
  const today = todayInChina();
  const revokedOn = value ? requireDate(value, 'revokedOn') : today;
  if (revokedOn > today || revokedOn < issuedOn) {
    throw badInput(`revokedOn must be between the issue date ${issuedOn} and today ${today}, got ${revokedOn}`, { field: 'revokedOn' });
  }
  return revokedOn;
}

export async function revokeCertificate(ctx: Context, input: RevokeCertificateInput): Promise<AwardRow> {
  const reason = requireText(input.reason, 'reason', 300);
  const issuerId = await issuerOfAward(ctx.db, input.serial);
  if (issuerId) await ensureStatusList(ctx.db, issuerId);
  return writeTransaction(ctx.db, async (em) => {
    const award = await em.findOneBy(AwardEntity, { serial: input.serial });
    if (!award || award.serial !== input.serial) throw notFound(`no certificate has serial ${input.serial}`);
    const standard = await em.findOneByOrFail(StandardEntity, { code: award.standardCode });
    authorize(ctx.actor, { action: 'org:write', organizationId: standard.issuerId, staffRole: 'ENTERPRISE_STAFF' });
    const revokedOn = requireRevokedOn(input.revokedOn, award.issuedOn);
    // Conditional on VALID: of two concurrent revocations exactly one wins, the other gets CONFLICT.
    const result = await em.update(AwardEntity, { serial: award.serial, status: 'VALID' }, { status: 'REVOKED', revokedOn, revocationReason: reason });
    if (!result.affected) throw conflict(`certificate ${award.serial} is already revoked`);
    // The award's bit in its issuer's status list is set from now on: the list is re-signed on its next fetch.
    await markStatusChanged(em, standard.issuerId);
    // The answer is the award as stored, read back inside the transaction.
    return em.findOneByOrFail(AwardEntity, { serial: award.serial });
  });
}
