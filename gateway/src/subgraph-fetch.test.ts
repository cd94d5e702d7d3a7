import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphDispatcher, subgraphFetch } from './subgraph-fetch.ts';

describe('subgraph fetches over a keep-alive pool', () => {
  const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  let server: http.Server;
  let base: string;
  const dispatcher = subgraphDispatcher();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, headers: req.headers, body });
        if (req.url === '/hang') return; // never answers
        if (req.url === '/refused') {
          res.writeHead(401, { 'content-type': 'application/json' });
          return void res.end('{"errors":[{"message":"token refused"}]}');
        }
        res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'cache-control': 'private', 'set-cookie': ['a=1', 'b=2'] });
        res.end(JSON.stringify({ data: { echo: body.length } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await dispatcher.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, headers and body as given, and reads the answer as Apollo does', async () => {
    const body = JSON.stringify({ query: '{ a }', variables: { id: '数据' } });
    const answer = await subgraphFetch(dispatcher, `${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body });
    expect(seen.at(-1)!.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer t' });
    expect(answer.ok).toBe(true);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('private');
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(answer.headers.get('x-absent')).toBeNull();
    expect(await answer.json()).toEqual({ data: { echo: body.length } });
    expect(answer.bodyUsed).toBe(true);
  });

  it('answers a refusal with its status and text, not an exception', async () => {
    const answer = await subgraphFetch(dispatcher, `${base}/refused`, { method: 'POST', body: '{}' });
    expect(answer.ok).toBe(false);
    expect(answer.status).toBe(401);
    expect(answer.statusText).toBe('Unauthorized');
    expect(await answer.clone().text()).toBe('{"errors":[{"message":"token refused"}]}');
  });

  it('gives up at the deadline with a TimeoutError, which the metrics count as a timeout', async () => {
    const failure = await subgraphFetch(dispatcher, `${base}/hang`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(200) }).catch((err: unknown) => err);
    expect((failure as Error).name).toBe('TimeoutError');
  });

  it('reuses its connection for the next fetch', async () => {
    const ports = new Set<number>();
    server.on('connection', (socket) => ports.add(socket.remotePort!));
    for (let i = 0; i < 5; i += 1) await (await subgraphFetch(dispatcher, `${base}/graphql`, { method: 'POST', body: '{}' })).text();
    expect(ports.size).toBeLessThanOrEqual(1);
  });
});
