import { EntitySchema } from 'typeorm';

export const REVIEW_OUTCOMES = ['KEPT', 'WITHDRAWN'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * A confirmed transfer whose basis failed after the decision (its evidence
 * revoked, its rule retired before the decision day): open until a registrar
 * records an outcome. One review per confirmed transfer; once resolved, the
 * table's triggers refuse any change to it.
 */
export interface TransferReviewRow {
  id: number;
  decisionId: number;
  studentId: string;
  collegeId: string;
  ruleId: number;
  exemptedCourseCode: string;
  /** Why the transfer needs review, in words. */
  reason: string;
  openedOn: string;
  openedAt: string;
  outcome: ReviewOutcome | null;
  outcomeReason: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export const TransferReviewEntity = new EntitySchema<TransferReviewRow>({
  name: 'TransferReview',
  tableName: 'transfer_review',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    decisionId: { name: 'decision_id', type: 'int' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    collegeId: { name: 'college_id', type: 'varchar', length: 32 },
    ruleId: { name: 'rule_id', type: 'int' },
    exemptedCourseCode: { name: 'exempted_course_code', type: 'varchar', length: 32 },
    reason: { type: 'varchar', length: 1000 },
    openedOn: { name: 'opened_on', type: 'varchar', length: 10 },
    openedAt: { name: 'opened_at', type: 'varchar', length: 30 },
    outcome: { type: 'varchar', length: 16, nullable: true },
    outcomeReason: { name: 'outcome_reason', type: 'varchar', length: 500, nullable: true },
    resolvedBy: { name: 'resolved_by', type: 'varchar', length: 200, nullable: true },
    resolvedAt: { name: 'resolved_at', type: 'varchar', length: 30, nullable: true },
  },
  indices: [
    { name: 'uq_transfer_review_item', columns: ['decisionId', 'ruleId', 'exemptedCourseCode'], unique: true },
    { name: 'idx_transfer_review_college', columns: ['collegeId', 'outcome'] },
  ],
});
