/**
 * One sentence for each decision, written for a learner and their family, not
 * for a developer: the rule, the evidence and its date, when the rule is in
 * force, and what superseded it.
 */
import type { CreditEvidence, Transfer } from '../credit-bank/transfer.ts';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { RequirementCheckResult } from '../progression/evaluate.ts';

const credits = (n: number) => `${n} credit${n === 1 ? '' : 's'}`;

/** "certificate NED1-2026-000013 (X-NED-1), issued 2026-06-20" or "the result in NET-S101 (term 2023-2024-2, score 76), final on 2024-07-31". */
export function evidenceInWords(e: CreditEvidence): string {
  if (e.kind === 'CERTIFICATE') return `certificate ${e.certificateSerial} (${e.standardCode}), issued ${e.evidencedOn}`;
  return `the result in ${e.secondaryCourseCode} (term ${e.term}, score ${e.score}), final on ${e.evidencedOn}`;
}

/** "rule 3 ("…"), in force from 2025-09-01 with no end date" */
export function ruleInWords(rule: Pick<CreditRuleRow, 'id' | 'description' | 'effectiveFrom' | 'effectiveTo'>): string {
  const until = rule.effectiveTo === null ? 'with no end date' : `until ${rule.effectiveTo}`;
  return `rule ${rule.id} ("${rule.description}"), in force from ${rule.effectiveFrom} ${until}`;
}

/** Why a live transfer counts, does not count any more, or gave way to another. */
export function explainTransfer(t: Transfer): string {
  const basis = `${ruleInWords(t.rule)}, for ${evidenceInWords(t.evidence)}`;
  switch (t.status) {
    case 'APPLIED':
      return `The learner is excused from ${t.exemptedCourseCode} and earns ${credits(t.credits)} under ${basis}.`;
    case 'REVERSED':
      return `This no longer counts: ${basis} would excuse ${t.exemptedCourseCode}, but ${t.reason ?? 'its evidence no longer holds'}.`;
    case 'SUPERSEDED':
      return `This does not count separately: ${basis} would excuse ${t.exemptedCourseCode}, but it is ${t.reason ?? 'superseded by another rule'}.`;
    case 'PENDING':
      return `This does not count yet: ${basis} will excuse ${t.exemptedCourseCode} once its evidence exists, ${t.reason ?? 'from the date shown'}.`;
    case 'CAPPED':
      return `This does not add credits: ${basis} would excuse ${t.exemptedCourseCode}, but ${t.reason ?? "the agreement's limit on transferred credits was already reached"}.`;
  }
}

/** Why a progression requirement is met or not, on the day it is judged. */
export function explainCheck(c: Pick<RequirementCheckResult, 'met' | 'detail' | 'missing'> & { description: string }, asOf: string): string {
  return c.met
    ? `"${c.description}" was met on ${asOf}: ${c.detail}.`
    : `"${c.description}" is not met on ${asOf}: ${c.detail}; still needed: ${c.missing.join(', ')}.`;
}
