/**
 * The college with its two peers running for real: the secondary and
 * enterprise subgraphs serve on ephemeral ports over fresh demo databases, and
 * the college's context is built with a config that points at them, so
 * `progressStudent` fetches evidence exactly as in production.
 */
import { enterpriseSubgraph } from '@guantong/enterprise';
import { secondarySubgraph } from '@guantong/secondary';
import { loadConfig, type Config } from '@guantong/shared/config';
import type { Actor } from '@guantong/shared/identity';
import { createLogger } from '@guantong/shared/logger';
import { buildSubgraphServer, createContext, startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@guantong/shared/subgraph';
import { openTestAuditDatabase, openTestDatabase, type DatabaseKind, type Reply, type TestDatabase } from '@guantong/shared/testing';
import { collegeSubgraph } from '../definition.ts';

export interface CollegeWithPeers {
  db: TestDatabase;
  /** The audit store the three subgraphs share. */
  audit: TestDatabase;
  config: Config;
  run<T = Record<string, unknown>>(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
  /** Runs as the college would with another configuration (e.g. a peer that is down). */
  runWith<T = Record<string, unknown>>(config: Config, actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export async function openCollegeWithPeers(kind: DatabaseKind): Promise<CollegeWithPeers> {
  const base = loadConfig({ GUANTONG_MODE: 'demo', LOG_LEVEL: 'warn' });
  const audit = await openTestAuditDatabase(kind);
  const databases: TestDatabase[] = [];
  const start = async <L>(def: SubgraphDefinition<L>): Promise<RunningSubgraph<L>> => {
    const database = await openTestDatabase(def, kind);
    databases.push(database);
    // startSubgraph seeds the demo data (demo mode) before it listens.
    return startSubgraph(def, base, { port: 0, database, audit, logger: createLogger(def.name, 'warn') });
  };
  const secondary = await start(secondarySubgraph);
  const enterprise = await start(enterpriseSubgraph);
  const config: Config = { ...base, subgraphUrls: { ...base.subgraphUrls, secondary: secondary.url, enterprise: enterprise.url } };
  const db = await openTestDatabase(collegeSubgraph, kind);
  await collegeSubgraph.seedDemo(db.dataSource, config);
  // Masked errors are expected in these stories (a peer made unreachable on purpose): keep them out of the output.
  const server = buildSubgraphServer(collegeSubgraph, createLogger('college', 'fatal'));

  const runWith = async <T>(cfg: Config, actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T>> => {
    const contextValue = createContext(collegeSubgraph, { db: db.dataSource, auditDb: audit.dataSource, config: cfg }, actor);
    const res = await server.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single (non-incremental) result');
    return { data: res.body.singleResult.data as T | null | undefined, errors: res.body.singleResult.errors };
  };

  return {
    db,
    audit,
    config,
    runWith,
    run: (actor, query, variables) => runWith(config, actor, query, variables),
    async count(table) {
      const [row] = await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
    async close() {
      await secondary.close();
      await enterprise.close();
      for (const database of [db, ...databases, audit]) await database.drop();
    },
  };
}
