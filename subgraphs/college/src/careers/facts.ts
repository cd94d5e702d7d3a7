/**
 * What `@requires` brings for a learner's career gap: their certificates with
 * the content units of each standard (enterprise), their secondary results
 * (secondary), their target job's requirements (enterprise) and their
 * agreement's curriculum facts. Kept apart from the articulation evidence.
 */
import type { AgreementFacts, RawCertificate, RawRequirement } from '../curriculum/facts.ts';

export interface CareerFacts {
  certificates: RawCertificate[] | null;
  results: { course: { code: string }; term: string; passed: boolean }[] | null;
  requirements: RawRequirement[] | null;
  agreement: AgreementFacts | null;
}

export interface RawCareerFacts {
  certificateFacts?: RawCertificate[] | null;
  secondaryStage?: { resultFacts?: { course: { code: string }; term: string; passed: boolean }[] } | null;
  careerTargetJob?: { requirementFacts?: RawRequirement[] } | null;
  pathwayAgreement?: AgreementFacts | null;
}

/** Only the parts that arrived; a part that did not is null, and careerGap then refuses rather than guess. */
export function careerFactsOf(raw: RawCareerFacts): CareerFacts | undefined {
  if (!('careerTargetJob' in raw) && !('pathwayAgreement' in raw)) return undefined;
  return {
    certificates: raw.certificateFacts ?? null,
    results: raw.secondaryStage?.resultFacts ?? null,
    requirements: raw.careerTargetJob?.requirementFacts ?? null,
    agreement: raw.pathwayAgreement ?? null,
  };
}
