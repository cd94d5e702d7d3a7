/**
 * Liveness and readiness on every service: /healthz says the process answers,
 * /readyz that its databases, its audit store and (for the gateway) each
 * subgraph answer within the timeout, with each one's state.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { readiness } from '@guantong/shared/health/readiness';
import { remoteReadinessCheck } from '@guantong/shared/health/checks';
import { startHub, type Hub } from '../../helpers/hub.ts';

interface Report {
  service: string;
  status: string;
  checks: Record<string, { state: string; ms: number; detail?: { state: string } }>;
}

async function probe(url: string): Promise<{ status: number; body: Report }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Report };
}

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

for (const kind of await databaseKinds()) {
  describe(`health and readiness (${kind})`, () => {
    let hub: Hub;
    beforeAll(async () => {
      hub = await startHub(kind, { seed: false });
    });
    afterAll(() => hub?.stop());

    const services = () => ({ gateway: hub.gateway.url, ...Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url])) });

    it('every service is alive, and ready with every dependency up', async () => {
      for (const [name, url] of Object.entries(services())) {
        const live = await probe(`${base(url)}/healthz`);
        expect(live).toEqual({ status: 200, body: { status: 'ok', service: name } });
        const ready = await probe(`${base(url)}/readyz`);
        expect(ready.status).toBe(200);
        expect(ready.body.status).toBe('ready');
        const expected = name === 'gateway' ? ['college', 'enterprise', 'secondary'] : ['audit', 'database'];
        expect(Object.keys(ready.body.checks).sort()).toEqual(expected);
        expect(Object.values(ready.body.checks).every((c) => c.state === 'up')).toBe(true);
      }
      const gateway = await probe(`${base(hub.gateway.url)}/readyz`);
      expect(Object.values(gateway.body.checks).map((c) => c.detail)).toEqual([{ state: 'ready' }, { state: 'ready' }, { state: 'ready' }]);
    });

    it('a subgraph whose audit store is gone is not ready, and the gateway names it', async () => {
      await hub.audit.dataSource.destroy();
      try {
        const subgraph = await probe(`${base(hub.subgraphs.college.url)}/readyz`);
        expect(subgraph.status).toBe(503);
        expect(subgraph.body.status).toBe('not ready');
        expect(subgraph.body.checks.audit.state).toBe('down');
        expect(subgraph.body.checks.database.state).toBe('up');
        const gateway = await probe(`${base(hub.gateway.url)}/readyz`);
        expect(gateway.status).toBe(503);
        expect(gateway.body.checks.college).toMatchObject({ state: 'down', detail: { state: 'not ready' } });
      } finally {
        await hub.audit.dataSource.initialize();
      }
      expect((await probe(`${base(hub.gateway.url)}/readyz`)).status).toBe(200);
    });

    it('the old /health still answers', async () => {
      expect((await fetch(`${base(hub.gateway.url)}/health`)).status).toBe(200);
    });

    it('readiness answers GET and HEAD only, and its body names no host or driver', async () => {
      expect((await fetch(`${base(hub.gateway.url)}/readyz`, { method: 'POST' })).status).toBe(405);
      expect((await fetch(`${base(hub.gateway.url)}/readyz`, { method: 'HEAD' })).status).toBe(200);
      await hub.subgraphs.enterprise.close();
      const gateway = await probe(`${base(hub.gateway.url)}/readyz`);
      expect(gateway.status).toBe(503);
      expect(gateway.body.checks.enterprise).toMatchObject({ state: 'down', detail: { state: 'unreachable' } });
      expect(gateway.body.checks.secondary.state).toBe('up');
      expect(JSON.stringify(gateway.body)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|:\d{4,5}/);
    });
  });
}

describe('a subgraph that accepts connections but never answers', () => {
  let silent: net.Server;
  const sockets: net.Socket[] = [];
  beforeAll(async () => {
    silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('counts as timed out once the readiness timeout has passed', async () => {
    const { port } = silent.address() as net.AddressInfo;
    const report = await readiness([remoteReadinessCheck('college', `http://127.0.0.1:${port}/graphql`)], 200, { draining: false });
    expect(report.status).toBe('not ready');
    expect(report.checks.college.state).toBe('timeout');
    expect(report.checks.college.ms).toBeGreaterThanOrEqual(150);
  });

  it('a draining service reports draining even when its checks pass', async () => {
    const report = await readiness([], 200, { draining: true });
    expect(report.status).toBe('draining');
  });
});
