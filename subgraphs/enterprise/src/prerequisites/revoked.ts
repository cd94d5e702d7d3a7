/**
 * CertificateAward.prerequisiteRevoked: an award stays as issued when a
 * certificate it required is revoked (nothing is rewritten), but it says so.
 * A prerequisite still holds while the learner has a valid award of it, or a
 * valid certificate recognised as it today; only then is nothing flagged.
 */
import { todayInChina } from '@guantong/shared/clock';
import type { Context } from '../context.ts';
import type { AwardRow } from '../entities/award.ts';

/** Why one of the award's prerequisites no longer holds, or null. */
export async function prerequisiteRevoked(ctx: Context, award: AwardRow): Promise<string | null> {
  if (award.status !== 'VALID') return null;
  const required = await ctx.loaders.prerequisitesByStandard.load(award.standardCode);
  if (required.length === 0) return null;
  const held = await ctx.loaders.awardsByStudent.load(award.studentId);
  const graph = await ctx.loaders.recognitionGraphOn.load(todayInChina());
  const holds = new Set([
    ...held.filter((a) => a.status === 'VALID').map((a) => a.standardCode),
    ...graph.recognizedFor(held).map((r) => r.standardCode),
  ]);
  const lost = required
    .filter((p) => !holds.has(p.requiresCode))
    .map((p) => held.find((a) => a.standardCode === p.requiresCode && a.status === 'REVOKED'))
    .filter((a): a is AwardRow => a !== undefined);
  if (lost.length === 0) return null;
  const which = lost.map((a) => `the ${a.standardCode} certificate it required was revoked on ${a.revokedOn ?? 'an unrecorded date'}`).join('; ');
  return `This certificate was issued on ${award.issuedOn} as a step up from another certificate, but ${which}; the issuer has not revoked this one.`;
}
