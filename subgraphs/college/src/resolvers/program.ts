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
  courses: (program, _args, ctx) => ctx.loaders.coursesByProgram.load(program.code),
  dualQualified: (program, { year }, ctx) => programDualQualified(ctx, program, year),
};
