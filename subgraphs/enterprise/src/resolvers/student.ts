import { visibleCertificates } from '../certificate-access.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';

/**
 * Any learner id resolves: this subgraph does not hold the learner register,
 * and a learner with no certificates simply has an empty list. Nothing is read
 * here; `certificates` asks the policy itself.
 */
export const Student: StudentResolvers = {
  __resolveReference: (ref) => ({
    id: ref.id,
    pathwayOrganizationIds: 'pathwayOrganizationIds' in ref ? ref.pathwayOrganizationIds : [],
  }),
  certificates: (student, _args, ctx) => visibleCertificates(ctx, student),
};
