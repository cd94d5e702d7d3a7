/**
 * Each service's Prometheus metrics (prom-client), in a registry of its own so
 * several services can share a process (tests) without mixing their series.
 * Names follow Prometheus conventions: base units (seconds), `_total` counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { operationLabels } from './labels.ts';

/** Buckets from 1 ms to 10 s: a cached subgraph read to a slow cross-institution write. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface ServiceMetrics {
  registry: Registry;
  service: string;
  /** Operation names, bounded (see labels.ts). */
  operationLabel: (name: string | null | undefined) => string;
  graphqlRequests: Counter<'operation' | 'outcome'>;
  graphqlDuration: Histogram<'operation' | 'outcome'>;
  graphqlErrors: Counter<'code'>;
  httpRequests: Counter<'route' | 'method' | 'status'>;
  subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  auditWriteDuration: Histogram<'outcome'>;
  rateLimitRefusals: Counter;
  inFlight: Gauge;
}

let processRegistry: Registry | undefined;

/**
 * The process's own metrics (CPU, memory, event loop, GC), registered once per
 * process: their collectors observe the whole process, whatever it serves.
 */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Both registries in Prometheus' text format: the service's series, then the process's. */
export async function exposition(metrics: ServiceMetrics): Promise<string> {
  return `${await metrics.registry.metrics()}\n${await processMetrics().metrics()}`;
}

/** A fresh registry for one service's own series, each labelled with the service. */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  processMetrics();
  const registers = [registry];
  return {
    registry,
    service,
    operationLabel: operationLabels(),
    graphqlRequests: new Counter({ name: 'guantong_graphql_requests_total', help: 'GraphQL requests answered, by operation name and outcome (ok, partial, error).', labelNames: ['operation', 'outcome'], registers }),
    graphqlDuration: new Histogram({ name: 'guantong_graphql_request_duration_seconds', help: 'Time from a GraphQL request to its response, by operation name and outcome.', labelNames: ['operation', 'outcome'], buckets: LATENCY_BUCKETS, registers }),
    graphqlErrors: new Counter({ name: 'guantong_graphql_errors_total', help: 'Errors in GraphQL responses, by extensions.code as the client saw it.', labelNames: ['code'], registers }),
    httpRequests: new Counter({ name: 'guantong_http_requests_total', help: 'HTTP requests by route, method and status (including refusals before GraphQL: 413, 429 …).', labelNames: ['route', 'method', 'status'], registers }),
    subgraphFetchDuration: new Histogram({ name: 'guantong_subgraph_fetch_duration_seconds', help: 'Gateway only: time of each subgraph fetch, by subgraph and outcome (ok, error, timeout).', labelNames: ['subgraph', 'outcome'], buckets: LATENCY_BUCKETS, registers }),
    auditWriteDuration: new Histogram({ name: 'guantong_audit_write_duration_seconds', help: 'Subgraphs only: time to append a request\'s entries to the audit store, by outcome (ok, error).', labelNames: ['outcome'], buckets: LATENCY_BUCKETS, registers }),
    rateLimitRefusals: new Counter({ name: 'guantong_rate_limit_refusals_total', help: 'Gateway only: requests refused with 429 by the rate limit.', registers }),
    inFlight: new Gauge({ name: 'guantong_http_requests_in_flight', help: 'HTTP requests being served now.', registers }),
  };
}
