/** Loads what bounds a learner's credits under an agreement: each exempted course's worth, and the agreement's cap. */
import type { Context } from '../context.ts';
import { exemptCodesOf, type CreditRuleRow } from '../entities/credit-rule.ts';
import { present } from '../resolvers/integrity.ts';
import type { CreditLimits } from './limits.ts';

/** What bounds the credits: each exempted course's worth, and the agreement's cap. */
export async function limitsOf(ctx: Context, agreementId: string, rules: readonly CreditRuleRow[]): Promise<CreditLimits> {
  const agreement = present(await ctx.loaders.agreementById.load(agreementId), `agreement ${agreementId}`);
  const codes = [...new Set(rules.flatMap(exemptCodesOf))];
  const courses = await ctx.loaders.courseByCode.loadMany(codes);
  const courseCredits = new Map<string, number>();
  for (const course of courses) if (course && !(course instanceof Error)) courseCredits.set(course.code, course.credits);
  return { courseCredits, maxTransferCredits: agreement.maxTransferCredits };
}

