import { pageInOrder } from '@guantong/shared/paging';
import { badInput } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireDate } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { findConflicts } from '../credit-bank/conflicts.ts';
import { inForce } from '../credit-bank/match.ts';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** An agreement's rules in precedence order; an unknown agreement is a client mistake, not an empty list. */
async function rulesOf(ctx: Context, agreementId: string): Promise<CreditRuleRow[]> {
  authorize(ctx.actor, { action: 'catalog:read' });
  if (!(await ctx.loaders.agreementById.load(agreementId))) {
    throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
  }
  return ctx.loaders.creditRulesByAgreement.load(agreementId);
}

export const creditQueries: Pick<QueryResolvers, 'creditRules' | 'creditRuleConflicts'> = {
  async creditRules(_parent, { agreementId, activeOn, ...page }, ctx) {
    const day = activeOn == null ? null : requireDate(activeOn, 'activeOn');
    const rules = await rulesOf(ctx, agreementId);
    return pageInOrder(day === null ? rules : rules.filter((rule) => inForce(rule, day)), page, 50);
  },

  creditRuleConflicts: async (_parent, { agreementId, ...page }, ctx) => pageInOrder(findConflicts(await rulesOf(ctx, agreementId)), page),
};
