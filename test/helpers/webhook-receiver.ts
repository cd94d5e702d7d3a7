/**
 * A real webhook receiver on an ephemeral loopback port: it answers each
 * request with the next status of its script (the last one repeats), and
 * keeps what it received, headers and raw body, for signature checks.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string>;
  body: string;
  status: number;
  /** When it arrived (ms since the epoch, real time). */
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Replaces the statuses still to come. */
  script(statuses: number[]): void;
  /** Resolves once `count` requests have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(statuses: number[]): Promise<Receiver> {
  let script = [...statuses];
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = script.length > 1 ? script.shift()! : (script[0] ?? 200);
      received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8'), status, at: Date.now() });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/guantong`,
    received,
    script: (next) => void (script = [...next]),
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} deliveries within ${timeoutMs} ms, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received.slice(0, count);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
