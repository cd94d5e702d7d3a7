import { enrollSecondaryStudent } from '../mutations/enroll-student.ts';
import { recordSecondaryResult } from '../mutations/record-result.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

export const Mutation: MutationResolvers = {
  enrollSecondaryStudent: (_parent, { input }, ctx) => enrollSecondaryStudent(ctx, input),
  recordSecondaryResult: (_parent, { input }, ctx) => recordSecondaryResult(ctx, input),
};
