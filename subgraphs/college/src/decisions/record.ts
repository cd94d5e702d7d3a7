/**
 * The progression decision as written: each check with the evidence it read,
 * and the transfers the credit bank confirmed that day. Pure: built from the
 * assessment and the credit outcome progressStudent already computed.
 */
import type { CreditEvidence, TransferOutcome } from '../credit-bank/transfer.ts';
import { courseCodesOf, type ProgressionRequirementRow, type RequirementKind } from '../entities/progression-requirement.ts';
import type { Evidence, ResultEvidence } from '../evidence/evidence.ts';
import type { Assessment } from '../progression/evaluate.ts';
import { explainCheck, explainTransfer } from './explain.ts';

export interface RecordedCheck {
  requirementId: string;
  kind: RequirementKind;
  description: string;
  met: boolean;
  detail: string;
  evidenceUsed: string[];
  explanation: string;
}

export interface RecordedTransfer {
  ruleId: number;
  exemptedCourseCode: string;
  credits: number;
  evidence: CreditEvidence;
  explanation: string;
}

const resultInWords = (r: ResultEvidence) => `${r.courseCode} ${r.term}: ${r.score}${r.passed ? '' : ' (not passed)'}`;

/** The evidence one requirement read: the results, the certificate or the credits it was judged on. */
function evidenceUsed(req: ProgressionRequirementRow, evidence: Evidence, asOf: string): string[] {
  const results = evidence.results ?? [];
  switch (req.kind) {
    case 'CORE_COURSES_PASSED':
      return results.filter((r) => courseCodesOf(req).includes(r.courseCode)).map(resultInWords);
    case 'MIN_AVERAGE_SCORE':
      return results.map(resultInWords);
    case 'REQUIRED_CERTIFICATE': {
      const certificates = (evidence.certificates ?? []).filter((c) => c.standardCode === req.standardCode && c.issuedOn <= asOf);
      const recognised = (evidence.recognized ?? []).filter((r) => r.standardCode === req.standardCode);
      return [
        ...certificates.map((c) => `certificate ${c.serial} (${c.standardCode}), issued ${c.issuedOn}, ${c.status}`),
        ...recognised.map((r) => `a certificate recognised as ${r.standardCode}, from ${r.effectiveFrom}`),
      ];
    }
    case 'MIN_MODULE_CREDITS':
      return [`${evidence.moduleCredits ?? 0} module credits`];
  }
}

export function recordedChecks(assessment: Assessment, evidence: Evidence, asOf: string): RecordedCheck[] {
  return assessment.checks.map((c) => ({
    requirementId: String(c.requirement.id),
    kind: c.requirement.kind,
    description: c.requirement.description,
    met: c.met,
    detail: c.detail,
    evidenceUsed: evidenceUsed(c.requirement, evidence, asOf),
    explanation: explainCheck({ ...c, description: c.requirement.description }, asOf),
  }));
}

/** The APPLIED transfers of the day: what the decision confirms. */
export function confirmedTransfers(outcome: TransferOutcome): RecordedTransfer[] {
  return outcome.transfers
    .filter((t) => t.status === 'APPLIED')
    .map((t) => ({ ruleId: t.rule.id, exemptedCourseCode: t.exemptedCourseCode, credits: t.credits, evidence: t.evidence, explanation: explainTransfer(t) }));
}
