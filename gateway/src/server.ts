/**
 * Builds the gateway: a static supergraph, identity forwarding to subgraphs,
 * graphql-armor limits, rate limiting, trusted documents, error masking with a
 * request id, and client-token verification. `index.ts` listens.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { prettyFormatQueryPlan, type QueryPlan } from '@apollo/query-planner';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { loadConfig, type Config, type SubgraphName } from '@guantong/shared/config';
import { createLocalJWKSet, type CryptoKey } from 'jose';
import { createClientTokenVerifier } from '@guantong/shared/identity';
import { gatewayJwks, gatewaySigningKey } from '@guantong/shared/gateway-keys';
import { checkScalarInputs } from '@guantong/shared/scalars';
import { serveGraphQL, type Served } from '@guantong/shared/http';
import { maskInternalErrors } from '@guantong/shared/masking';
import { apolloStaysHome } from '@guantong/shared/egress';
import { oneRunnableOperation } from '@guantong/shared/operation';
import { createLogger, type Logger } from '@guantong/shared/logger';
import { readSupergraph } from './composition.ts';
import { subgraphDispatcher } from './subgraph-fetch.ts';
import type { Dispatcher } from 'undici';
import { IdentityForwardingDataSource, type FetchCounts, type GatewayContext } from './identity.ts';
import { armorConfig, LIMITS, tokenLimitMessage } from './limits.ts';
import { createCallerOf } from './caller.ts';
import { createRateLimit } from './rate-limit.ts';
import { loadTrustedDocuments } from './trusted-documents.ts';
import { issuerDocuments } from './issuer-documents.ts';
import { verifyPageHandler } from './verify-page.ts';
import { portalHandler } from './portal.ts';
import { demoTokenHandler } from './demo-tokens/handler.ts';
import { corsMiddleware } from './cors.ts';
import { SCHEMA_PATH, schemaHandler } from './schema-route.ts';
import { explorerHandler } from './explorer.ts';
import { subgraphReadiness } from './readiness.ts';
import { bulkProxy } from './bulk-proxy.ts';
import { filesProxy } from './files-proxy.ts';
import { createServiceMetrics, type ServiceMetrics } from '@guantong/shared/metrics/registry';
import { metricsPlugin } from '@guantong/shared/metrics/plugin';
import { httpMetrics, metricsHandler } from '@guantong/shared/metrics/handler';
import { accessLog } from '@guantong/shared/access-log';
import { tracingMiddleware } from '@guantong/shared/tracing/middleware';

export interface RunningGateway extends Served {
  /** Subgraph fetches made since start, by subgraph name. */
  fetchCounts: FetchCounts;
  /** The most recent query plan, pretty-printed: shows which subgraph supplies what, in which order. */
  lastQueryPlan(): string | undefined;
  /** Graceful stop: not ready, no new requests, those in flight finish (up to the drain time). */
  shutdown(): Promise<void>;
}

/** Every error carries the request id, so a client can quote it and the log can find it. */
const requestIdPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-request-id', contextValue.requestId);
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
      },
    };
  },
};

/**
 * Validation errors must not list real field names ("Did you mean …?"): that is
 * schema discovery. Refused introspection points at the published schema. A document over the token limit is named as such, like the
 * other limits, rather than as a syntax error.
 */
