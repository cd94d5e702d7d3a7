import type { MutationResolvers } from '../generated/resolvers.ts';
import { addCreditRule, retireCreditRule } from '../mutations/credit-rules.ts';
import { grantConsent } from '../mutations/grant-consent.ts';
import { progressStudent } from '../mutations/progress-student.ts';
import { recordCollegeResult } from '../mutations/record-result.ts';
import { registerPathway } from '../mutations/register-pathway.ts';
import { revokeConsent } from '../mutations/revoke-consent.ts';
import { setProgressionRequirements } from '../decisions/set-requirements.ts';
import { resolveTransferReview } from '../reviews/resolve.ts';
import { curriculumMutations } from './curriculum-root.ts';

export const Mutation: MutationResolvers = {
  registerPathway: (_parent, { input }, ctx) => registerPathway(ctx, input),
  recordCollegeResult: (_parent, { input }, ctx) => recordCollegeResult(ctx, input),
  grantConsent: (_parent, { input }, ctx) => grantConsent(ctx, input),
  revokeConsent: (_parent, { id }, ctx) => revokeConsent(ctx, id),
  addCreditRule: (_parent, { input }, ctx) => addCreditRule(ctx, input),
  retireCreditRule: (_parent, { id, effectiveTo, correctionReason }, ctx) => retireCreditRule(ctx, id, effectiveTo, correctionReason),
  resolveTransferReview: (_parent, { input }, ctx) => resolveTransferReview(ctx, input),
  setProgressionRequirements: (_parent, { input }, ctx) => setProgressionRequirements(ctx, input),
  progressStudent: (_parent, { studentId, effectiveOn }, ctx) => progressStudent(ctx, studentId, effectiveOn),
  ...curriculumMutations,
};
