import { pageInOrder, type PageArgs } from '@guantong/shared/paging';
import { visibleCertificates } from '../certificates/access.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { recognizedCertificates } from '../recognition/certificates.ts';

/**
 * Any learner id resolves: this subgraph does not hold the learner register,
 * and a learner with no certificates simply has an empty list. Nothing is read
 * here; `certificates` and `recognizedCertificates` ask the policy themselves.
 * A representation without the `@requires` fields is treated as a learner with
 * no pathway and no consent, which can only narrow what the caller sees.
 */
/** A page of a list the policy may withhold: null stays null. */
const pageOrNull = <T>(rows: readonly T[] | null, args: PageArgs) => (rows === null ? null : pageInOrder(rows, args));

export const Student: StudentResolvers = {
  __resolveReference: (ref) => ({
    id: ref.id,
    pathwayOrganizationIds: 'pathwayOrganizationIds' in ref ? ref.pathwayOrganizationIds : [],
    activeGrants: 'activeGrants' in ref ? ref.activeGrants : [],
  }),
  certificates: async (student, args, ctx) => pageOrNull(await visibleCertificates(ctx, student), args),
  recognizedCertificates: async (student, args, ctx) => pageOrNull(await recognizedCertificates(ctx, student), args),
  // Unpaged, for the college's @requires: its decisions need every certificate.
  certificateFacts: (student, _args, ctx) => visibleCertificates(ctx, student),
  recognizedCertificateFacts: (student, _args, ctx) => recognizedCertificates(ctx, student),
};
