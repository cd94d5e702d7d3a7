import { authorize } from '@guantong/shared/policy';
import type { CertificationOrganizationResolvers } from '../generated/resolvers.ts';

export const CertificationOrganization: CertificationOrganizationResolvers = {
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.organizationById.load(ref.id);
  },
};
