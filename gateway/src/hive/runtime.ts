/**
 * A second gateway engine: Hive Gateway (`@graphql-hive/gateway-runtime`)
 * serving the committed supergraph unchanged, for deployments that prefer it
 * or Apollo Router's tier. The hub's trust model is kept by plugins:
 *
 * - the caller is verified exactly as at the Apollo gateway (client token, or
 *   a delegation the gateway issued, bound to its request);
 * - every subgraph fetch carries a token this gateway signs for that one
 *   subgraph, bound to the fetch's operation and variables (and a delegation
 *   with a mutation), so the subgraphs need no change;
 * - **in-flight deduplication is off.** Hive's HTTP transport merges
 *   identical subgraph requests that are in flight at once, before the signing
 *   plugin sees them: identical queries from an ADMIN and a learner would share
 *   one fetch, signed for one of them, and the other would get their answer.
 *
 * What this configuration does not carry over from the Apollo gateway: the
 * graphql-armor limits, rate limiting and trusted documents. Put them in front
 * (or use the Apollo gateway) where they are needed.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createLocalJWKSet, type CryptoKey } from 'jose';
import type { GraphQLError as GraphQLErrorType } from 'graphql';
import type { Config, SubgraphName } from '@guantong/shared/config';
import { SUBGRAPH_NAMES } from '@guantong/shared/config';
import { createClientTokenVerifier, operationHash, signGatewayToken, ANONYMOUS, type Actor } from '@guantong/shared/identity';
import { DELEGATION_HEADER, learnerIdsIn, signDelegation } from '@guantong/shared/delegation';
import { gatewayJwks } from '@guantong/shared/gateway-keys';
import { readSupergraph } from '../composition.ts';
import { identify } from '../caller.ts';
import { maskInternalErrors } from '@guantong/shared/masking';
import { createLogger, type Logger } from '@guantong/shared/logger';

// The graphql instance Hive Gateway itself loads (Node's resolution: the CommonJS build). A bundler or
// test runner may hand this file the ESM build instead, whose GraphQLError Hive would not recognise as one
// and would mask as an unexpected error.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as { GraphQLError: typeof GraphQLErrorType };

interface HubContext {
  actor?: Actor;
  requestId?: string;
}

/** The options every subgraph's HTTP transport gets: where it is, how long to wait, and no merging of callers. */
export function transportEntries(config: Config): Record<string, { location: string; options: { deduplicateInflightRequests: false; timeout: number } }> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { location: config.subgraphUrls[name], options: { deduplicateInflightRequests: false, timeout: config.subgraphTimeoutMs } }]));
}

/** Verifies the caller once per request, from its token and its GraphQL parameters. */
function callerPlugin(config: Config): GatewayPlugin<HubContext> {
  const verifier = createClientTokenVerifier(config.clientAuth);
  const delegationKeys = createLocalJWKSet(gatewayJwks(config.gatewayKeys));
  const callers = new WeakMap<Request, Promise<Actor>>();
  return {
    onParams({ params, request }) {
      const caller = identify(request.headers.get('authorization') ?? undefined, { query: params.query, variables: params.variables }, verifier, delegationKeys);
      caller.catch(() => undefined);
      callers.set(request, caller);
    },
    async onContextBuilding({ context, extendContext }) {
      const request = (context as { request: Request }).request;
      try {
        extendContext({ actor: (await callers.get(request)) ?? ANONYMOUS, requestId: randomUUID() });
      } catch (err) {
        const message = err instanceof Error ? err.message : 'the token was refused';
        throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
    },
  };
}

/** Signs every subgraph fetch for its subgraph and caller, as the Apollo gateway's data source does. */
function signingPlugin(config: Config, signingKey: CryptoKey): GatewayPlugin<HubContext> {
  const byUrl = new Map<string, SubgraphName>(SUBGRAPH_NAMES.map((name) => [config.subgraphUrls[name], name]));
  return {
    async onFetch({ url, options, setOptions, context }) {
      const subgraph = byUrl.get(url);
      // Only the configured subgraphs are fetched; anything else is refused rather than sent unsigned.
      if (!subgraph) throw new Error('fetch to an unknown subgraph refused');
      const hub = context as Partial<HubContext> | undefined;
      const actor = hub?.actor ?? ANONYMOUS;
      const { query, variables } = JSON.parse(String(options.body ?? '{}')) as { query?: string; variables?: unknown };
      const headers: Record<string, string> = { ...options.headers, authorization: `Bearer ${await signGatewayToken(actor, signingKey, subgraph, config.gatewayTokenTtlSeconds, operationHash(query, variables))}` };
      if (hub?.requestId) headers['x-request-id'] = hub.requestId;
      if (query && /^\s*mutation\b/.test(query)) headers[DELEGATION_HEADER] = await signDelegation(actor, signingKey, subgraph, learnerIdsIn(query, variables));
      setOptions({ ...options, headers });
    },
  };
}

/**
 * Errors as the Apollo gateway gives them: those raised on purpose keep their
 * code and message, with no `serviceName` and none of Hive's request or
 * response details (a subgraph's request body, its status); anything else,
 * such as a subgraph that timed out, becomes "Internal server error", logged.
 * Each carries the request id the subgraphs logged it under.
 */
function errorsPlugin(logger: Logger): GatewayPlugin<HubContext> {
  const mask = maskInternalErrors(logger);
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult, args }) {
          if (!('errors' in result) || !result.errors) return;
          const requestId = (args.contextValue as HubContext).requestId;
          setResult({
            ...result,
            errors: result.errors.map((e) => {
              const { request: _q, response: _r, http: _h, ...extensions } = e.extensions ?? {};
              const formatted = mask({ message: e.message, path: e.path, extensions }, e);
              return new GraphQLError(formatted.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { ...formatted.extensions, requestId } });
            }),
          });
        },
      };
    },
  };
}

/** Hive Gateway for the committed supergraph, with the hub's identity plugins; a fetch handler (`http.createServer(runtime)`). */
export function createHiveGateway(config: Config, signingKey: CryptoKey, logger: Logger = createLogger('gateway', config.logLevel)) {
  return createGatewayRuntime<HubContext>({
    supergraph: readSupergraph(),
    transportEntries: transportEntries(config),
    plugins: () => [callerPlugin(config), signingPlugin(config, signingKey), errorsPlugin(logger)],
    graphiql: false,
    landingPage: false,
    maskedErrors: true,
    logging: config.logLevel === 'debug' ? 'debug' : 'error',
  });
}
