/**
 * Whether the basis of a confirmed transfer has failed since the decision.
 * Pure: the decision, the rules as stored now and the learner's current
 * certificates go in; the reason for each transfer needing review comes out.
 * Nothing is rewritten: the decision keeps what it confirmed, and the review
 * says what changed.
 */
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { CertificateEvidence } from '../evidence/evidence.ts';
import type { RecordedTransfer } from '../decisions/record.ts';

export const transferKey = (t: { ruleId: number; exemptedCourseCode: string }) => `${t.ruleId}|${t.exemptedCourseCode}`;

/** Why one confirmed transfer needs review, or null while its basis holds. */
function causeFor(t: RecordedTransfer, decidedOn: string, rule: CreditRuleRow | null, certificates: readonly CertificateEvidence[] | null): string | null {
  const causes: string[] = [];
  if (rule?.effectiveTo != null && rule.effectiveTo < decidedOn) {
    causes.push(`rule ${rule.id} was later retired from ${rule.effectiveTo}, before the decision of ${decidedOn}`);
  }
  const serial = t.evidence.certificateSerial;
  // A course result's transfer has no serial, and every certificate has one: it finds none.
  const award = certificates?.find((c) => c.serial === serial);
  if (award?.status === 'REVOKED') {
    causes.push(`certificate ${serial} was revoked by its issuer on ${award.revokedOn ?? 'an unrecorded date'} (${award.revocationReason ?? 'no reason recorded'})`);
  }
  if (award?.prerequisiteRevoked) causes.push(`certificate ${serial} required another certificate that was revoked: ${award.prerequisiteRevoked}`);
  return causes.length === 0 ? null : `The transfer confirmed on ${decidedOn} needs review: ${causes.join('; ')}.`;
}

/**
 * Each confirmed transfer whose basis failed, keyed by rule and course. Without
 * the certificates (null: not readable to this caller), only rule changes count.
 */
export function reviewCauses(
  transfers: readonly RecordedTransfer[],
  decidedOn: string,
  rules: ReadonlyMap<number, CreditRuleRow>,
  certificates: readonly CertificateEvidence[] | null,
): Map<string, { transfer: RecordedTransfer; reason: string }> {
  const causes = new Map<string, { transfer: RecordedTransfer; reason: string }>();
  for (const transfer of transfers) {
    const reason = causeFor(transfer, decidedOn, rules.get(transfer.ruleId) ?? null, certificates);
    if (reason) causes.set(transferKey(transfer), { transfer, reason });
  }
  return causes;
}
