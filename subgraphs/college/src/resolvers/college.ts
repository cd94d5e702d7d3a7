import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { CollegeResolvers } from '../generated/resolvers.ts';

export const College: CollegeResolvers = {
  __resolveReference(reference, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.collegeById.load(reference.id);
  },
  programs: async (college, args, ctx) => pageInOrder(await ctx.loaders.programsByCollege.load(college.id), args),
};
