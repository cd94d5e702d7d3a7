import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { SecondaryProgramResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';
import { curriculumProgramFields } from './curriculum.ts';

export const SecondaryProgram: SecondaryProgramResolvers = {
  // The college subgraph refers to secondary programmes by code from its articulation agreements.
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.programByCode.load(ref.code);
  },
  school: async (program, _args, ctx) => requireRow(await ctx.loaders.schoolById.load(program.schoolId), 'school', program.schoolId),
  courses: async (program, args, ctx) => pageInOrder(await ctx.loaders.coursesByProgram.load(program.code), args, 50),
  ...curriculumProgramFields,
};
