import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { CollegeProgramResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';
import { programDualQualified } from '../teachers/service.ts';

export const CollegeProgram: CollegeProgramResolvers = {
  __resolveReference(reference, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.programByCode.load(reference.code);
  },
  college: async (program, _args, ctx) => present(await ctx.loaders.collegeById.load(program.collegeId), `college ${program.collegeId}`),
  courses: async (program, args, ctx) => pageInOrder(await ctx.loaders.coursesByProgram.load(program.code), args, 50),
  dualQualified: (program, { year }, ctx) => programDualQualified(ctx, program, year),
};
