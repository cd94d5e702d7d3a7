/**
 * The credit bank's decision for one learner under one agreement's rules.
 * Pure: the rules and the evidence go in, the transfers come out, so the same
 * function serves `creditTransfers`, the what-if preview and the tests.
 *
 * - One transfer per (rule, exempted course) whose evidence the learner has.
 * - A transfer resting on a revoked certificate is REVERSED, with the reason:
 *   the revocation cascade needs no manual step, because nothing is stored.
 * - Where several transfers exempt the same course, the rule of highest
 *   priority is APPLIED (equal priority: the lower rule id, deterministically;
 *   `creditRuleConflicts` reports such pairs) and the others are SUPERSEDED,
 *   naming the winner. REVERSED transfers do not compete.
 * - Credits are then bounded (see limits.ts): by the course each transfer
 *   exempts, and by the agreement's cap, in precedence order. A transfer whose
 *   credits the cap cut entirely is CAPPED.
 */
import { exemptCodesOf, type CreditRuleKind, type CreditRuleRow } from '../entities/credit-rule.ts';
import { termEnd, type CertificateEvidence, type EvidenceNeeds, type ResultEvidence } from '../evidence/evidence.ts';
import { applyLimits, type CreditLimits } from './limits.ts';
import { matchCertificate, matchResult } from './match.ts';

export type TransferStatus = 'APPLIED' | 'REVERSED' | 'SUPERSEDED' | 'CAPPED';

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

export interface CreditEvidenceInput {
  certificates: readonly CertificateEvidence[];
  results: readonly ResultEvidence[];
}

/** Highest priority first; equal priority, the older rule (lower id) first. */
export const byPrecedence = (a: CreditRuleRow, b: CreditRuleRow): number => b.priority - a.priority || a.id - b.id;

const certificateEvidence = (c: CertificateEvidence): CreditEvidence => ({
  kind: 'CERTIFICATE', certificateSerial: c.serial, standardCode: c.standardCode, secondaryCourseCode: null, term: null, score: c.score, evidencedOn: c.issuedOn,
});

const resultEvidence = (r: ResultEvidence): CreditEvidence => ({
  kind: 'COURSE_RESULT', certificateSerial: null, standardCode: null, secondaryCourseCode: r.courseCode, term: r.term, score: r.score, evidencedOn: termEnd(r.term),
});

/** The rule's evidence and, for a revoked certificate, why it no longer holds. */
function evidenceFor(rule: CreditRuleRow, input: CreditEvidenceInput): { evidence: CreditEvidence; reversal: string | null } | null {
  if (rule.kind === 'CERTIFICATE') {
    const award = matchCertificate(rule, input.certificates);
    if (!award) return null;
    const reversal = award.status === 'REVOKED'
      ? `certificate ${award.serial} revoked on ${award.revokedOn ?? 'an unrecorded date'}: ${award.revocationReason ?? 'no reason recorded'}`
      : null;
    return { evidence: certificateEvidence(award), reversal };
  }
  const result = matchResult(rule, input.results);
  return result ? { evidence: resultEvidence(result), reversal: null } : null;
}

export const describeEvidence = (e: CreditEvidence): string =>
  e.kind === 'CERTIFICATE' ? `certificate ${e.certificateSerial}` : `course result ${e.secondaryCourseCode} (${e.term}, score ${e.score})`;

function supersededBy(winner: Transfer, loser: CreditRuleRow): string {
  const tie = winner.rule.priority === loser.priority ? '; equal priority, so the lower rule id wins (see creditRuleConflicts)' : '';
  return `superseded by rule ${winner.rule.id} (priority ${winner.rule.priority}), which exempts ${winner.exemptedCourseCode} on ${describeEvidence(winner.evidence)}${tie}`;
}

/** Decides every transfer of one learner under one set of rules (typically one agreement's). */
export function evaluateCredit(rules: readonly CreditRuleRow[], input: CreditEvidenceInput, limits: CreditLimits): TransferOutcome {
  const transfers: Transfer[] = [];
  const winners = new Map<string, Transfer>();
  for (const rule of [...rules].sort(byPrecedence)) {
    const found = evidenceFor(rule, input);
    if (!found) continue;
    for (const exemptedCourseCode of exemptCodesOf(rule)) {
      const base = { rule, evidence: found.evidence, exemptedCourseCode, credits: rule.credits, cappedCredits: 0 };
      // Rules arrive in precedence order, so the first unreversed transfer for a course wins it.
      const winner = winners.get(exemptedCourseCode);
      const transfer: Transfer = found.reversal
        ? { ...base, status: 'REVERSED', reason: found.reversal }
        : winner
          ? { ...base, status: 'SUPERSEDED', reason: supersededBy(winner, rule) }
          : { ...base, status: 'APPLIED', reason: null };
      if (transfer.status === 'APPLIED') winners.set(exemptedCourseCode, transfer);
      transfers.push(transfer);
    }
  }
  return applyLimits(transfers, limits);
}

/** The evidence these rules read: only that must have arrived (see requireEvidence). */
export function creditNeeds(rules: readonly CreditRuleRow[]): EvidenceNeeds {
  return {
    certificates: rules.some((r) => r.kind === 'CERTIFICATE'),
    results: rules.some((r) => r.kind === 'COURSE_RESULT'),
    recognized: false,
    moduleCredits: false,
  };
}

/** One learner's transfers under one agreement, as `CreditTransferSummary` resolves from. */
export interface TransferSummary extends TransferOutcome {
  agreementId: string;
  maxTransferCredits: number;
}
