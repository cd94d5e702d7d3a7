/**
 * What the credit bank decides, as the API shows it: each transfer with its
 * evidence and status, and one learner's summary under an agreement. Types
 * only, so the evaluation (evaluate.ts) and the bounds (limits.ts) share them
 * without importing each other.
 */
import type { CreditRuleKind, CreditRuleRow } from '../entities/credit-rule.ts';

export type TransferStatus = 'APPLIED' | 'PENDING' | 'REVERSED' | 'SUPERSEDED' | 'CAPPED';

/** The evidence a transfer rests on, as the API shows it. */
export interface CreditEvidence {
  kind: CreditRuleKind;
  certificateSerial: string | null;
  standardCode: string | null;
  secondaryCourseCode: string | null;
  term: string | null;
  score: number | null;
  evidencedOn: string | null;
}

export interface Transfer {
  rule: CreditRuleRow;
  evidence: CreditEvidence;
  exemptedCourseCode: string;
  /** Bounded by the course (see limits.ts); for a transfer that does not count, what it would give. */
  credits: number;
  /** Of `credits`, what the agreement's cap cut. */
  cappedCredits: number;
  status: TransferStatus;
  reason: string | null;
}

export interface TransferOutcome {
  transfers: Transfer[];
  /** Credits that count: APPLIED transfers' credits less what the cap cut. */
  totalCredits: number;
  /** Credits the agreement's cap cut, over all transfers. */
  cappedCredits: number;
}

/** One learner's transfers under one agreement, as `CreditTransferSummary` resolves from. */
export interface TransferSummary extends TransferOutcome {
  agreementId: string;
  maxTransferCredits: number;
}
