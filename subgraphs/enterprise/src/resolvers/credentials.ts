/**
 * Verifiable certificates in the graph: issuers' public identities and status
 * lists (public), verification (open to anyone), each award's credential (for
 * whoever may read the award) and the learner's share links.
 */
import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { publicView } from '@guantong/shared/credentials';
import { JSONScalar } from '@guantong/shared/json-scalar';
import type { CertificateAwardResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { authorizeNamedCopy, certificateCredential } from '../credentials/export.ts';
import { signedStatusList } from '../credentials/status-lists.ts';
import { verifyCredentialQuery } from '../credentials/verify-query.ts';
import { revokeCredentialShare, shareCertificateCredential, sharedCredential, sharesOf } from '../credentials/shares.ts';

export { JSONScalar as JSON };

export const CredentialQuery: QueryResolvers = {
  async certificationIssuer(_parent, { organizationId }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    if (!(await ctx.loaders.organizationById.load(organizationId))) return null;
    return publicView(await ctx.loaders.credentials.issuers().identity(organizationId));
  },
  async certificateStatusList(_parent, { organizationId, list }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    if (!(await ctx.loaders.organizationById.load(organizationId))) return null;
    return (await signedStatusList(ctx.db, ctx.loaders.credentials.issuers(), organizationId, list))?.credential ?? null;
  },
  verifyCredential: (_parent, { credential }, ctx) => verifyCredentialQuery(ctx, credential),
  sharedCredential: (_parent, { secret }, ctx) => sharedCredential(ctx, secret),
};

export const CredentialAward: CertificateAwardResolvers = {
  credential(award, { named }, ctx) {
    if (named) authorizeNamedCopy(ctx, award);
    return certificateCredential(ctx, award, named === true);
  },
  credentialShares: async (award, args, ctx) => pageInOrder(await sharesOf(ctx, award.serial, award.studentId), args),
};

export const CredentialMutation: MutationResolvers = {
  shareCertificateCredential: (_parent, { serial, expiresOn, named }, ctx) => shareCertificateCredential(ctx, serial, expiresOn, named === true),
  revokeCredentialShare: (_parent, { id }, ctx) => revokeCredentialShare(ctx, id),
};
