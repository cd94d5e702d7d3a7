import { pageInOrder } from '@guantong/shared/paging';
import type { SecondaryEnrollmentResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';

/**
 * A secondary stage is reached only through an authorised `Student.secondaryStage`
 * or a mutation its writer was allowed to make, so its fields need no check of their own.
 */
export const SecondaryEnrollment: SecondaryEnrollmentResolvers = {
  student: (enrollment) => ({ id: enrollment.studentId, enrollment }),
  institution: async (enrollment, _args, ctx) =>
    requireRow(await ctx.loaders.schoolById.load(enrollment.schoolId), 'school', enrollment.schoolId),
  program: async (enrollment, _args, ctx) =>
    requireRow(await ctx.loaders.programByCode.load(enrollment.programCode), 'programme', enrollment.programCode),
  results: async (enrollment, args, ctx) => pageInOrder(await ctx.loaders.resultsByStudent.load(enrollment.studentId), args, 50),
  // Unpaged, for the college's @requires: its decisions need every result.
  resultFacts: (enrollment, _args, ctx) => ctx.loaders.resultsByStudent.load(enrollment.studentId),
};
