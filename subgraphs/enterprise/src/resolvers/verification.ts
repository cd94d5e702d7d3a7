import type { CertificateVerificationResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';
import { issuerAccreditation } from '../accreditation/check.ts';

/** The answer to a certificate check: every field but `authentic` is null when it is not authentic. */
export const CertificateVerification: CertificateVerificationResolvers = {
  authentic: (v) => v.authentic,
  status: (v) => (v.authentic ? v.status : null),
  issuedOn: (v) => (v.authentic ? v.issuedOn : null),
  revokedOn: (v) => (v.authentic ? v.revokedOn : null),
  standard: async (v, _args, ctx) =>
    v.authentic ? requireRow(await ctx.loaders.standardByCode.load(v.standardCode), 'certificate standard', v.standardCode) : null,
  issuerAccreditation: (v, _args, ctx) => (v.authentic ? issuerAccreditation(ctx, v.standardCode, v.issuedOn) : null),
};
