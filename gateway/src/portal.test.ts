/**
 * The gateway serves the built portal at /portal/ in demo mode, and in
 * production only when PORTAL_SERVE=true; until it is built it says how to build it.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '@guantong/shared/config';
import { portalHandler } from './portal.ts';

const PRODUCTION = {
  GUANTONG_MODE: 'production', AUTH_JWKS_URL: 'https://idp.example.cn/jwks.json', GATEWAY_JWKS_URL: 'https://hub.example.cn/.well-known/jwks.json',
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), PII_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function builtPortal(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-portal-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>portal</title>');
  fs.writeFileSync(path.join(dir, 'assets/app.js'), 'export {};');
  return dir;
}

async function serve(config: Config): Promise<string> {
  const handler = portalHandler(config);
  server = http.createServer(async (req, res) => {
    if (!(await handler(req, res, new URL(req.url ?? '/', 'http://localhost')))) res.writeHead(404).end('not handled');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the portal at /portal/', () => {
  it('is served in demo mode, with a policy that keeps it to this origin', async () => {
    const dir = builtPortal();
    const base = await serve(loadConfig({ GUANTONG_MODE: 'demo', PORTAL_DIR: dir }));
    const index = await fetch(`${base}/portal/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>portal</title>');
    expect(index.headers.get('content-security-policy')).toContain("connect-src 'self'");
    // Inline styles are allowed for the printable reports' frames; inline scripts never.
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect((await fetch(`${base}/portal/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${base}/portal`, { redirect: 'manual' })).headers.get('location')).toBe('/portal/');
    expect((await fetch(`${base}/portal/nothing.js`)).status).toBe(404);
    expect(await (await fetch(`${base}/elsewhere`)).text()).toBe('not handled');
  });

  it('says how to build it until it is built', async () => {
    const base = await serve(loadConfig({ GUANTONG_MODE: 'demo', PORTAL_DIR: path.join(os.tmpdir(), 'gt-portal-never-built') }));
    const response = await fetch(`${base}/portal/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('the portal is not built: run npm run build');
  });

  it('is not served in production unless PORTAL_SERVE=true', async () => {
    const dir = builtPortal();
    const off = await serve(loadConfig({ ...PRODUCTION, PORTAL_DIR: dir }));
    expect(await (await fetch(`${off}/portal/`)).text()).toBe('not handled');
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const on = await serve(loadConfig({ ...PRODUCTION, PORTAL_DIR: dir, PORTAL_SERVE: 'true' }));
    expect((await fetch(`${on}/portal/`)).status).toBe(200);
  });
});
