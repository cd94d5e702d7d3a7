/**
 * The gateway is ready when every subgraph says it is ready, within the
 * readiness timeout; `/readyz` reports each subgraph's state either way. The
 * gateway still serves partial data while a subgraph is down: readiness tells
 * an operator (and a load balancer) what is missing, it refuses nothing.
 */
import { SUBGRAPH_NAMES, type Config } from '@guantong/shared/config';
import type { HttpHandler } from '@guantong/shared/http';
import { healthHandler, type Lifecycle } from '@guantong/shared/health/readiness';
import { remoteReadinessCheck } from '@guantong/shared/health/checks';

export function subgraphReadiness(config: Config): { handler: HttpHandler; lifecycle: Lifecycle } {
  const lifecycle: Lifecycle = { draining: false };
  const checks = SUBGRAPH_NAMES.map((name) => remoteReadinessCheck(name, config.subgraphUrls[name]));
  return { handler: healthHandler('gateway', checks, { timeoutMs: config.ops.readinessTimeoutMs, lifecycle }), lifecycle };
}
