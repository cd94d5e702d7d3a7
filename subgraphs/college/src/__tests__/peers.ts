/**
 * The college with its peers running for real: the secondary and enterprise
 * subgraphs, the college itself and the gateway serve on ephemeral ports over
 * fresh demo databases. Operations run in the college in-process, with the
 * delegation the gateway would hand it, so `progressStudent` asks the other
 * institutions through the real gateway exactly as in production.
 */
import { enterpriseSubgraph } from '@guantong/enterprise';
import { secondarySubgraph } from '@guantong/secondary';
import { startGateway, type RunningGateway } from '@guantong/gateway';
import { loadConfig, type Config } from '@guantong/shared/config';
import { learnerIdsIn, signDelegation } from '@guantong/shared/delegation';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';
import type { Actor } from '@guantong/shared/identity';
import { createLogger } from '@guantong/shared/logger';
import { gatewayLookups, type PeerLookups } from '@guantong/shared/peer-lookups';
import { buildSubgraphServer, createContext, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@guantong/shared/subgraph';
import { openTestAuditDatabase, openTestDatabase, type DatabaseKind, type Reply, type TestDatabase } from '@guantong/shared/testing';
import { collegeSubgraph } from '../definition.ts';

export interface CollegeWithPeers {
  db: TestDatabase;
  /** The audit store the three subgraphs share. */
  audit: TestDatabase;
  config: Config;
  gateway: RunningGateway;
  run<T = Record<string, unknown>>(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
  /** Runs as the college would with another configuration (e.g. a gateway that is down). */
  runWith<T = Record<string, unknown>>(config: Config, actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
  /** The lookups the college could make while serving `actor`'s write about these learners. */
  lookups(actor: Actor, ...studentIds: string[]): Promise<PeerLookups>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export async function openCollegeWithPeers(kind: DatabaseKind): Promise<CollegeWithPeers> {
  const base = loadConfig({ GUANTONG_MODE: 'demo', LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '100000' });
  const audit = await openTestAuditDatabase(kind);
  const databases: TestDatabase[] = [];
  const running: RunningSubgraph<unknown>[] = [];
  const start = async <L>(def: SubgraphDefinition<L>): Promise<TestDatabase> => {
    const database = await openTestDatabase(def, kind);
    databases.push(database);
    // startSubgraph seeds the demo data (demo mode) before it listens.
    running.push((await startSubgraph(def, base, { port: 0, database, audit, logger: createLogger(def.name, 'warn') })) as RunningSubgraph<unknown>);
    return database;
  };
  await start(secondarySubgraph);
  await start(enterpriseSubgraph);
  const db = await start(collegeSubgraph);
  const [secondary, enterprise, college] = running.map((r) => r.url);
  const gateway = await startGateway({ ...base, subgraphUrls: { secondary, enterprise, college } }, 0, createLogger('gateway', 'warn'));
  const config: Config = { ...base, gatewayUrl: gateway.url };
  const key = await gatewaySigningKey(base.gatewayKeys);
  // Masked errors are expected in these stories (a peer made unreachable on purpose): keep them out of the output.
  const server = buildSubgraphServer(collegeSubgraph, createLogger('college', 'fatal'));

  const runWith = async <T>(cfg: Config, actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>> => {
    // What the gateway hands the college with a forwarded mutation.
    const delegation = await signDelegation(actor, key, 'college', learnerIdsIn(query, variables));
    const sources = { db: db.dataSource, auditDb: audit.dataSource, config: cfg, peers: () => gatewayLookups(cfg.gatewayUrl, delegation, cfg.subgraphTimeoutMs) };
    const res = await server.executeOperation({ query, variables }, { contextValue: createContext(collegeSubgraph, sources, actor) });
    if (res.body.kind !== 'single') throw new Error('expected a single (non-incremental) result');
    return { data: res.body.singleResult.data as T | null | undefined, errors: res.body.singleResult.errors };
  };

  return {
    db,
    audit,
    config,
    gateway,
    runWith,
    run: (actor, query, variables) => runWith(config, actor, query, variables),
    lookups: async (actor, ...ids) => gatewayLookups(gateway.url, await signDelegation(actor, key, 'college', ids), config.subgraphTimeoutMs),
    async count(table) {
      const [row] = await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
    async close() {
      await gateway.close();
      for (const service of running) await service.close();
      for (const database of [...databases, audit]) await database.drop();
    },
  };
}
