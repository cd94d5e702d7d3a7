/**
 * A browser app on another origin calls the hub: the page below is served by a
 * tiny server on its own port, and Chromium enforces CORS on every call it
 * makes. From an allowlisted origin the anonymous catalogue query (urql's
 * default GET) and a signed-in FiveYearRecord both answer; from any other
 * origin the browser gets nothing, and the simple GET is refused by CSRF
 * prevention before it runs. One SQLite hub: CORS does not depend on the database.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';
import { chromiumAvailable, launchChromium, type Browser } from './chromium.ts';

const PAGE_DIR = fileURLToPath(new URL('./cross-origin/', import.meta.url));
const SCREENSHOTS = path.join(root, 'reports/browser');

interface Site {
  origin: string;
  close(): Promise<void>;
}

/** Serves the portal page and its script, and nothing else. */
async function serveSite(): Promise<Site> {
  const files: Record<string, [string, string]> = { '/': ['page.html', 'text/html; charset=utf-8'], '/portal.js': ['portal.js', 'text/javascript; charset=utf-8'] };
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[1] }).end(fs.readFileSync(path.join(PAGE_DIR, file[0])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
}

describe.skipIf(!chromiumAvailable())('a browser app on another origin', () => {
  let hub: Hub;
  let browser: Browser;
  let allowed: Site;
  let stranger: Site;

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    [allowed, stranger] = await Promise.all([serveSite(), serveSite()]);
    hub = await startHub('sqlite', { env: { CORS_ORIGINS: `http://localhost:5173,${allowed.origin}` } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await allowed?.close();
    await stranger?.close();
  });

  async function visit(site: Site): Promise<{ catalogue: string; record: string }> {
    const page = await browser.context.newPage();
    const gateway = new URL(hub.gateway.url).origin;
    await page.goto(`${site.origin}/?gateway=${encodeURIComponent(gateway)}`);
    await page.locator('#record[data-done]').waitFor();
    const result = { catalogue: await page.locator('#catalogue').innerText(), record: await page.locator('#record').innerText() };
    if (site === allowed) await page.screenshot({ path: path.join(SCREENSHOTS, 'cross-origin-portal.png'), fullPage: true });
    await page.close();
    return result;
  }

  it('runs the anonymous catalogue query with a GET and a signed-in FiveYearRecord from an allowlisted origin', async () => {
    const { catalogue, record } = await visit(allowed);
    const standards = JSON.parse(catalogue) as Answer;
    expect(standards.status).toBe(200);
    expect(standards.body.errors).toBeUndefined();
    expect((standards.body.data?.certificateStandards as { nodes: unknown[] } | undefined)?.nodes).toContainEqual(expect.objectContaining({ code: 'X-NED-1' }));
    const five = JSON.parse(record) as Answer;
    expect(five.status).toBe(200);
    expect(five.body.errors).toBeUndefined();
    const student = five.body.data?.student as { id: string; pathway: { stage: string }; secondaryStage: { institution: { name: string }; completedOn: string | null }; higherStage: { institution: { name: string } } };
    expect(student.id).toBe('GT202200001X');
    expect(student.pathway.stage).toBe('HIGHER');
    expect(student.secondaryStage.institution.name).toBe('Riverside Secondary Vocational School');
    expect(student.secondaryStage.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(student.higherStage.institution.name).toBe('Metro Higher Vocational and Technical College');
  });

  it('gives a page on an origin outside the allowlist nothing: the browser refuses to read the answers', async () => {
    const { catalogue, record } = await visit(stranger);
    expect(catalogue).toBe('failed: Failed to fetch');
    expect(record).toBe('failed: Failed to fetch');
  });

  it('answers a preflight from an allowlisted origin, cached, without credentials, and names no other origin', async () => {
    const preflight = (origin: string) => fetch(hub.gateway.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const ok = await preflight(allowed.origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight(stranger.origin);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple GET runs from an allowlisted origin only, a simple POST from none', async () => {
    const query = `${hub.gateway.url}?query=${encodeURIComponent('{ certificateStandards { nodes { code } } }')}`;
    const fromAllowed = await fetch(query, { headers: { origin: allowed.origin } });
    expect(fromAllowed.status).toBe(200);
    const fromStranger = await fetch(query, { headers: { origin: stranger.origin } });
    expect(fromStranger.status).toBe(400);
    expect(await fromStranger.text()).toMatch(/CSRF/);
    const withoutOrigin = await fetch(query);
    expect(withoutOrigin.status).toBe(400);
    const formPost = await fetch(hub.gateway.url, { method: 'POST', headers: { origin: allowed.origin, 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
    expect(formPost.status).toBe(400);
    const mutationByGet = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('mutation { revokeConsent(id: "x") { id } }')}`, { headers: { origin: allowed.origin } });
    expect(mutationByGet.status).toBe(405);
  });
});
