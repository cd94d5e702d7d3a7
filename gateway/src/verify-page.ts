/**
 * The public verify page, served by the gateway: static HTML, JavaScript and
 * CSS from gateway/verify-page/ (nothing from a CDN, so it works offline), and
 * the QR code of a verify link. The page calls `verifyCredential` through
 * /graphql like any anonymous client. Its Content-Security-Policy allows only
 * this origin, and no referrer leaves the page, since a share link's secret is
 * in its address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@guantong/shared/config';
import type { HttpHandler } from '@guantong/shared/http';
import { qrCodeSvg, SHARE_SECRET, VERIFY_PAGE_PATH, verifyPageLink } from '@guantong/shared/credentials';

const PAGE_DIR = fileURLToPath(new URL('../verify-page/', import.meta.url));

const FILES: Record<string, { file: string; type: string }> = {
  [VERIFY_PAGE_PATH]: { file: 'index.html', type: 'text/html; charset=utf-8' },
  [`${VERIFY_PAGE_PATH}/`]: { file: 'index.html', type: 'text/html; charset=utf-8' },
  [`${VERIFY_PAGE_PATH}/verify.js`]: { file: 'verify.js', type: 'text/javascript; charset=utf-8' },
  [`${VERIFY_PAGE_PATH}/verify.css`]: { file: 'verify.css', type: 'text/css; charset=utf-8' },
};

export const VERIFY_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

function send(res: Parameters<HttpHandler>[1], status: number, type: string, body: string | Buffer, head: boolean): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(VERIFY_PAGE_HEADERS)) res.setHeader(name, value);
  res.setHeader('content-type', type);
  res.end(head ? undefined : body);
}

/** The verify page's handler; the files are read once, at start-up. */
export function verifyPageHandler(config: Config): HttpHandler {
  const files = new Map(Object.entries(FILES).map(([route, { file, type }]) => [route, { type, body: fs.readFileSync(path.join(PAGE_DIR, file)) }]));
  // Demo mode writes links under the gateway's own address when no public origin is set.
  const publicUrl = config.credentials.publicUrl ?? `http://127.0.0.1:${config.ports.gateway}`;
  return async (req, res, url) => {
    if (url.pathname !== VERIFY_PAGE_PATH && !url.pathname.startsWith(`${VERIFY_PAGE_PATH}/`)) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'the verify page is read with GET', head);
      return true;
    }
    if (url.pathname === `${VERIFY_PAGE_PATH}/qr.svg`) {
      const secret = url.searchParams.get('shared') ?? '';
      if (!SHARE_SECRET.test(secret)) send(res, 400, 'text/plain; charset=utf-8', 'qr.svg needs shared=<the secret of a share link>', head);
      else send(res, 200, 'image/svg+xml; charset=utf-8', await qrCodeSvg(verifyPageLink(publicUrl, secret)), head);
      return true;
    }
    const file = files.get(url.pathname);
    if (file) send(res, 200, file.type, file.body, head);
    else send(res, 404, 'text/plain; charset=utf-8', 'not found: the verify page is at /verify', head);
    return true;
  };
}
