/**
 * Fixtures for the articulation engine's tests: rules and evidence built in
 * code, and the demo learners' evidence as the gateway would bring it in with
 * `@requires` (certificates from enterprise, results from secondary).
 */
import { catalog, demoRoster } from '@guantong/shared/demo';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { CertificateEvidence, RawEvidence, ResultEvidence } from '../evidence/evidence.ts';

let nextId = 100;

/** A CERTIFICATE rule of agr-net unless overridden. */
export const certRule = (overrides: Partial<CreditRuleRow> = {}): CreditRuleRow => ({
  id: (nextId += 1), agreementId: 'agr-net', kind: 'CERTIFICATE', standardCode: 'X-NED-1', minLevel: null, minScore: null, secondaryCourseCode: null,
  exemptCourseCodes: 'NET-H210', credits: 4, effectiveFrom: '2023-09-01', effectiveTo: null, priority: 0, description: 'test rule', ...overrides,
});

/** A COURSE_RESULT rule of agr-net unless overridden. */
export const courseRule = (overrides: Partial<CreditRuleRow> = {}): CreditRuleRow =>
  certRule({ kind: 'COURSE_RESULT', standardCode: null, secondaryCourseCode: 'NET-S120', minScore: 85, ...overrides });

export const award = (overrides: Partial<CertificateEvidence> = {}): CertificateEvidence => ({
  serial: 'NED1-2024-000001', status: 'VALID', score: 80, issuedOn: '2024-06-20', revokedOn: null, revocationReason: null,
  standardCode: 'X-NED-1', level: 'ENTRY', ...overrides,
});

export const result = (courseCode: string, score: number, term = '2023-2024-1'): ResultEvidence => ({ courseCode, term, score, passed: score >= 60 });

const levels = new Map(catalog.standards.map((s) => [s.code, s.level]));
// Built on first use, not on import: the pure tests that never read the demo
// learners then do not run the demo's code (and its calendar) as they load.
let roster: ReturnType<typeof demoRoster> | undefined;
const demo = () => (roster ??= demoRoster());

/** A demo learner's certificates and secondary results, in the shape `@requires` selects. */
export function demoEvidence(studentId: string): RawEvidence {
  return {
    certificateFacts: demo().awards
      .filter((a) => a.studentId === studentId)
      .map((a) => ({
        serial: a.serial, status: a.status, score: a.score, issuedOn: a.issuedOn, revokedOn: a.revokedOn, revocationReason: a.revocationReason,
        standard: { code: a.standardCode, level: levels.get(a.standardCode) ?? null },
      })),
    secondaryStage: {
      resultFacts: demo().secondaryResults
        .filter((r) => r.studentId === studentId)
        .map((r) => ({ course: { code: r.courseCode }, term: r.term, score: r.score, passed: r.score >= 60 })),
    },
  };
}

/** An `_entities` representation of a learner carrying evidence. */
export const withEvidence = (id: string, evidence: RawEvidence = demoEvidence(id)) => ({ __typename: 'Student', id, ...evidence });

/** Demo learners on the registry, by cohort and agreement, in id order. */
export const demoLearners = (filter: { cohort?: string; agreementId?: string } = {}): string[] =>
  demo().students.filter((s) => (!filter.cohort || s.cohort === filter.cohort) && (!filter.agreementId || s.agreementId === filter.agreementId)).map((s) => s.id);
