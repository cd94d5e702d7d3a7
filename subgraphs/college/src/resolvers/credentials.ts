/**
 * The college's signing identity for verifiable credentials: public, like the
 * catalogue; the gateway serves it as a DID document and a JWKS.
 */
import { authorize } from '@guantong/shared/policy';
import { publicView } from '@guantong/shared/credentials';
import { JSONScalar } from '@guantong/shared/json-scalar';
import type { QueryResolvers } from '../generated/resolvers.ts';

export { JSONScalar as JSON };

export const CredentialQuery: QueryResolvers = {
  async collegeIssuer(_parent, { organizationId }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    if (!(await ctx.loaders.collegeById.load(organizationId))) return null;
    return publicView(await ctx.loaders.issuers().identity(organizationId));
  },
};
