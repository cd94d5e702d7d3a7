/** The cohort views: staff of the school, or an administrator. */
import { numericKey, pageInOrder, pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { ModulePassRateResolvers, ModuleUptakeResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { enrolmentRates, passRates, uptake } from './cohorts.ts';

function authorizeSchool(ctx: Context, schoolId: string): string {
  authorize(ctx.actor, { action: 'org:read', organizationId: schoolId, staffRole: 'SECONDARY_STAFF' });
  return schoolId;
}

export const cohortQueries: Pick<QueryResolvers, 'moduleEnrolmentRates' | 'modulePassRates' | 'modulesRecommendedNotTaken'> = {
  async moduleEnrolmentRates(_parent, { schoolId, ...page }, ctx) {
    const rows = await enrolmentRates(ctx.db, authorizeSchool(ctx, schoolId));
    return pageOf(rows, (r) => numericKey(r.cohort), page);
  },
  async modulePassRates(_parent, { schoolId, ...page }, ctx) {
    const rows = await passRates(ctx.db, authorizeSchool(ctx, schoolId));
    return pageOf(rows, (r) => r.moduleCode, page, 50);
  },
  async modulesRecommendedNotTaken(_parent, { schoolId, ...page }, ctx) {
    const id = authorizeSchool(ctx, schoolId);
    const catalogue = await ctx.loaders.catalogue();
    return pageInOrder(await uptake(ctx.db, id, catalogue.modules.map((m) => m.code)), page);
  },
};

const moduleOf = async (row: { moduleCode: string }, _args: unknown, ctx: Context) =>
  requireRow(await ctx.loaders.moduleByCode.load(row.moduleCode), 'module', row.moduleCode);

export const ModulePassRate: ModulePassRateResolvers = { module: moduleOf };
export const ModuleUptake: ModuleUptakeResolvers = { module: moduleOf };
