/**
 * The verify page as the gateway serves it: every file it needs from this
 * origin, nothing from anywhere else, and a QR code for a shared link.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { qrCodeSvg } from '@guantong/shared/credentials';
import { verifyPageHandler } from './verify-page.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  const handler = verifyPageHandler(loadConfig({ GUANTONG_MODE: 'demo', CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn' }));
  server = http.createServer(async (req, res) => {
    const answered = await handler(req, res, new URL(req.url ?? '/', 'http://localhost'));
    if (!answered) res.writeHead(418).end('not the page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SECRET = 'c2hhcmVkLXNlY3JldC1vZi10aGlzLXRlc3Q';

describe('the verify page', () => {
  it('is served at /verify with a policy that lets it load and call only this origin, and leak no referrer', async () => {
    const response = await fetch(`${base}/verify`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<label for="credential">Credential (JSON)</label>');
    expect(html).toContain('<label for="credential-file">');
  });

  it('loads its script and style from this origin only, and names no other host anywhere', async () => {
    const html = await (await fetch(`${base}/verify/`)).text();
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(references).toEqual(['/verify/verify.css', '/verify/verify.js', '#verdict', '']);
    for (const file of ['verify.js', 'verify.css']) {
      const response = await fetch(`${base}/verify/${file}`);
      expect(response.status).toBe(200);
      expect(await response.text()).not.toMatch(/https?:\/\/|\/\/[a-z]/i);
    }
    expect((await fetch(`${base}/verify/verify.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${base}/verify/verify.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body, refuses other methods, and says where the page is for an unknown file', async () => {
    const head = await fetch(`${base}/verify`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/verify`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await fetch(`${base}/verify/../../package.json`);
    expect(missing.status).toBe(418);
    const unknown = await fetch(`${base}/verify/index.html`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('not found: the verify page is at /verify');
  });

  it('leaves every other path to the next handler', async () => {
    expect((await fetch(`${base}/verifyCredential`)).status).toBe(418);
    expect((await fetch(`${base}/graphql`)).status).toBe(418);
  });

  it('draws the QR code of a share link\'s verify link under the hub\'s public origin', async () => {
    const response = await fetch(`${base}/verify/qr.svg?shared=${SECRET}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toBe(await qrCodeSvg(`https://hub.example.cn/verify?shared=${SECRET}`));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toBe(await qrCodeSvg(`https://hub.example.cn/verify?shared=${SECRET}x`));
  });

  it('refuses a QR code for anything but a share secret', async () => {
    for (const query of ['', '?shared=short', `?shared=${SECRET}%2Fevil`, '?link=https://evil.example']) {
      const response = await fetch(`${base}/verify/qr.svg${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toBe('qr.svg needs shared=<the secret of a share link>');
    }
  });
});
