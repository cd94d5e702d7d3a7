import { courseCodesOf } from '../entities/progression-requirement.ts';
import { explainCheck } from '../decisions/explain.ts';
import type { ProgressionAssessmentResolvers, ProgressionRequirementResolvers, RequirementCheckResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

// Requirements are public catalogue data, like their agreement.
export const ProgressionRequirement: ProgressionRequirementResolvers = {
  id: (requirement) => String(requirement.id),
  courseCodes: (requirement) => (requirement.courseCodes === null ? null : courseCodesOf(requirement)),
};

// Reached only through Student.progression, which has authorised the read.
export const ProgressionAssessment: ProgressionAssessmentResolvers = {
  // Checks are judged on the assessment's day; the explanation needs it, so it is carried to them.
  checks: (assessment) => assessment.checks.map((c) => ({ ...c, asOf: assessment.asOf })),
  unmet: (assessment) => assessment.unmet.map((c) => ({ ...c, asOf: assessment.asOf })),
  agreement: async (assessment, _args, ctx) =>
    present(await ctx.loaders.agreementById.load(assessment.agreementId), `agreement ${assessment.agreementId}`),
};

export const RequirementCheck: RequirementCheckResolvers = {
  explanation: (check) => explainCheck({ ...check, description: check.requirement.description }, check.asOf ?? 'today'),
};
