/**
 * "Direct": the same subgraph fetches the gateway makes for a workload, sent
 * straight to the subgraphs in the same order and parallelism, each with its
 * own gateway token (the benchmark holds the demo gateway key). A recording
 * proxy in front of the subgraphs learns the fetches from a gateway of its own.
 */
import http from 'node:http';
import type { CryptoKey } from 'jose';
import type { SubgraphName } from '@guantong/shared/config';
import { operationHash, signGatewayToken, type Actor } from '@guantong/shared/identity';

export interface RecordedFetch {
  subgraph: SubgraphName;
  body: string;
  start: number;
  end: number;
}

/** Forwards to `target`, recording every request while `recording` is set. */
export async function recordingProxy(subgraph: SubgraphName, target: string, port: number, sink: { recording: RecordedFetch[] | undefined }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const start = performance.now();
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      const response = await fetch(new URL(req.url ?? '/graphql', target), { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
      const text = await response.text();
      sink.recording?.push({ subgraph, body, start, end: performance.now() });
      res.statusCode = response.status;
      res.setHeader('content-type', response.headers.get('content-type') ?? 'application/json');
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** Groups fetches into steps: a fetch runs after every fetch that had ended when it began. */
export function steps(fetches: readonly RecordedFetch[]): RecordedFetch[][] {
  const sorted = [...fetches].sort((a, b) => a.start - b.start);
  const stepOf = new Map<RecordedFetch, number>();
  for (const fetch of sorted) {
    const before = sorted.filter((other) => other.end <= fetch.start).map((other) => stepOf.get(other) ?? 0);
    stepOf.set(fetch, before.length ? Math.max(...before) + 1 : 0);
  }
  const out: RecordedFetch[][] = [];
  for (const [fetch, step] of stepOf) (out[step] ??= []).push(fetch);
  return out.filter(Boolean);
}

/** Sends the recorded plan directly; resolves when the last step has answered. */
export async function replay(plan: RecordedFetch[][], urls: Record<SubgraphName, string>, key: CryptoKey, actor: Actor): Promise<void> {
  for (const step of plan) {
    await Promise.all(
      step.map(async (fetchDone) => {
        const { query, variables } = JSON.parse(fetchDone.body) as { query: string; variables?: unknown };
        const token = await signGatewayToken(actor, key, fetchDone.subgraph, 30, operationHash(query, variables));
        const response = await fetch(urls[fetchDone.subgraph], { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: fetchDone.body });
        const text = await response.text();
        if (response.status !== 200 || text.includes('"errors"')) throw new Error(`direct ${fetchDone.subgraph} fetch failed: ${response.status} ${text.slice(0, 300)}`);
      }),
    );
  }
}
