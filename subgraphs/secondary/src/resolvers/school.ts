import { authorize } from '@guantong/shared/policy';
import type { SecondarySchoolResolvers } from '../generated/resolvers.ts';

export const SecondarySchool: SecondarySchoolResolvers = {
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.schoolById.load(ref.id);
  },
  programs: (school, _args, ctx) => ctx.loaders.programsBySchool.load(school.id),
};
