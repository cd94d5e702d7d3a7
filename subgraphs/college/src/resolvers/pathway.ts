import type { PathwayResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

export const Pathway: PathwayResolvers = {
  agreement: async (pathway, _args, ctx) => present(await ctx.loaders.agreementById.load(pathway.agreementId), `agreement ${pathway.agreementId}`),
};
