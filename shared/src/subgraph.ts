/**
 * Builds and serves a subgraph: SDL + resolvers + its own database. Every
 * request must carry a valid gateway token; each request gets fresh loaders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { Config, SubgraphName } from './config.ts';
import { openDatabase, type Database } from './database.ts';
import { verifyGatewayToken, type Actor } from './identity.ts';
import { serveGraphQL, type Served } from './http.ts';
import { maskInternalErrors } from './masking.ts';

export interface SubgraphContext<L> {
  actor: Actor;
  db: DataSource;
  loaders: L;
  requestId: string;
}

export interface SubgraphDefinition<L> {
  name: SubgraphName;
  /** Absolute path of the subgraph's `schema.graphql`. */
  schemaPath: string;
  resolvers: GraphQLResolverMap<SubgraphContext<L>>;
  entities: MixedList<EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function>;
  createLoaders(db: DataSource): L;
  /** Loads the demo dataset when the database holds no data yet. Returns true when it wrote. */
  seedDemo(db: DataSource): Promise<boolean>;
}

/** The ApolloServer for a subgraph, without HTTP (tests call `executeOperation`). */
export function buildSubgraphServer<L>(def: SubgraphDefinition<L>): ApolloServer<SubgraphContext<L>> {
  const typeDefs = parse(fs.readFileSync(def.schemaPath, 'utf8'));
  const options: ApolloServerOptions<SubgraphContext<L>> = {
    schema: buildSubgraphSchema([{ typeDefs, resolvers: def.resolvers }]),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: maskInternalErrors(def.name),
    // No Apollo Studio here: traces would only cost time on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  };
  return new ApolloServer(options);
}

/** A fresh context: per-request loaders, never shared between callers. */
export function createContext<L>(def: SubgraphDefinition<L>, db: DataSource, actor: Actor): SubgraphContext<L> {
  return { actor, db, loaders: def.createLoaders(db), requestId: randomUUID() };
}

export interface RunningSubgraph<L> extends Served {
  name: SubgraphName;
  database: Database;
  server: ApolloServer<SubgraphContext<L>>;
}

export function sqlitePathFor(config: Config, name: SubgraphName): string {
  return path.join(config.dataDir, `${name}.sqlite`);
}

/** Opens the database, migrates, seeds demo data if configured, and listens. */
export async function startSubgraph<L>(
  def: SubgraphDefinition<L>,
  config: Config,
  overrides: { port?: number; database?: Database } = {},
): Promise<RunningSubgraph<L>> {
  const database =
    overrides.database ??
    (await openDatabase({
      url: config.databaseUrls[def.name],
      sqlitePath: sqlitePathFor(config, def.name),
      entities: def.entities,
      migrations: def.migrations,
      createDatabase: config.mode === 'demo',
    }));
  if (config.seedDemoData) await def.seedDemo(database.dataSource);
  const server = buildSubgraphServer(def);
  await server.start();
  const served = await serveGraphQL(server, {
    port: overrides.port ?? config.ports[def.name],
    bodyLimit: '1mb',
    context: async ({ req }) => {
      const header = req.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
      const actor = await verifyGatewayToken(token, config.gatewaySecret);
      return createContext(def, database.dataSource, actor);
    },
  });
  return {
    ...served,
    name: def.name,
    database,
    server,
    close: async () => {
      await served.close();
      await server.stop();
      if (!overrides.database) await database.dataSource.destroy();
    },
  };
}
