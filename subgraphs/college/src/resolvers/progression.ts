import { courseCodesOf } from '../entities/progression-requirement.ts';
import type { ProgressionAssessmentResolvers, ProgressionRequirementResolvers } from '../generated/resolvers.ts';
import { present } from '../integrity.ts';

// Requirements are public catalogue data, like their agreement.
export const ProgressionRequirement: ProgressionRequirementResolvers = {
  id: (requirement) => String(requirement.id),
  courseCodes: (requirement) => (requirement.courseCodes === null ? null : courseCodesOf(requirement)),
};

// Reached only through Student.progression, which has authorised the read.
export const ProgressionAssessment: ProgressionAssessmentResolvers = {
  agreement: async (assessment, _args, ctx) =>
    present(await ctx.loaders.agreementById.load(assessment.agreementId), `agreement ${assessment.agreementId}`),
};
