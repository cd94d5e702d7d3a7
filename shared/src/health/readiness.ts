/**
 * Liveness and readiness, for orchestrators and load balancers.
 *
 * - `GET /healthz`: the process is up and its event loop answers (200 always).
 * - `GET /readyz`: every dependency answered within the timeout (200), or not
 *   (503), with each check's state. A draining service is not ready, so a load
 *   balancer stops sending it work before it stops.
 *
 * The body names checks and states only, never hosts, ports or driver errors.
 */
import type http from 'node:http';
import type { HttpHandler } from '../http.ts';

export type CheckState = 'up' | 'down' | 'timeout';

export interface CheckResult {
  state: CheckState;
  ms: number;
  /** What the dependency said about itself (e.g. a subgraph's own readiness), when it said anything. */
  detail?: unknown;
}

/** One dependency: resolves (optionally with a detail) when it is ready, rejects when it is not. */
export interface ReadinessCheck {
  name: string;
  check(signal: AbortSignal): Promise<unknown>;
}

export interface ReadinessReport {
  status: 'ready' | 'not ready' | 'draining';
  checks: Record<string, CheckResult>;
}

/** Whether the service is on its way out (set by graceful shutdown). */
export interface Lifecycle {
  draining: boolean;
}

/** A dependency that failed carries what it said, so a caller can show it (never a raw error). */
export class NotReady extends Error {
  constructor(readonly detail?: unknown) {
    super('not ready');
  }
}

async function run(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  const timedOut = new Promise<'timeout'>((resolve) => signal.addEventListener('abort', () => resolve('timeout'), { once: true }));
  try {
    const outcome = await Promise.race([check.check(signal).then((detail) => ({ detail })), timedOut]);
    if (outcome === 'timeout') return { state: 'timeout', ms: elapsed() };
    return outcome.detail === undefined ? { state: 'up', ms: elapsed() } : { state: 'up', ms: elapsed(), detail: outcome.detail };
  } catch (err) {
    if (signal.aborted) return { state: 'timeout', ms: elapsed() };
    const detail = err instanceof NotReady ? err.detail : undefined;
    return detail === undefined ? { state: 'down', ms: elapsed() } : { state: 'down', ms: elapsed(), detail };
  }
}

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function readiness(checks: readonly ReadinessCheck[], timeoutMs: number, lifecycle: Lifecycle): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map((c) => run(c, timeoutMs)));
  const byName = Object.fromEntries(checks.map((c, i) => [c.name, results[i]!]));
  if (lifecycle.draining) return { status: 'draining', checks: byName };
  return { status: results.every((r) => r.state === 'up') ? 'ready' : 'not ready', checks: byName };
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Serves `/healthz` and `/readyz` (GET or HEAD). */
export function healthHandler(service: string, checks: readonly ReadinessCheck[], options: { timeoutMs: number; lifecycle: Lifecycle }): HttpHandler {
  return async (req, res, url) => {
    if (url.pathname !== '/healthz' && url.pathname !== '/readyz') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      json(res, 405, { status: 'method not allowed' });
      return true;
    }
    if (url.pathname === '/healthz') {
      json(res, 200, { status: 'ok', service });
      return true;
    }
    const report = await readiness(checks, options.timeoutMs, options.lifecycle);
    json(res, report.status === 'ready' ? 200 : 503, { service, ...report });
    return true;
  };
}
