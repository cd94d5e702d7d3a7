/**
 * Matching one rule against a learner's evidence. Pure: no I/O, no clock.
 * A rule applies to evidence dated inside its effective range: a certificate
 * by its issue date, a course result by the end of its term.
 */
import type { CertificateLevel, CreditRuleRow } from '../entities/credit-rule.ts';
import { termEnd, type CertificateEvidence, type ResultEvidence } from '../evidence/evidence.ts';

const LEVEL_RANK: Record<CertificateLevel, number> = { ENTRY: 1, INTERMEDIATE: 2, ADVANCED: 3 };

export const levelRank = (level: CertificateLevel | null): number => (level === null ? 0 : LEVEL_RANK[level]);

/** ENTRY < INTERMEDIATE < ADVANCED; no minimum ranks 0, so anything meets it; a standard without a level meets no minimum. */
export const levelAtLeast = (level: CertificateLevel | null, min: CertificateLevel | null): boolean => levelRank(level) >= levelRank(min);

type Dated = Pick<CreditRuleRow, 'effectiveFrom' | 'effectiveTo'>;

/** True when the ISO date falls inside the rule's effective range, both ends included. */
export const inForce = (rule: Dated, date: string): boolean =>
  date >= rule.effectiveFrom && (rule.effectiveTo === null || date <= rule.effectiveTo);

/**
 * The award a CERTIFICATE rule rests on, or null. Of several matching awards of
 * the standard, a valid one is preferred to a revoked one (a re-sat
 * certificate still counts), then the higher score, then the earlier issue.
 */
export function matchCertificate(rule: CreditRuleRow, certificates: readonly CertificateEvidence[]): CertificateEvidence | null {
  const candidates = certificates.filter(
    (c) =>
      c.standardCode === rule.standardCode &&
      levelAtLeast(c.level, rule.minLevel) &&
      (rule.minScore === null || (c.score !== null && c.score >= rule.minScore)) &&
      inForce(rule, c.issuedOn),
  );
  const better = (a: CertificateEvidence, b: CertificateEvidence) =>
    Number(b.status === 'VALID') - Number(a.status === 'VALID') ||
    (b.score ?? -1) - (a.score ?? -1) ||
    a.issuedOn.localeCompare(b.issuedOn) ||
    a.serial.localeCompare(b.serial);
  return candidates.sort(better)[0] ?? null;
}

/**
 * The result a COURSE_RESULT rule rests on, or null: the learner's best passed
 * result in the course (highest score, then the earlier term) that reaches the
 * minimum score and whose term ended while the rule was in force.
 */
export function matchResult(rule: CreditRuleRow, results: readonly ResultEvidence[]): ResultEvidence | null {
  const candidates = results.filter((r) => {
    const end = termEnd(r.term);
    return r.courseCode === rule.secondaryCourseCode && r.passed && r.score >= (rule.minScore ?? 0) && end !== null && inForce(rule, end);
  });
  const better = (a: ResultEvidence, b: ResultEvidence) => b.score - a.score || a.term.localeCompare(b.term);
  return candidates.sort(better)[0] ?? null;
}
