/**
 * Starts the whole hub in-process on ephemeral ports: three subgraphs on fresh
 * migrated databases of one kind, seeded with the demo dataset, and the gateway.
 */
import { loadConfig, type Config, type SubgraphName } from '@guantong/shared/config';
import { signClientToken, type ClientTokenClaims } from '@guantong/shared/identity';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '@guantong/shared/testing';
import { startGateway, type RunningGateway } from '@guantong/gateway';
import { subgraphDefinitions } from '../../scripts/subgraphs.ts';

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

export async function startHub(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<Hub> {
  const base = loadConfig({ GUANTONG_SEED: 'false' });
  const databases = {} as Record<SubgraphName, TestDatabase>;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph<unknown>>;
  for (const def of subgraphDefinitions) {
    const database = await openTestDatabase(def, kind);
    if (options.seed !== false) await def.seedDemo(database.dataSource);
    databases[def.name] = database;
    subgraphs[def.name] = await startSubgraph(def, base, { port: 0, database });
  }
  const config: Config = {
    ...base,
    subgraphUrls: { secondary: subgraphs.secondary.url, college: subgraphs.college.url, enterprise: subgraphs.enterprise.url },
  };
  const gateway = await startGateway(config, 0);
  return {
    kind,
    config,
    gateway,
    subgraphs,
    databases,
    token: (claims) => signClientToken(claims, config.clientAuth),
    query: (query, variables, token) =>
      post(gateway.url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {}) as never,
    statementCount: () => Object.values(databases).reduce((sum, db) => sum + db.statements.count, 0),
    async stop() {
      await gateway.close();
      for (const running of Object.values(subgraphs)) await running.close();
      for (const database of Object.values(databases)) await database.drop();
    },
  };
}
