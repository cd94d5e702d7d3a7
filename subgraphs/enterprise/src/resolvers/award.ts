import type { CertificateAwardResolvers } from '../generated/resolvers.ts';
import { prerequisiteRevoked } from '../prerequisites/revoked.ts';
import { requireRow } from './require-row.ts';
import { curriculumAwardFields } from './curriculum.ts';

/**
 * An award is reached only through `Student.certificates`, which has already
 * filtered it through the policy, or from a mutation its writer was allowed to
 * make; its fields need no check of their own.
 */
export const CertificateAward: CertificateAwardResolvers = {
  prerequisiteRevoked: (award, _args, ctx) => prerequisiteRevoked(ctx, award),
  standard: async (award, _args, ctx) =>
    requireRow(await ctx.loaders.standardByCode.load(award.standardCode), 'certificate standard', award.standardCode),
  ...curriculumAwardFields,
};
