import { explainTransfer } from '../decisions/explain.ts';
import { exemptCodesOf } from '../entities/credit-rule.ts';
import type { CreditRuleResolvers, CreditTransferResolvers, CreditTransferSummaryResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

// Public catalogue data: rules are read by anyone, like the agreements they belong to.
export const CreditRule: CreditRuleResolvers = {
  id: (rule) => String(rule.id),
  agreement: async (rule, _args, ctx) => present(await ctx.loaders.agreementById.load(rule.agreementId), `agreement ${rule.agreementId}`),
  // Codes were checked against the agreement's programme when the rule was added.
  exemptCourses: async (rule, _args, ctx) =>
    Promise.all(exemptCodesOf(rule).map(async (code) => present(await ctx.loaders.courseByCode.load(code), `course ${code}`))),
};

// Reached only through Student.creditTransfers and creditTransferPreview, which have authorised the read.
export const CreditTransfer: CreditTransferResolvers = {
  explanation: (transfer) => explainTransfer(transfer),
  exemptedCourse: async (transfer, _args, ctx) =>
    present(await ctx.loaders.courseByCode.load(transfer.exemptedCourseCode), `course ${transfer.exemptedCourseCode}`),
};

export const CreditTransferSummary: CreditTransferSummaryResolvers = {
  agreement: async (summary, _args, ctx) => present(await ctx.loaders.agreementById.load(summary.agreementId), `agreement ${summary.agreementId}`),
};
