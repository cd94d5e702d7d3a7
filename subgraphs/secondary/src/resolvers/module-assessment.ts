import type { ModuleAssessmentResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';
import { PASS_MARK } from './result.ts';

/**
 * An assessment is reached only through an authorised `Student.moduleAssessments`
 * or a mutation its writer was allowed to make, so its fields need no check of their own.
 */
export const ModuleAssessment: ModuleAssessmentResolvers = {
  module: async (assessment, _args, ctx) => requireRow(await ctx.loaders.moduleByCode.load(assessment.moduleCode), 'module', assessment.moduleCode),
  passed: (assessment) => assessment.score >= PASS_MARK,
  async creditsEarned(assessment, _args, ctx) {
    if (assessment.score < PASS_MARK) return 0;
    return requireRow(await ctx.loaders.moduleByCode.load(assessment.moduleCode), 'module', assessment.moduleCode).credits;
  },
};
