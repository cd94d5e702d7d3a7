import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayLookups } from '../peer-lookups.ts';

/** A gateway that refuses the first `refusals` lookups with 429 (Retry-After: 1), then answers. */
function gateway() {
  let refusals = 0;
  let asked = 0;
  const server = http.createServer((req, res) => {
    asked += 1;
    req.resume();
    if (refusals > 0) {
      refusals -= 1;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'rate limit reached', extensions: { code: 'RATE_LIMITED' } }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { enrolmentChecks: [] } }));
  });
  return { server, refuse: (n: number) => void (refusals = n), asked: () => asked };
}

describe('lookups refused by the gateway’s rate limit', () => {
  const gw = gateway();
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => gw.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gw.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => gw.server.close(() => resolve())));

  it('a job waits Retry-After and asks again', async () => {
    gw.refuse(2);
    const before = gw.asked();
    const started = performance.now();
    const reply = await gatewayLookups(url, 'job delegation', 2000, { rateLimitRetries: 5 }).ask('enrolmentChecks', { checks: [] });
    expect(reply).toEqual({ data: { enrolmentChecks: [] } });
    expect(gw.asked() - before).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it('a mutation’s lookup does not wait: the refusal is its answer', async () => {
    gw.refuse(1);
    const reply = await gatewayLookups(url, 'request delegation', 2000).ask('enrolmentChecks', { checks: [] });
    expect(reply.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
