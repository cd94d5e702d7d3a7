/**
 * The explorer: GraphiQL, bundled from npm at build time into
 * gateway/explorer-dist/ (`npm run build`), served wherever introspection is on
 * (demo mode, or NODE_ENV=development). A browser's GET /graphql gets the page;
 * its scripts, styles, Monaco's workers and font are under /graphiql/. Nothing
 * comes from a CDN, so it works offline. Apollo's landing page (Sandbox, from a CDN) stays off (shared/src/egress.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@guantong/shared/config';
import type { HttpHandler } from '@guantong/shared/http';

export const EXPLORER_DIST = fileURLToPath(new URL('../explorer-dist/', import.meta.url));
const ASSETS = '/graphiql/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** A browser navigating to /graphql asks for HTML first; GraphQL clients never do. */
function wantsPage(accept: string | undefined): boolean {
  return /^\s*text\/html\b/i.test(accept ?? '');
}

function loadBundle(): Map<string, { type: string; body: Buffer }> | undefined {
  if (!fs.existsSync(path.join(EXPLORER_DIST, 'index.html'))) return undefined;
  return new Map(fs.readdirSync(EXPLORER_DIST).map((file) => [file, { type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(path.join(EXPLORER_DIST, file)) }]));
}

/**
 * The page may load and call this origin only, so a bundle that reached for a
 * CDN would fail here rather than quietly work online. Monaco sets styles inline; GraphiQL's fonts are inlined in its CSS.
 */
export const EXPLORER_CSP = "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(res: Parameters<HttpHandler>[1], status: number, type: string, body: string | Buffer): true {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': EXPLORER_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
  res.end(body);
  return true;
}

/** The explorer's handler; the bundle is read once, at start-up. */
export function explorerHandler(config: Config): HttpHandler {
  if (!config.introspection) return () => false;
  const bundle = loadBundle();
  return (req, res, url) => {
    if (req.method !== 'GET') return false;
    const page = url.pathname === '/graphql' && wantsPage(req.headers.accept);
    if (!page && !url.pathname.startsWith(ASSETS)) return false;
    if (!bundle) return send(res, 503, 'text/plain; charset=utf-8', 'the explorer is not built: run `npm run build` (npm start builds it when missing)');
    const file = bundle.get(page ? 'index.html' : url.pathname.slice(ASSETS.length));
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found: the explorer is at /graphql');
    return send(res, 200, file.type, file.body);
  };
}
