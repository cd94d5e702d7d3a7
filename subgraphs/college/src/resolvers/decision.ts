import type { ConfirmedTransferResolvers, DecisionCheckResolvers, ProgressionDecisionResolvers, TransferReviewResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

// Reached only through Student.progressionDecision or Student.progression, which have authorised the read.
export const ProgressionDecision: ProgressionDecisionResolvers = {
  decidedOn: (d) => d.row.decidedOn,
  recordedAt: (d) => d.row.recordedAt,
  agreement: async (d, _args, ctx) => present(await ctx.loaders.agreementById.load(d.row.agreementId), `agreement ${d.row.agreementId}`),
  requirementsVersion: (d) => d.row.requirementsVersion,
  decidedBy: (d) => d.row.actorSubject,
  decidedByOrganizationId: (d) => d.row.actorOrganizationId,
  checks: (d) => d.checks,
  confirmedTransfers: (d) => d.transfers,
  totalCredits: (d) => d.row.totalCredits,
};

export const DecisionCheck: DecisionCheckResolvers = {};

export const ConfirmedTransfer: ConfirmedTransferResolvers = {
  rule: async (t, _args, ctx) => present(await ctx.loaders.creditRuleById.load(t.ruleId), `credit rule ${t.ruleId}`),
  exemptedCourse: async (t, _args, ctx) => present(await ctx.loaders.courseByCode.load(t.exemptedCourseCode), `course ${t.exemptedCourseCode}`),
};

// Reached through a decision or by the college's registrars (openTransferReviews, resolveTransferReview).
export const TransferReview: TransferReviewResolvers = {
  id: (r) => String(r.id),
  ruleId: (r) => String(r.ruleId),
};
