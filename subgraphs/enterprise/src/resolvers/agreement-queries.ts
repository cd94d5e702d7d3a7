import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { readableAgreement } from '../agreements/access.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { compareText } from '@guantong/shared/loaders';

/** The parties' view of recognition agreements, pending proposals included. */
export const agreementQueries: Pick<QueryResolvers, 'recognitionAgreements' | 'recognitionAgreement'> = {
  async recognitionAgreements(_parent, { organizationId, status, ...page }, ctx) {
    authorize(ctx.actor, { action: 'org:read', organizationId, staffRole: 'ENTERPRISE_STAFF' });
    const rows = await ctx.db.getRepository(RecognitionEntity).find({
      where: [{ proposerOrgId: organizationId }, { counterpartOrgId: organizationId }].map((party) => (status ? { ...party, status } : party)),
    });
    for (const row of rows) ctx.loaders.recognitionById.prime(row.id, row);
    return pageInOrder(rows.sort((a, b) => compareText(a.effectiveFrom, b.effectiveFrom) || compareText(a.id, b.id)), page);
  },
  recognitionAgreement: async (_parent, { id }, ctx) => readableAgreement(ctx, await ctx.loaders.recognitionById.load(id)),
};
