/**
 * A certificate award, exported as a signed Open Badges 3.0 credential. The
 * caller has already been allowed to read the award (it is reached only through
 * paths the policy guards); a copy naming the learner needs the learner's (or
 * guardian's) own request.
 */
import { createHash } from 'node:crypto';
import { authorize } from '@guantong/shared/policy';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { signCredential, statusEntry, type Credential } from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import type { AwardRow } from '../entities/award.ts';
import { countsOn } from '../agreements/terms.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { achievementCredential, type AchievementFacts } from './achievement.ts';
import { statusListUrl, statusPosition } from './status-lists.ts';

/** A stable urn:uuid for the credential of one award by one issuer (the digest's first 16 bytes, as a version-8 UUID). */
export function credentialUuid(did: string, serial: string): string {
  const hex = createHash('sha256').update(`${did}|certificate|${serial}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The recognitions of the standard that count today, with their counterparts. */
async function recognitionsToday(ctx: Context, code: string): Promise<AchievementFacts['recognitions']> {
  const today = todayInChina();
  const views = (await ctx.loaders.recognitionsByStandard.load(code)).filter((v) => countsOn(v.agreement, today));
  const counterparts = await ctx.loaders.standardByCode.loadMany(views.map((v) => v.counterpartCode));
  return views.map((view, i) => {
    const counterpart = counterparts[i];
    const known = counterpart && !(counterpart instanceof Error) ? counterpart : undefined;
    const { id, mutual, effectiveFrom, effectiveTo, basis } = view.agreement;
    return { id, code: view.counterpartCode, name: known?.name ?? view.counterpartCode, level: known?.level ?? null, mutual, effectiveFrom, effectiveTo, basis };
  });
}

/** A copy naming the learner is made only at the learner's (or guardian's) own request. */
export function authorizeNamedCopy(ctx: Context, award: AwardRow): void {
  authorize(ctx.actor, { action: 'credential:share', studentId: award.studentId });
}

/**
 * The signed credential of an award; `named` adds the printed holder name. The
 * caller has decided that the award may be read, and a named copy asked for.
 */
export async function certificateCredential(ctx: Context, award: AwardRow, named: boolean): Promise<Credential> {
  const { credentials } = ctx.loaders;
  const issuers = credentials.issuers();
  const standard = requireRow(await ctx.loaders.standardByCode.load(award.standardCode), 'certificate standard', award.standardCode);
  const [organization, identity, entry, recognitions] = await Promise.all([
    ctx.loaders.organizationById.load(standard.issuerId),
    issuers.identity(standard.issuerId),
    credentials.statusEntryBySerial.load(award.serial),
    recognitionsToday(ctx, standard.code),
  ]);
  const issuer = requireRow(organization, 'organisation', standard.issuerId);
  const place = statusPosition(requireRow(entry ?? null, 'status list entry', award.serial).statusIndex);
  const unsigned = achievementCredential({
    id: credentialUuid(identity.did, award.serial),
    issuer: { did: identity.did, name: issuer.name },
    standard,
    award,
    recognitions,
    subject: { learnerId: award.studentId, salt: issuers.salt(`certificate:${award.serial}`), ...(named ? { name: award.holderName } : {}) },
    status: statusEntry(statusListUrl(issuers, standard.issuerId, place.list), place.bit),
  });
  return signCredential(unsigned, identity, { created: nowInstant() });
}
