/** Tokens from a real identity provider, verified against its JWKS. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startHub, type Hub } from '../../helpers/hub.ts';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

// Token verification does not touch a database; SQLite covers it.
describe('an identity provider’s keys (JWKS)', () => {
  let hub: Hub;
  let idp: http.Server;
  let privateKey: PrivateKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    idp = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks.json`;
    hub = await startHub('sqlite', { env: { AUTH_JWKS_URL: url, AUTH_ISSUER: 'https://idp.school.example', AUTH_AUDIENCE: 'guantong-hub' } });
  });
  afterAll(async () => {
    await hub?.stop();
    idp?.close();
  });

  const sign = (alg: 'RS256', key: PrivateKey, kid = 'idp-1') =>
    new SignJWT({ role: 'COLLEGE_STAFF', org: 'col-metro' }).setProtectedHeader({ alg, kid }).setIssuer('https://idp.school.example').setAudience('guantong-hub').setSubject('teacher-7').setIssuedAt().setExpirationTime('10m').sign(key);

  it('accepts an RS256 token signed by the provider', async () => {
    const res = await hub.query('{ student(id: "GT202200001X") { id } }', {}, await sign('RS256', privateKey));
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ student: { id: 'GT202200001X' } });
  });

  it('refuses an RS256 token signed by another key → 401', async () => {
    const other = await generateKeyPair('RS256');
    expect((await hub.query('{ student(id: "GT202200001X") { id } }', {}, await sign('RS256', other.privateKey))).status).toBe(401);
  });

  it('refuses an HS256 token made with the demo secret once a provider is configured → 401', async () => {
    const hs = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('https://idp.school.example').setAudience('guantong-hub').setExpirationTime('10m').sign(new TextEncoder().encode('guantong-demo-client-signing-key-not-for-production'));
    expect((await hub.query('{ student(id: "GT202200001X") { id } }', {}, hs)).status).toBe(401);
  });
});
