/**
 * Starts the whole hub in-process on ephemeral ports: three subgraphs on fresh
 * migrated databases of one kind, seeded with the demo dataset, and the gateway.
 */
import { loadConfig, type Config, type SubgraphName } from '@guantong/shared/config';
import { signClientToken, type ClientTokenClaims } from '@guantong/shared/identity';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { openTestAuditDatabase, openTestDatabase, type DatabaseKind, type TestDatabase } from '@guantong/shared/testing';
import { createLogger, type Logger } from '@guantong/shared/logger';
import { startGateway, type RunningGateway } from '@guantong/gateway';
import { subgraphDefinitions } from '../../scripts/subgraphs.ts';
import { reservePort } from './spawned-hub.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Hub {
  kind: DatabaseKind;
  config: Config;
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph<unknown>>;
  databases: Record<SubgraphName, TestDatabase>;
  /** The hub's audit store, shared by the three subgraphs. */
  audit: TestDatabase;
  token(claims: ClientTokenClaims): Promise<string>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** SQL statements sent so far, summed over the three databases. */
  statementCount(): number;
  stop(): Promise<void>;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse & { headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: text }] };
  }
  return { status: response.status, headers: response.headers, ...(json as object) };
}

export interface HubOptions {
  seed?: boolean;
  /** Environment for loadConfig (e.g. rate limits, trusted documents); demo mode by default. */
  env?: NodeJS.ProcessEnv;
  /** Receives every log line of every service (for redaction tests). */
  logger?: (service: string) => Logger;
}

export async function startHub(kind: DatabaseKind, options: HubOptions = {}): Promise<Hub> {
  // Tests fire requests quickly from one address; the rate-limit suite sets its own budget.
  // The subgraphs send their lookups to the gateway, so its address is fixed before they start.
  const reserved = await reservePort();
  const gatewayPort = reserved.port;
  const base = loadConfig({
    GUANTONG_MODE: 'demo', GUANTONG_SEED: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '100000',
    GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`, ...options.env,
  });
  const logger = options.logger ?? ((service: string) => createLogger(service, base.logLevel));
  const databases = {} as Record<SubgraphName, TestDatabase>;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph<unknown>>;
  const audit = await openTestAuditDatabase(kind);
  const urls = { ...base.subgraphUrls };
  for (const def of subgraphDefinitions) {
    const database = await openTestDatabase(def, kind);
    if (options.seed !== false) await def.seedDemo(database.dataSource, base);
    databases[def.name] = database;
    subgraphs[def.name] = await startSubgraph(def, { ...base, subgraphUrls: { ...urls } }, { port: 0, database, audit, logger: logger(def.name) });
    urls[def.name] = subgraphs[def.name].url;
  }
  const config: Config = { ...base, subgraphUrls: urls };
  await reserved.release();
  const gateway = await startGateway(config, gatewayPort, logger('gateway'));
  return {
    kind,
    config,
    gateway,
    subgraphs,
    databases,
    audit,
    token: (claims) => signClientToken(claims, config.clientAuth),
    query: (query, variables, token) =>
      post(gateway.url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {}) as never,
    statementCount: () => Object.values(databases).reduce((sum, db) => sum + db.statements.count, 0),
    async stop() {
      await gateway.close();
      for (const running of Object.values(subgraphs)) await running.close();
      for (const database of Object.values(databases)) await database.drop();
      await audit.drop();
    },
  };
}
