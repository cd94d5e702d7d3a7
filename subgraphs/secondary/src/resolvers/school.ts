import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { SecondarySchoolResolvers } from '../generated/resolvers.ts';

export const SecondarySchool: SecondarySchoolResolvers = {
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.schoolById.load(ref.id);
  },
  programs: async (school, args, ctx) => pageInOrder(await ctx.loaders.programsBySchool.load(school.id), args),
};
