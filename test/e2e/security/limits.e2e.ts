/** Rate limiting and trusted documents at the gateway. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { sha256, CLIENT_KEY_HEADER } from '@guantong/gateway/trusted-documents';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { RECOGNITION } from '../../helpers/operations.ts';

const kinds = await databaseKinds();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-trusted-'));
const manifestPath = path.join(dir, 'manifest.json');
fs.writeFileSync(manifestPath, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(RECOGNITION), name: 'Recognition', type: 'query', body: RECOGNITION }] }));

/** Nine quick requests from one client with a budget of eight: the ninth is refused. */
async function expectRateLimited(hub: Hub): Promise<void> {
  const noisy = await hub.token({ role: 'ADMIN', subject: `noisy-${randomUUID()}` });
  const statuses: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const res = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${noisy}` }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
    statuses.push(res.status);
    if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  }
  expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
  expect(statuses[8]).toBe(429);
  const quiet = await hub.token({ role: 'ADMIN', subject: `quiet-${randomUUID()}` });
  expect((await hub.query('{ certificateStandards { nodes { code } } }', {}, quiet)).status).toBe(200);
}

/** The four spellings of one HS256 signature: its last base64url character carries two unused bits. */
function spellings(token: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(token.at(-1)!);
  return [0, 1, 2, 3].map((bits) => token.slice(0, -1) + alphabet[(last & ~3) | bits]);
}

/** One user, two tokens, each sent in four spellings and two cases of the scheme: one budget of eight. */
async function expectOneBudgetPerSubject(hub: Hub): Promise<void> {
  const subject = `spelled-${randomUUID()}`;
  const tokens = [await hub.token({ role: 'ADMIN', subject }), await hub.token({ role: 'ADMIN', subject, ttlSeconds: 3000 })];
  const headers = tokens.flatMap((t) => spellings(t)).map((t, i) => `${i % 2 ? 'bearer' : 'Bearer'} ${t}`);
  const statuses: number[] = [];
  for (const authorization of [...headers, headers[0]]) {
    const res = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
    statuses.push(res.status);
  }
  expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
  expect(statuses[8]).toBe(429);
}

describe('rate limits shared through Redis (REDIS_URL)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub('sqlite', { env: { RATE_LIMIT_POINTS: '8', RATE_LIMIT_WINDOW_SECONDS: '60', REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379' } });
  });
  afterAll(() => hub?.stop());

  it('a client over its rate limit → 429 with Retry-After, counted in Redis', async () => {
    await expectRateLimited(hub);
  });

  it('every token and every spelling of one user’s token share one budget in Redis', async () => {
    await expectOneBudgetPerSubject(hub);
  });
});

describe.each(kinds)('gateway limits (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind, { env: { RATE_LIMIT_POINTS: '8', RATE_LIMIT_WINDOW_SECONDS: '60', TRUSTED_DOCUMENTS_MANIFEST: manifestPath, TRUSTED_DOCUMENTS_CLIENTS: 'portal-key-1' } });
  });
  afterAll(() => hub?.stop());

  it('a client over its rate limit → 429 with Retry-After; other clients are unaffected', async () => {
    await expectRateLimited(hub);
  });

  it('every token and every spelling of one user’s token share one budget', async () => {
    await expectOneBudgetPerSubject(hub);
  });

  it('a portal key bound to trusted documents runs a registered operation by its id', async () => {
    const res = await post(hub.gateway.url, { documentId: `sha256:${sha256(RECOGNITION)}`, variables: { code: 'X-ICV-2' } }, { [CLIENT_KEY_HEADER]: 'portal-key-1' });
    expect(res.errors).toBeUndefined();
    expect((res.data as { certificateStandard: { code: string } }).certificateStandard.code).toBe('X-ICV-2');
  });

  it('a portal key bound to trusted documents cannot run an unregistered operation → 403', async () => {
    const res = await post(hub.gateway.url, { query: '{ certificateStandards { nodes { code name } } }' }, { [CLIENT_KEY_HEADER]: 'portal-key-1' });
    expect(res.status).toBe(403);
    expect(res.data ?? null).toBeNull();
  });

  it('an unknown document id from a bound key → 403', async () => {
    const res = await post(hub.gateway.url, { documentId: 'sha256:deadbeef' }, { [CLIENT_KEY_HEADER]: 'portal-key-1' });
    expect(res.status).toBe(403);
  });
});
