/**
 * What retiring a credit rule records: every retirement, and for one dated
 * before today (a correction) the caller's reason. A correction that ends a
 * rule before a recorded decision's day opens a review of each transfer the
 * decision confirmed on it, in the same transaction: nothing is rewritten.
 */
import type { EntityManager } from 'typeorm';
import { badInput } from '@guantong/shared/errors';
import { requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { CreditRuleRetirementEntity } from '../entities/credit-rule-retirement.ts';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import { ProgressionDecisionEntity } from '../entities/progression-decision.ts';
import { TransferReviewEntity } from '../entities/transfer-review.ts';
import type { RecordedTransfer } from '../decisions/record.ts';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { reviewCauses } from './detect.ts';
import { openReviews } from './open.ts';

/** A retirement dated before today is a correction and needs its reason; returns the reason to record (null otherwise). */
export function correctionReasonFor(effectiveTo: string, raw: string | null | undefined): string | null {
  const today = todayInChina();
  if (effectiveTo >= today) return raw == null ? null : requireText(raw, 'correctionReason', 500);
  if (raw == null || raw.trim() === '') {
    throw badInput(
      `effectiveTo ${effectiveTo} is before today (${today}): retiring a rule from a past day is a correction; give a correctionReason, which is recorded, or retire it from today`,
      { field: 'effectiveTo' },
    );
  }
  return requireText(raw, 'correctionReason', 500);
}

/** Records the retirement, and opens reviews for decisions made after the new end. */
export async function recordRetirement(em: EntityManager, ctx: Context, rule: CreditRuleRow, effectiveTo: string, correctionReason: string | null): Promise<void> {
  const retiredBy = ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous';
  await em.insert(CreditRuleRetirementEntity, { ruleId: rule.id, effectiveTo, retiredOn: todayInChina(), correctionReason, retiredBy, retiredAt: nowInstant() });
  const { collegeId } = await em.findOneByOrFail(AgreementEntity, { id: rule.agreementId });
  const decisions = await em.findBy(ProgressionDecisionEntity, { agreementId: rule.agreementId });
  const retired = new Map([[rule.id, { ...rule, effectiveTo }]]);
  for (const decision of decisions.filter((d) => d.decidedOn > effectiveTo)) {
    const transfers = (JSON.parse(decision.confirmedTransfers) as RecordedTransfer[]).filter((t) => t.ruleId === rule.id);
    const causes = reviewCauses(transfers, decision.decidedOn, retired, null);
    for (const cause of causes.values()) if (correctionReason) cause.reason = `${cause.reason} Correction recorded: ${correctionReason}`;
    const known = await em.findBy(TransferReviewEntity, { decisionId: decision.id });
    await openReviews(em, decision, collegeId, causes, known);
  }
}
