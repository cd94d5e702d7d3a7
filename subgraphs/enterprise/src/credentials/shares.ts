/**
 * Share links: the learner (or guardian) makes a link that lets whoever holds
 * it fetch one certificate's credential until a chosen day, and can revoke it.
 * The link's secret is 256 random bits shown once; only its SHA-256 is stored.
 * Making, revoking and every fetch through a link are in the learner's audit
 * trail, the first two in the write's own transaction.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { decide, type Decision } from '@guantong/shared/policy';
import { addDays, nowInstant, todayInChina } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput, notFound, unauthenticated } from '@guantong/shared/errors';
import { requireDate } from '@guantong/shared/validation';
import type { Credential } from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import { AwardEntity } from '../entities/award.ts';
import { CredentialShareEntity, type CredentialShareRow } from '../entities/credential-share.ts';
import { certificateCredential } from './export.ts';

export interface ShareLink {
  share: CredentialShareRow;
  url: string;
}

const DEFAULT_DAYS = 30;
const MAX_DAYS = 365;
const SHARED_PATH = '/credentials/shared/';

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** The learner's or guardian's own decision; anyone else is told nothing about the serial or share. */
function ownerDecision(ctx: Context, studentId: string | undefined, what: string): Decision & { allowed: true } {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated('sign in as the learner, or their guardian, to share their credentials');
  const decision = studentId === undefined ? undefined : decide(ctx.actor, { action: 'credential:share', studentId });
  if (!decision?.allowed) throw notFound(`${what}: only the learner, or their guardian, shares the learner's credentials`);
  return decision;
}

/** The instant a link made to last through `expiresOn` stops working: the next midnight in China. */
function expiryOf(expiresOn: string | null | undefined): string {
  const today = todayInChina();
  const last = expiresOn ? requireDate(expiresOn, 'expiresOn') : addDays(today, DEFAULT_DAYS);
  if (last < today || last > addDays(today, MAX_DAYS)) {
    throw badInput(`expiresOn must be between today ${today} and ${addDays(today, MAX_DAYS)} (at most a year ahead), got ${last}`, { field: 'expiresOn' });
  }
  return new Date(Date.parse(`${addDays(last, 1)}T00:00:00+08:00`)).toISOString();
}

export async function shareCertificateCredential(ctx: Context, serial: string, expiresOn: string | null | undefined, named: boolean): Promise<ShareLink> {
  const award = await ctx.db.getRepository(AwardEntity).findOneBy({ serial });
  const decision = ownerDecision(ctx, award?.serial === serial ? award.studentId : undefined, `you hold no certificate with serial ${serial}`);
  const expiresAt = expiryOf(expiresOn);
  const secret = randomBytes(32).toString('base64url');
  const share: CredentialShareRow = {
    id: `shr-${randomUUID()}`, tokenHash: hashOf(secret), serial, studentId: award!.studentId, named,
    createdBy: ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous', createdAt: nowInstant(), expiresAt, revokedAt: null,
  };
  await writeTransaction(ctx.db, async (em) => {
    await em.insert(CredentialShareEntity, share);
    ctx.access.audit.record(share.studentId, 'CERTIFICATES:shareCertificateCredential', decision);
    await ctx.access.audit.flush();
  });
  return { share, url: `${ctx.loaders.credentials.issuers().publicUrl}${SHARED_PATH}${secret}` };
}

export async function revokeCredentialShare(ctx: Context, id: string): Promise<CredentialShareRow> {
  const found = await ctx.db.getRepository(CredentialShareEntity).findOneBy({ id });
  const decision = ownerDecision(ctx, found?.id === id ? found.studentId : undefined, `there is no share ${id} of yours`);
  return writeTransaction(ctx.db, async (em) => {
    // Conditional on not yet revoked: a second revocation keeps the first instant.
    await em.update(CredentialShareEntity, { id, revokedAt: IsNull() }, { revokedAt: nowInstant() });
    ctx.access.audit.record(found!.studentId, 'CERTIFICATES:revokeCredentialShare', decision);
    await ctx.access.audit.flush();
    return em.findOneByOrFail(CredentialShareEntity, { id });
  });
}

/** The credential behind a live link, or null; the fetch is audited as a read the learner allowed. */
export async function sharedCredential(ctx: Context, secret: string): Promise<Credential | null> {
  const share = await ctx.db.getRepository(CredentialShareEntity).findOneBy({ tokenHash: hashOf(secret) });
  if (!share || share.revokedAt !== null || nowInstant() >= share.expiresAt) return null;
  const award = await ctx.db.getRepository(AwardEntity).findOneBy({ serial: share.serial });
  if (!award) return null;
  ctx.access.audit.record(share.studentId, 'CERTIFICATES:sharedCredential', { allowed: true, basis: 'consent', purpose: `share link ${share.id}` });
  return certificateCredential(ctx, award, share.named);
}

/** The learner's links for one certificate, newest first. */
export async function sharesOf(ctx: Context, serial: string, studentId: string): Promise<CredentialShareRow[]> {
  ownerDecision(ctx, studentId, `the share links of certificate ${serial} are the learner's`);
  const rows = await ctx.db.getRepository(CredentialShareEntity).findBy({ serial });
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1));
}
