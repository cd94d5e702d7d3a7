/**
 * The credit bank's decision for one learner under one agreement's rules.
 * Pure: the rules and the evidence go in, the transfers come out, so the same
 * function serves `creditTransfers`, the what-if preview and the tests.
 *
 * - One transfer per (rule, exempted course) whose evidence the learner has.
 * - A transfer resting on a revoked certificate is REVERSED, with the reason:
 *   the revocation cascade needs no manual step, because nothing is stored.
 * - Evidence counts only once it exists (README, "One clock"): a certificate
 *   from its issue date, a course result from the end of its term. A transfer
 *   whose only evidence is dated after `asOf` is PENDING, with that date; like
 *   a REVERSED one it neither counts nor competes.
 * - Where several transfers exempt the same course, the rule of highest
 *   priority is APPLIED (equal priority: the lower rule id, deterministically;
 *   `creditRuleConflicts` reports such pairs) and the others are SUPERSEDED,
 *   naming the winner. REVERSED transfers do not compete.
 * - Credits are then bounded (see limits.ts): by the course each transfer
 *   exempts, and by the agreement's cap, in precedence order. A transfer whose
 *   credits the cap cut entirely is CAPPED.
 */
import { exemptCodesOf, type CreditRuleRow } from '../entities/credit-rule.ts';
import { termEnd, type CertificateEvidence, type EvidenceNeeds, type ResultEvidence } from '../evidence/evidence.ts';
import { existingOn } from '../evidence/existing.ts';
import { applyLimits, type CreditLimits } from './limits.ts';
import { matchCertificate, matchResult } from './match.ts';
import type { CreditEvidence, Transfer, TransferOutcome } from './transfer.ts';

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

interface Found {
  evidence: CreditEvidence;
  /** Why the evidence no longer holds (a revoked certificate), or null. */
  reversal: string | null;
  /** Why the evidence does not hold yet (dated after the day of the decision), or null. */
  pending: string | null;
}

/** The rule's evidence among what exists on `asOf`, else among later evidence (then PENDING), else null. */
function evidenceFor(rule: CreditRuleRow, input: CreditEvidenceInput, asOf: string): Found | null {
  const held = matchOn(rule, existingOn(input, asOf));
  if (held) return held;
  const later = matchOn(rule, input);
  if (!later) return null;
  const from = later.evidence.kind === 'CERTIFICATE' ? 'its issue date' : 'the end of its term';
  return { ...later, reversal: null, pending: `${describeEvidence(later.evidence)} counts from ${later.evidence.evidencedOn}, ${from}; today is ${asOf}` };
}

function matchOn(rule: CreditRuleRow, input: CreditEvidenceInput): Found | null {
  if (rule.kind === 'CERTIFICATE') {
    const award = matchCertificate(rule, input.certificates);
    if (!award) return null;
    const reversal = award.status === 'REVOKED'
      ? `certificate ${award.serial} revoked on ${award.revokedOn ?? 'an unrecorded date'}: ${award.revocationReason ?? 'no reason recorded'}`
      : null;
    return { evidence: certificateEvidence(award), reversal, pending: null };
  }
  const result = matchResult(rule, input.results);
  return result ? { evidence: resultEvidence(result), reversal: null, pending: null } : null;
}

export const describeEvidence = (e: CreditEvidence): string =>
  e.kind === 'CERTIFICATE' ? `certificate ${e.certificateSerial}` : `course result ${e.secondaryCourseCode} (${e.term}, score ${e.score})`;

function supersededBy(winner: Transfer, loser: CreditRuleRow): string {
  const tie = winner.rule.priority === loser.priority ? '; equal priority, so the lower rule id wins (see creditRuleConflicts)' : '';
  return `superseded by rule ${winner.rule.id} (priority ${winner.rule.priority}), which exempts ${winner.exemptedCourseCode} on ${describeEvidence(winner.evidence)}${tie}`;
}

/** Evidence that no longer holds, or does not hold yet, neither counts nor competes; otherwise the first in precedence wins. */
function statusOf(found: Found, winner: Transfer | undefined, rule: CreditRuleRow): Pick<Transfer, 'status' | 'reason'> {
  if (found.reversal) return { status: 'REVERSED', reason: found.reversal };
  if (found.pending) return { status: 'PENDING', reason: found.pending };
  return winner ? { status: 'SUPERSEDED', reason: supersededBy(winner, rule) } : { status: 'APPLIED', reason: null };
}

/** Decides every transfer of one learner under one set of rules (typically one agreement's), on the ISO date `asOf`. */
export function evaluateCredit(rules: readonly CreditRuleRow[], input: CreditEvidenceInput, limits: CreditLimits, asOf: string): TransferOutcome {
  const transfers: Transfer[] = [];
  const winners = new Map<string, Transfer>();
  for (const rule of [...rules].sort(byPrecedence)) {
    const found = evidenceFor(rule, input, asOf);
    if (!found) continue;
    for (const exemptedCourseCode of exemptCodesOf(rule)) {
      const base = { rule, evidence: found.evidence, exemptedCourseCode, credits: rule.credits, cappedCredits: 0 };
      // Rules arrive in precedence order, so the first unreversed transfer for a course wins it.
      const winner = winners.get(exemptedCourseCode);
      const transfer: Transfer = { ...base, ...statusOf(found, winner, rule) };
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
