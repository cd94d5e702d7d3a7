/**
 * The reference portal, served by the gateway at /portal/ from its build
 * (portal/dist) with sirv: on in demo mode, off in production unless
 * PORTAL_SERVE=true. The build is looked for on each request until found, so a
 * hub started before `npm run build` serves it once built. The page may load
 * and call this origin only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import sirv from 'sirv';
import type { Config } from '@guantong/shared/config';
import type { HttpHandler } from '@guantong/shared/http';

export const PORTAL_PATH = '/portal';

// A learning report's printable page is shown in a sandboxed srcdoc frame, which
// inherits this policy: its own <style> and SVG styling need inline styles.
// Scripts stay 'self' only, and the frame runs none at all.
export const PORTAL_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function answer(res: http.ServerResponse, status: number, text: string): true {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
  return true;
}

type Serve = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** The portal's handler; answers nothing (falls through to 404) when serving is off. */
export function portalHandler(config: Config): HttpHandler {
  const { serve, dir } = config.portal;
  let files: Serve | undefined;
  return (req, res, url) => {
    if (!serve || (url.pathname !== PORTAL_PATH && !url.pathname.startsWith(`${PORTAL_PATH}/`))) return false;
    if (url.pathname === PORTAL_PATH) {
      res.statusCode = 308;
      res.setHeader('location', `${PORTAL_PATH}/${url.search}`);
      res.end();
      return true;
    }
    if (!files && !fs.existsSync(path.join(dir, 'index.html'))) return answer(res, 503, 'the portal is not built: run npm run build');
    files ??= sirv(dir, { etag: true, setHeaders: (r) => Object.entries(PORTAL_HEADERS).forEach(([name, value]) => r.setHeader(name, value)) }) as Serve;
    req.url = `${url.pathname.slice(PORTAL_PATH.length)}${url.search}`;
    files(req, res, () => answer(res, 404, 'not found: the portal is at /portal/'));
    return true;
  };
}
