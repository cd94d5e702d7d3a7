import { authorizeStudentRead, pathwayOrganizationIds } from '../access.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';

export const Student: StudentResolvers = {
  // Any learner id resolves, on the registry or not: other subgraphs' fields
  // @require pathwayOrganizationIds for every learner they hold. Nothing is
  // exposed here; each field below loads its data and asks the policy itself.
  __resolveReference: (reference) => ({ id: reference.id }),

  async pathway({ id }, _args, ctx) {
    await authorizeStudentRead(ctx, id);
    return (await ctx.loaders.registryByStudent.load(id))?.pathway ?? null;
  },

  async higherStage({ id }, _args, ctx) {
    await authorizeStudentRead(ctx, id);
    return ctx.loaders.higherByStudent.load(id);
  },

  // @inaccessible: only the gateway can ask for it (to satisfy @requires), and
  // subgraphs accept only gateway-signed requests, so no check is needed.
  pathwayOrganizationIds: ({ id }, _args, ctx) => pathwayOrganizationIds(ctx, id),
};
