import { qrCodeSvg, verifyPageLink } from '@guantong/shared/credentials';
import type { CredentialShareLinkResolvers } from '../generated/resolvers.ts';

/** The share's secret: the last segment of its link (…/credentials/shared/{secret}). */
const secretOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

/** A share link as the verify page opens it, and its QR code, for the learner to give or print. */
export const CredentialShareLink: CredentialShareLinkResolvers = {
  verifyUrl: (link, _args, ctx) => verifyPageLink(ctx.loaders.credentials.issuers().publicUrl, secretOf(link.url)),
  qrCodeSvg: (link, _args, ctx) => qrCodeSvg(verifyPageLink(ctx.loaders.credentials.issuers().publicUrl, secretOf(link.url))),
};
