import { pageInOrder } from '@guantong/shared/paging';
import type { HigherEnrollmentResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

// Reached only through Student.higherStage, which has already authorised the read.
export const HigherEnrollment: HigherEnrollmentResolvers = {
  institution: async (enrollment, _args, ctx) => present(await ctx.loaders.collegeById.load(enrollment.collegeId), `college ${enrollment.collegeId}`),
  program: async (enrollment, _args, ctx) => present(await ctx.loaders.programByCode.load(enrollment.programCode), `programme ${enrollment.programCode}`),
  results: async (enrollment, args, ctx) => pageInOrder(await ctx.loaders.resultsByStudent.load(enrollment.studentId), args, 50),
};
