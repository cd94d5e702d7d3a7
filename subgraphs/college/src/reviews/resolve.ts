/**
 * resolveTransferReview and openTransferReviews: a registrar of the college
 * records the outcome of a review (kept, or withdrawn) with the reason; the
 * decision itself is never changed. A review is resolved once: the update is
 * conditional on it being open, and the table's triggers refuse any change to
 * a resolved review.
 */
import { IsNull } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, notFound } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { CollegeEntity } from '../entities/college.ts';
import { REVIEW_OUTCOMES, TransferReviewEntity, type ReviewOutcome, type TransferReviewRow } from '../entities/transfer-review.ts';
import type { ResolveTransferReviewInput } from '../generated/resolvers.ts';
import { nowInstant } from '@guantong/shared/clock';

const registrarOf = (ctx: Context, collegeId: string) => authorize(ctx.actor, { action: 'org:write', organizationId: collegeId, staffRole: 'COLLEGE_STAFF' });

function requireReason(raw: string): string {
  const reason = requireText(raw, 'reason', 500);
  if (reason.length < 3) throw badInput('reason must say why, in at least 3 characters', { field: 'reason' });
  return reason;
}

export async function resolveTransferReview(ctx: Context, input: ResolveTransferReviewInput): Promise<TransferReviewRow> {
  const missing = () => notFound(`transfer review "${input.id}" does not exist; a college's open reviews are listed by openTransferReviews`);
  if (!/^\d{1,9}$/.test(input.id)) throw missing();
  if (!REVIEW_OUTCOMES.includes(input.outcome as ReviewOutcome)) throw badInput('outcome must be KEPT or WITHDRAWN', { field: 'outcome' });
  const reason = requireReason(input.reason);
  return writeTransaction(ctx.db, async (em) => {
    const review = await em.findOneBy(TransferReviewEntity, { id: Number(input.id) });
    if (!review) throw missing();
    registrarOf(ctx, review.collegeId);
    if (review.outcome !== null) throw conflict(`review ${review.id} was already resolved (${review.outcome}) by ${review.resolvedBy} at ${review.resolvedAt}`);
    const resolvedBy = ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous';
    const { affected } = await em.update(
      TransferReviewEntity,
      { id: review.id, outcome: IsNull() },
      { outcome: input.outcome, outcomeReason: reason, resolvedBy, resolvedAt: nowInstant() },
    );
    if (!affected) throw conflict(`review ${review.id} was resolved by another request at the same time; read it again`);
    return em.findOneByOrFail(TransferReviewEntity, { id: review.id });
  });
}

/** A college's open reviews, oldest first. Staff of that college, or an admin. */
export async function openTransferReviews(ctx: Context, collegeId: string): Promise<TransferReviewRow[]> {
  if (!(await ctx.db.getRepository(CollegeEntity).existsBy({ id: collegeId }))) {
    throw badInput(`collegeId "${collegeId}" is not a college on this hub; see colleges`, { field: 'collegeId' });
  }
  authorize(ctx.actor, { action: 'org:read', organizationId: collegeId, staffRole: 'COLLEGE_STAFF' });
  return ctx.db.getRepository(TransferReviewEntity).find({ where: { collegeId, outcome: IsNull() }, order: { id: 'ASC' } });
}
