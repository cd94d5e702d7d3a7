import { authorize } from '@guantong/shared/policy';
import type { CertificateModuleResolvers } from '../generated/resolvers.ts';

export const CertificateModule: CertificateModuleResolvers = {
  // The college refers to modules by code from its recommendations; the catalogue is public to any signed-in caller, as in certificateModules.
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.moduleByCode.load(ref.code);
  },
};