function clientMessages(format: ReturnType<typeof maskInternalErrors>): ReturnType<typeof maskInternalErrors> {
  return (formatted, error) => {
    const masked = format(formatted, error);
    const overTokens = tokenLimitMessage(masked.message);
    if (overTokens) return { ...masked, message: overTokens, extensions: { ...masked.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
    // Apollo's own wording tells the client to reconfigure the server; say where the contract is instead.
    if (masked.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
      return { ...masked, message: `introspection is off on this hub: the published schema is at ${SCHEMA_PATH}`, extensions: { code: masked.extensions.code } };
    }
    return { ...masked, message: masked.message.replace(/ ?Did you mean .+\?$/, '') };
  };
}

/** What a gateway is built with beside its configuration and key. */
export interface GatewayParts {
  counts: FetchCounts;
  logger: Logger;
  metrics: ServiceMetrics;
  /** The keep-alive pool its subgraph fetches share. */
  dispatcher: Dispatcher;
  onPlan?: (plan: QueryPlan) => void;
}

export function buildGateway(config: Config, signingKey: CryptoKey, { counts, logger, metrics, dispatcher, onPlan = () => undefined }: GatewayParts): ApolloServer<GatewayContext> {
  // Before the ApolloGateway exists: its constructor decides whether to phone home.
  const staysHome = apolloStaysHome<GatewayContext>();
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    // Kept as it is: printing a plan costs more than a small request, so it is printed only when asked for.
    experimental_didResolveQueryPlan: ({ queryPlan }) => onPlan(queryPlan),
    buildService: ({ name }) => {
      const service = name as SubgraphName;
      return new IdentityForwardingDataSource(service, config.subgraphUrls[service], config, signingKey, counts, dispatcher, metrics);
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarInputs(apiSchema));
  const armor = new ApolloArmor(armorConfig).protect();
  return new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // The process stops on signals itself, draining first (shared/src/lifecycle/signals.ts).
    stopOnTerminationSignals: false,
    persistedQueries: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: armor.validationRules,
    plugins: [...staysHome, ...armor.plugins, oneRunnableOperation<GatewayContext>(), requestIdPlugin, metricsPlugin<GatewayContext>(metrics)],
    formatError: clientMessages(maskInternalErrors(logger)),
  });
}

/** Starts the gateway on `port` (0 picks an ephemeral port). */
export async function startGateway(config: Config = loadConfig(), port = config.ports.gateway, logger = createLogger('gateway', config.logLevel)): Promise<RunningGateway> {
  const fetchCounts: FetchCounts = {};
  let lastPlan: QueryPlan | undefined;
  // Refuses to start without the gateway's private key: nothing else can sign for it.
  const signingKey = await gatewaySigningKey(config.gatewayKeys);
  const delegationKeys = createLocalJWKSet(gatewayJwks(config.gatewayKeys));
  const metrics = createServiceMetrics('gateway');
  const dispatcher = subgraphDispatcher();
  const server = buildGateway(config, signingKey, { counts: fetchCounts, logger, metrics, dispatcher, onPlan: (plan) => (lastPlan = plan) });
  await server.start();
  const callerOf = createCallerOf(createClientTokenVerifier(config.clientAuth), delegationKeys);
  const rateLimit = await createRateLimit(config, logger, callerOf, () => metrics.rateLimitRefusals.inc());
  const trusted = loadTrustedDocuments(config);
  const readiness = subgraphReadiness(config);
  const served = await serveGraphQL(server, {
    port,
    host: config.gatewayHost,
    bodyLimit: '1mb',
    admit: rateLimit.admit,
    checkBody: trusted.check,
    routes: { '/.well-known/jwks.json': () => gatewayJwks(config.gatewayKeys) },
    middleware: [tracingMiddleware('gateway'), accessLog(logger), httpMetrics(metrics), corsMiddleware(config.cors)],
    handlers: [readiness.handler, metricsHandler(metrics, config.ops.metricsToken), issuerDocuments(server, rateLimit.admit), verifyPageHandler(config), demoTokenHandler(config), schemaHandler(), explorerHandler(config), bulkProxy(config, signingKey, callerOf, rateLimit.admit), filesProxy(config, signingKey, callerOf, rateLimit.admit), portalHandler(config)],
    context: async ({ req, body, requestId }) => ({ actor: await callerOf(req, body), requestId }),
  });
  const release = async () => {
    await server.stop();
    await rateLimit.close();
    await dispatcher.close();
  };
  return {
    ...served,
    fetchCounts,
    lastQueryPlan: () => (lastPlan ? prettyFormatQueryPlan(lastPlan) : undefined),
    close: async () => {
      await served.close();
      await release();
    },
    shutdown: async () => {
      readiness.lifecycle.draining = true;
      if (!(await served.drain(config.ops.shutdownDrainMs))) logger.warn({ drainMs: config.ops.shutdownDrainMs }, 'requests still in flight after the drain time were cut');
      await release();
    },
  };
}
