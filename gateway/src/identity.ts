/**
 * Forwards the caller to subgraphs: every subgraph fetch carries a short-lived
 * token the gateway signs itself, so subgraphs never trust client headers.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { CryptoKey } from 'jose';
import { operationHash, signGatewayToken, type Actor } from '@guantong/shared/identity';
import { DELEGATION_HEADER, learnerIdsIn, signDelegation } from '@guantong/shared/delegation';
import type { Config, SubgraphName } from '@guantong/shared/config';
import type { ServiceMetrics } from '@guantong/shared/metrics/registry';
import { inSpan, injectTraceContext, SpanKind } from '@guantong/shared/tracing/tracing';
import type { Dispatcher } from 'undici';
import { subgraphFetch, type SubgraphAnswer, type SubgraphRequestInit } from './subgraph-fetch.ts';

export interface GatewayContext {
  actor: Actor;
  requestId: string;
}

/** Counts subgraph fetches, so tests can assert which services a query touched. */
export type FetchCounts = Record<string, number>;

/**
 * One subgraph fetch, in a client span whose context travels in `traceparent`,
 * timed by outcome: ok (any HTTP answer), timeout, or error (no answer).
 */
function timedFetch(subgraph: string, metrics: ServiceMetrics | undefined, dispatcher: Dispatcher, url: string, init: SubgraphRequestInit): Promise<SubgraphAnswer> {
  return inSpan(`subgraph ${subgraph}`, { 'guantong.subgraph': subgraph }, async (span) => {
    injectTraceContext(init.headers);
    const started = performance.now();
    const observe = (outcome: string) => metrics?.subgraphFetchDuration.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
    try {
      const response = await subgraphFetch(dispatcher, url, init);
      span.setAttribute('http.response.status_code', response.status);
      observe('ok');
      return response;
    } catch (err) {
      observe((err as Error).name === 'TimeoutError' ? 'timeout' : 'error');
      throw err;
    }
  }, SpanKind.CLIENT);
}

export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext & Record<string, unknown>> {
  constructor(
    private readonly serviceName: SubgraphName,
    url: string,
    private readonly config: Config,
    private readonly signingKey: CryptoKey,
    private readonly counts: FetchCounts,
    dispatcher: Dispatcher,
    metrics?: ServiceMetrics,
  ) {
    super({
      url,
      // A hung subgraph must cost its part of the answer, not the whole request.
      // Apollo sends a string body and plain headers; the answer offers the part of the Fetch API Apollo reads.
      fetcher: (input, init) => timedFetch(serviceName, metrics, dispatcher, input as string, { ...(init as SubgraphRequestInit), signal: AbortSignal.timeout(config.subgraphTimeoutMs) }) as never,
    });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext & Record<string, unknown>>): Promise<void> {
    const context = options.context as Partial<GatewayContext>;
    const actor = context.actor ?? { kind: 'anonymous' };
    // One token per fetch, bound to its operation and usable once: subgraphs refuse replays.
    const { query, variables } = options.request;
    const token = await signGatewayToken(actor, this.signingKey, this.serviceName, this.config.gatewayTokenTtlSeconds, operationHash(query, variables));
    options.request.http?.headers.set('authorization', `Bearer ${token}`);
    // A write may need to ask other institutions (is this learner enrolled?): it may, as this caller, about these learners only.
    if (query && /^\s*mutation\b/.test(query)) {
      const delegation = await signDelegation(actor, this.signingKey, this.serviceName, learnerIdsIn(query, variables));
      options.request.http?.headers.set(DELEGATION_HEADER, delegation);
    }
    if (context.requestId) options.request.http?.headers.set('x-request-id', context.requestId);
    this.counts[this.serviceName] = (this.counts[this.serviceName] ?? 0) + 1;
  }
}
