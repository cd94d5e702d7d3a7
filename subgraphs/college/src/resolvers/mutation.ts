import type { MutationResolvers } from '../generated/resolvers.ts';
import { recordCollegeResult } from '../mutations/record-result.ts';
import { registerPathway } from '../mutations/register-pathway.ts';

export const Mutation: MutationResolvers = {
  registerPathway: (_parent, { input }, ctx) => registerPathway(ctx, input),
  recordCollegeResult: (_parent, { input }, ctx) => recordCollegeResult(ctx, input),
};
