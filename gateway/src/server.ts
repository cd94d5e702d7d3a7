/**
 * Builds the gateway: a static supergraph, identity forwarding to subgraphs,
 * error masking, and client-token verification. `index.ts` listens.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { loadConfig, type Config, type SubgraphName } from '@guantong/shared/config';
import { ANONYMOUS, createClientTokenVerifier } from '@guantong/shared/identity';
import { serveGraphQL, type Served } from '@guantong/shared/http';
import { maskInternalErrors } from '@guantong/shared/masking';
import { requestRefused } from '@guantong/shared/errors';
import { readSupergraph } from './composition.ts';
import { IdentityForwardingDataSource, type FetchCounts, type GatewayContext } from './identity.ts';

export interface RunningGateway extends Served {
  /** Subgraph fetches made since start, by subgraph name. */
  fetchCounts: FetchCounts;
}

export function buildGateway(config: Config, counts: FetchCounts): ApolloServer<GatewayContext> {
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(),
    buildService: ({ name }) => {
      const service = name as SubgraphName;
      return new IdentityForwardingDataSource(service, config.subgraphUrls[service], config, counts);
    },
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.mode === 'demo',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: maskInternalErrors('gateway'),
  });
}

/** Starts the gateway on `port` (0 picks an ephemeral port). */
export async function startGateway(config: Config = loadConfig(), port = config.ports.gateway): Promise<RunningGateway> {
  const fetchCounts: FetchCounts = {};
  const server = buildGateway(config, fetchCounts);
  await server.start();
  const verifier = createClientTokenVerifier(config.clientAuth);
  const served = await serveGraphQL(server, {
    port,
    bodyLimit: '1mb',
    context: async ({ req }) => {
      const header = req.headers.authorization;
      const requestId = randomUUID();
      if (!header) return { actor: ANONYMOUS, requestId };
      if (!header.startsWith('Bearer ')) throw requestRefused('send the token as "Authorization: Bearer <JWT>"');
      return { actor: await verifier.verify(header.slice(7)), requestId };
    },
  });
  return {
    ...served,
    fetchCounts,
    close: async () => {
      await served.close();
      await server.stop();
    },
  };
}
