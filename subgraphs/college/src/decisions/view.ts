/**
 * A recorded decision as the API shows it: what was recorded, unchanged, and
 * beside each confirmed transfer its review, if its basis has failed since.
 * Showing the decision also opens the reviews it newly needs (reviews/open.ts).
 */
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { ProgressionDecisionRow } from '../entities/progression-decision.ts';
import type { TransferReviewRow } from '../entities/transfer-review.ts';
import type { CertificateEvidence } from '../evidence/evidence.ts';
import { present } from '../resolvers/integrity.ts';
import { reviewCauses, transferKey } from '../reviews/detect.ts';
import { openReviews } from '../reviews/open.ts';
import type { RecordedCheck, RecordedTransfer } from './record.ts';

export type ConfirmedStatus = 'CONFIRMED' | 'NEEDS_REVIEW' | 'KEPT' | 'WITHDRAWN';

export interface ConfirmedTransferView extends RecordedTransfer {
  status: ConfirmedStatus;
  review: TransferReviewRow | null;
}

export interface DecisionView {
  row: ProgressionDecisionRow;
  checks: RecordedCheck[];
  transfers: ConfirmedTransferView[];
}

const statusOf = (review: TransferReviewRow | null): ConfirmedStatus => (review === null ? 'CONFIRMED' : review.outcome ?? 'NEEDS_REVIEW');

async function rulesOf(ctx: Context, transfers: readonly RecordedTransfer[]): Promise<Map<number, CreditRuleRow>> {
  const rules = await Promise.all(transfers.map((t) => ctx.loaders.creditRuleById.load(t.ruleId)));
  return new Map(rules.filter((r): r is CreditRuleRow => r !== null).map((r) => [r.id, r]));
}

/** The decision with its reviews, opening those its current basis calls for. */
export async function decisionView(ctx: Context, row: ProgressionDecisionRow, certificates: readonly CertificateEvidence[] | null): Promise<DecisionView> {
  const transfers = JSON.parse(row.confirmedTransfers) as RecordedTransfer[];
  const agreement: AgreementRow = present(await ctx.loaders.agreementById.load(row.agreementId), `agreement ${row.agreementId}`);
  let reviews = await ctx.loaders.reviewsByDecision.load(row.id);
  const causes = reviewCauses(transfers, row.decidedOn, await rulesOf(ctx, transfers), certificates);
  if (await openReviews(ctx.db.manager, row, agreement.collegeId, causes, reviews)) {
    reviews = await ctx.loaders.reviewsByDecision.clear(row.id).load(row.id);
  }
  const byKey = new Map(reviews.map((r) => [transferKey(r), r] as const));
  return {
    row,
    checks: JSON.parse(row.checks) as RecordedCheck[],
    transfers: transfers.map((t) => {
      const review = byKey.get(transferKey(t)) ?? null;
      return { ...t, status: statusOf(review), review };
    }),
  };
}
