/**
 * Each institution may run its own subgraph on its own host: a subgraph
 * listens where SUBGRAPH_HOST says (loopback by default), and the gateway
 * reaches it wherever its URL says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { databaseKinds, openTestAuditDatabase, openTestDatabase, type TestDatabase } from '@guantong/shared/testing';
import { enterpriseSubgraph } from '@guantong/enterprise';
import { startGateway, type RunningGateway } from '@guantong/gateway';

// 127.0.0.2 is loopback too, but a socket bound to 127.0.0.1 does not answer there; one bound to every interface does.
const elsewhere = (url: string) => url.replace('127.0.0.1', '127.0.0.2').replace(/\/graphql$/, '/healthz');

for (const kind of await databaseKinds()) describe(`where a subgraph listens (${kind})`, () => {
  let database: TestDatabase;
  let audit: TestDatabase;
  const running: RunningSubgraph<unknown>[] = [];
  let gateway: RunningGateway | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(enterpriseSubgraph, kind);
    audit = await openTestAuditDatabase(kind);
  });
  afterAll(async () => {
    await gateway?.close();
    for (const r of running) await r.close();
    await database.drop();
    await audit.drop();
  });

  const start = async (env: NodeJS.ProcessEnv) => {
    const config = loadConfig({ GUANTONG_MODE: 'demo', GUANTONG_SEED: 'false', LOG_LEVEL: 'warn', ...env });
    const subgraph = (await startSubgraph(enterpriseSubgraph as never, config, { port: 0, database, audit })) as RunningSubgraph<unknown>;
    running.push(subgraph);
    return subgraph;
  };

  it('on loopback only by default', async () => {
    const subgraph = await start({});
    expect((await fetch(subgraph.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    await expect(fetch(elsewhere(subgraph.url))).rejects.toThrow();
  });

  it('on every interface with SUBGRAPH_HOST=0.0.0.0, and the gateway reaches it at its configured URL', async () => {
    const subgraph = await start({ SUBGRAPH_HOST: '0.0.0.0' });
    expect((await fetch(elsewhere(subgraph.url))).status).toBe(200);
    const config = loadConfig({ GUANTONG_MODE: 'demo', LOG_LEVEL: 'warn', ENTERPRISE_URL: subgraph.url.replace('127.0.0.1', '127.0.0.2') });
    gateway = await startGateway(config, 0);
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ certificateStandards { nodes { code } } }' }) });
    const body = (await res.json()) as { data: { certificateStandards: { nodes: unknown[] } } };
    expect(body.data.certificateStandards.nodes).toEqual([]);
    const readiness = (await (await fetch(gateway.url.replace(/graphql$/, 'readyz'))).json()) as { checks: Record<string, { state: string }> };
    expect(readiness.checks.enterprise.state).toBe('up');
  });
});
