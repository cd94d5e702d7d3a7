/**
 * Links to the public verify page. A learner who shares a credential gives a
 * link (and its QR code, for print) that opens the gateway's verify page on the
 * shared credential: `/verify?shared=<secret>` under the hub's public origin.
 */
import QRCode from 'qrcode';

export const VERIFY_PAGE_PATH = '/verify';

/** What a share link's secret looks like: base64url, as the share mutation makes it. */
export const SHARE_SECRET = /^[A-Za-z0-9_-]{20,100}$/;

/** The verify page's link for a shared credential. */
export function verifyPageLink(publicUrl: string, secret: string): string {
  if (!SHARE_SECRET.test(secret)) throw new Error('a share secret is 20 to 100 base64url characters');
  return `${publicUrl}${VERIFY_PAGE_PATH}?shared=${secret}`;
}

/** A QR code of `text` as a standalone SVG document (error correction M, a quiet zone of 4 modules as ISO/IEC 18004 asks). */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
