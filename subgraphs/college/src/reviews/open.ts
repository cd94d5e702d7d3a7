/**
 * Opening reviews: each confirmed transfer whose basis failed gets one review
 * row, written the first time the failure is seen (on a read of the decision,
 * or when a rule is retired by correction). Opening twice is harmless: the
 * unique key (decision, rule, course) keeps the first, with its first reason.
 */
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@guantong/shared/database';
import type { ProgressionDecisionRow } from '../entities/progression-decision.ts';
import { TransferReviewEntity, type TransferReviewRow } from '../entities/transfer-review.ts';
import type { RecordedTransfer } from '../decisions/record.ts';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { transferKey } from './detect.ts';

type Causes = ReadonlyMap<string, { transfer: RecordedTransfer; reason: string }>;

/** Opens the reviews not open yet; returns how many were opened. */
export async function openReviews(em: EntityManager, decision: ProgressionDecisionRow, collegeId: string, causes: Causes, known: readonly TransferReviewRow[]): Promise<number> {
  const seen = new Set(known.map(transferKey));
  let opened = 0;
  for (const [key, { transfer, reason }] of causes) {
    if (seen.has(key)) continue;
    const row: Omit<TransferReviewRow, 'id'> = {
      decisionId: decision.id, studentId: decision.studentId, collegeId, ruleId: transfer.ruleId, exemptedCourseCode: transfer.exemptedCourseCode,
      reason: reason.slice(0, 1000), openedOn: todayInChina(), openedAt: nowInstant(), outcome: null, outcomeReason: null, resolvedBy: null, resolvedAt: null,
    };
    try {
      await em.insert(TransferReviewEntity, row);
      opened += 1;
    } catch (err) {
      // Another request opened it first: that review stands.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return opened;
}
