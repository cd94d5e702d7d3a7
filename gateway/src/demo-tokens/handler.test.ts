import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '@guantong/shared/config';
import { createClientTokenVerifier } from '@guantong/shared/identity';
import { demoTokenHandler } from './handler.ts';

/** The handler alone, behind a server that answers 404 to whatever it does not take. */
async function serve(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  const handler = demoTokenHandler(config);
  const server = http.createServer((req, res) => {
    void Promise.resolve(handler(req, res, new URL(req.url ?? '/', 'http://localhost'))).then((answered) => {
      if (!answered) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const demo = loadConfig({ GUANTONG_MODE: 'demo' });
const postToken = (base: string, body: string) => fetch(`${base}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('demo tokens in demo mode', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (server = await serve(demo)));
  afterAll(() => server.close());

  it('signs a token the gateway accepts, for the role and organisation asked, with its expiry', async () => {
    const res = await postToken(server.url, JSON.stringify({ role: 'COLLEGE_STAFF', org: 'col-metro' }));
    expect(res.status).toBe(200);
    const { token, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
    const actor = await createClientTokenVerifier(demo.clientAuth).verify(token);
    expect(actor).toMatchObject({ role: 'COLLEGE_STAFF', orgId: 'col-metro' });
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(7 * 3600 * 1000);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('signs a learner\'s token for the learner named', async () => {
    const res = await postToken(server.url, JSON.stringify({ role: 'STUDENT', student: 'GT202200001X' }));
    const { token } = (await res.json()) as { token: string };
    expect(await createClientTokenVerifier(demo.clientAuth).verify(token)).toMatchObject({ role: 'STUDENT', studentId: 'GT202200001X' });
  });

  it('lists the demo roles with a label and whom each acts for', async () => {
    const res = await fetch(`${server.url}/demo/roles`);
    expect(res.status).toBe(200);
    const { roles } = (await res.json()) as { roles: Array<{ label: string; role: string; org?: string; student?: string }> };
    expect(roles.map((r) => r.role)).toEqual(['STUDENT', 'GUARDIAN', 'SECONDARY_STAFF', 'COLLEGE_STAFF', 'ENTERPRISE_STAFF', 'ADMIN']);
    expect(roles.find((r) => r.role === 'COLLEGE_STAFF')).toMatchObject({ org: 'col-metro', label: expect.stringContaining('Metro') });
  });

  it('answers bad input with 400 and a message saying what is accepted', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"role":"COLLEGE_STAFF"', /not valid JSON/],
      ['["ADMIN"]', /JSON object/],
      ['{"role":"DEAN"}', /role must be one of SECONDARY_STAFF, COLLEGE_STAFF/],
      ['{"role":"COLLEGE_STAFF"}', /org .* is required for COLLEGE_STAFF/],
      ['{"role":"STUDENT","student":"GT2022000010"}', /student .* is required for STUDENT/],
      ['{"role":"ADMIN","org":"col-metro"}', /org applies to the staff roles only/],
      ['{"role":"ENTERPRISE_STAFF","org":"col-metro"}', /org must start with "org-", got "col-metro"/],
    ];
    for (const [body, message] of cases) {
      const res = await postToken(server.url, body);
      expect(res.status, body).toBe(400);
      const { errors } = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(errors[0].message, body).toMatch(message);
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('asks for a token with POST only', async () => {
    const res = await fetch(`${server.url}/demo/token`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('demo tokens in production', () => {
  it('are never mounted: both routes answer 404', async () => {
    const server = await serve({ ...demo, mode: 'production' });
    try {
      expect((await postToken(server.url, '{"role":"ADMIN"}')).status).toBe(404);
      expect((await fetch(`${server.url}/demo/roles`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
