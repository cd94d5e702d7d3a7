/**
 * Builds and serves a subgraph: SDL + resolvers + its own database. Every
 * request must carry a valid gateway token; each request gets fresh loaders, an
 * access guard, and an audit recorder that is written before the response leaves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { pinClock } from './clock.ts';
import type { Config, SubgraphName } from './config.ts';
import { openDatabase, type Database } from './database.ts';
import { GatewayTokenVerifier, subgraphAudience, type Actor } from './identity.ts';
import { gatewayVerificationKeys } from './gateway-keys.ts';
import { bearerToken } from './bearer.ts';
import { createSingleUse } from './single-use.ts';
import { DELEGATION_HEADER } from './delegation.ts';
import { gatewayLookups, type PeerLookups } from './peer-lookups.ts';
import { serveGraphQL, type HttpHandler, type Served } from './http.ts';
import { maskInternalErrors } from './masking.ts';
import { AuditRecorder, auditEntities } from './audit.ts';
import { auditPlugin } from './audit-plugin.ts';
import { requireAppendOnlyUser } from './audit-grants.ts';
import { auditMigrations } from './audit-migrations.ts';
import { createAccessGuard, type AccessGuard } from './access.ts';
import { createLogger, type Logger } from './logger.ts';
import { apolloStaysHome } from './egress.ts';
import { oneRunnableOperation } from './operation.ts';
import { healthHandler, type Lifecycle } from './health/readiness.ts';
import { databaseCheck, pingCheck } from './health/checks.ts';
import { createServiceMetrics, type ServiceMetrics } from './metrics/registry.ts';
import { metricsPlugin } from './metrics/plugin.ts';
import { httpMetrics, metricsHandler } from './metrics/handler.ts';
import { observePools, observeStatements } from './metrics/database.ts';
import { accessLog } from './access-log.ts';
import { tracingMiddleware } from './tracing/middleware.ts';
import { WebhookSubscriptionEntity } from './feed/entities.ts';
import { startWebhookWorker, type WebhookWorker } from './feed/worker.ts';
import { webhookSettings } from './feed/sealing.ts';
import type http from 'node:http';
import { bulkHandler } from './bulk/routes.ts';
import type { BulkRuntime } from './bulk/service.ts';
import type { BulkSetup } from './bulk/setup.ts';

export interface SubgraphContext<L> {
  actor: Actor;
  db: DataSource;
  loaders: L;
  requestId: string;
  /** Decides and audits every read of a learner's record. */
  access: AccessGuard;
  /** The hub's audit store (read by the audit-trail queries). */
  auditDb: DataSource;
  /** Other institutions, asked through the gateway as this request's caller (writes only). */
  peers: PeerLookups;
  /** Bulk import jobs of this process, when the subgraph offers them (started by startSubgraph). */
  bulk?: BulkRuntime<SubgraphContext<L>>;
}

export interface SubgraphDefinition<L> {
  name: SubgraphName;
  /** Absolute path of the subgraph's `schema.graphql`. */
  schemaPath: string;
  resolvers: GraphQLResolverMap<SubgraphContext<L>>;
  entities: MixedList<EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function>;
  createLoaders(db: DataSource, config: Config): L;
  /** Loads the demo dataset when the database holds no data yet. Returns true when it wrote. */
  seedDemo(db: DataSource, config: Config): Promise<boolean>;
  /** Throws a ConfigError when the subgraph cannot run with this configuration (checked before anything opens). */
  checkConfig?(config: Config): void;
  /** The parts of its bundle the subgraph imports and exports as CSV (shared/src/bulk); its tables come with `importEntities`. */
  bulk?: BulkSetup<SubgraphContext<L>>;
  /**
   * Further HTTP routes (e.g. file uploads and downloads), reached through the
   * gateway only: `contextFor` verifies the gateway token bound to the route
   * operation, as for the bulk routes.
   */
  routes?(config: Config, contextFor: RouteContext<SubgraphContext<L>>): HttpHandler[];
}

/** The request context of an HTTP route, from the gateway token bound to the route and its parameters. */
export type RouteContext<C> = (req: http.IncomingMessage, operation: { query: string; variables: Record<string, string> }) => Promise<C>;

/** The ApolloServer for a subgraph, without HTTP (tests call `executeOperation`). */
export function buildSubgraphServer<L>(def: SubgraphDefinition<L>, logger: Logger = createLogger(def.name), metrics?: ServiceMetrics): ApolloServer<SubgraphContext<L>> {
  const typeDefs = parse(fs.readFileSync(def.schemaPath, 'utf8'));
  return new ApolloServer<SubgraphContext<L>>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: def.resolvers }]),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The process stops on signals itself, draining first (lifecycle/signals.ts); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError: maskInternalErrors(logger),
    // No Apollo Studio here: traces would only cost time on every request.
    plugins: [...apolloStaysHome<SubgraphContext<L>>(), ApolloServerPluginInlineTraceDisabled(), oneRunnableOperation<SubgraphContext<L>>(), auditPlugin<SubgraphContext<L>>(logger), ...(metrics ? [metricsPlugin<SubgraphContext<L>>(metrics)] : [])],
  });
}

export interface ContextSources {
  db: DataSource;
  auditDb: DataSource;
  config: Config;
  /** How this request reaches other institutions; through the gateway with the request's delegation by default. */
  peers?: (delegation: string | undefined) => PeerLookups;
  /** Told how long each audit append took (metrics). */
  onAuditWrite?: (seconds: number, stored: boolean) => void;
  /** Bulk import jobs, when the subgraph offers them. */
  bulk?: BulkRuntime<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- one source serves the context type of whichever subgraph it was built for
}

/** A fresh context: per-request loaders and audit recorder, never shared between callers. */
export function createContext<L>(def: SubgraphDefinition<L>, sources: ContextSources, actor: Actor, requestId: string = randomUUID(), delegation?: string): SubgraphContext<L> {
  const audit = new AuditRecorder(sources.auditDb, def.name, actor, requestId, sources.onAuditWrite);
  const { config } = sources;
  const peers = sources.peers?.(delegation) ?? gatewayLookups(config.gatewayUrl, delegation, config.subgraphTimeoutMs);
  const bulk = sources.bulk as BulkRuntime<SubgraphContext<L>> | undefined;
  return { actor, db: sources.db, auditDb: sources.auditDb, loaders: def.createLoaders(sources.db, config), requestId, access: createAccessGuard(actor, audit), peers, bulk };
}

export interface RunningSubgraph<L> extends Served {
  name: SubgraphName;
  database: Database;
  server: ApolloServer<SubgraphContext<L>>;
  /** Graceful stop: not ready, no new requests, those in flight finish (up to the drain time), then the databases close. */
  shutdown(): Promise<void>;
  /** The change feed's webhook worker, when the subgraph has a change feed. */
  webhooks?: WebhookWorker;
}

export function sqlitePathFor(config: Config, name: SubgraphName | 'audit'): string {
  return path.join(config.dataDir, `${name}.sqlite`);
}

/**
 * Opens the hub's audit store (migrated: table, append-only triggers, hash
 * chain). In production the hub's user must hold INSERT and SELECT only, so
 * the schema is migrated beforehand by its owner (`npm run audit:migrate`);
 * `asOwner` skips that check for the owner's own scripts.
 */
export async function openAuditDatabase(config: Config, options: { asOwner?: boolean } = {}): Promise<Database> {
  const database = await openDatabase({
    url: config.auditDatabaseUrl,
    sqlitePath: sqlitePathFor(config, 'audit'),
    entities: auditEntities,
    migrations: auditMigrations,
    createDatabase: config.mode === 'demo',
  });
  if (config.mode === 'production' && !options.asOwner) {
    try {
      await requireAppendOnlyUser(database.dataSource);
    } catch (err) {
      await database.dataSource.destroy();
      throw err;
    }
  }
  return database;
}

/** Opens the databases, migrates, seeds demo data if configured, and listens. */
export async function startSubgraph<L>(
  def: SubgraphDefinition<L>,
  config: Config,
  overrides: { port?: number; database?: Database; audit?: Database; logger?: Logger; peers?: ContextSources['peers'] } = {},
): Promise<RunningSubgraph<L>> {
  def.checkConfig?.(config);
  const logger = overrides.logger ?? createLogger(def.name, config.logLevel);
  // Only a demo's config carries a pinned day; otherwise the clock is left as it is (a test may have pinned it).
  if (config.clockToday) pinClock(config.clockToday);
  const database =
    overrides.database ??
    (await openDatabase({
      url: config.databaseUrls[def.name],
      sqlitePath: sqlitePathFor(config, def.name),
      entities: def.entities,
      migrations: def.migrations,
      createDatabase: config.mode === 'demo',
    }));
  const audit = overrides.audit ?? (await openAuditDatabase(config));
  if (config.seedDemoData && (await def.seedDemo(database.dataSource, config))) logger.info('demo data loaded');
  const metrics = createServiceMetrics(def.name);
  observePools(metrics, { [def.name]: database.dataSource, audit: audit.dataSource });
  observeStatements(metrics, { [def.name]: database.statements, audit: audit.statements });
  const server = buildSubgraphServer(def, logger, metrics);
  await server.start();
  // Accepted token ids outlive this process in Redis, so a restart does not reopen a replay window.
  const once = createSingleUse(config.redisUrl, def.name);
  const verifier = new GatewayTokenVerifier(gatewayVerificationKeys(config.gatewayKeys), subgraphAudience(def.name), once);
  const onAuditWrite = (seconds: number, stored: boolean) => metrics.auditWriteDuration.observe({ outcome: stored ? 'ok' : 'error' }, seconds);
  const sources: ContextSources = { db: database.dataSource, auditDb: audit.dataSource, config, peers: overrides.peers, onAuditWrite };
  if (def.bulk) {
    sources.bulk = {
      subgraph: def.name, config, setup: def.bulk,
      renew: (ctx: SubgraphContext<L>, peers?: PeerLookups) => createContext(def, peers ? { ...sources, peers: () => peers } : sources, ctx.actor, ctx.requestId),
      onError: (err: unknown) => logger.error({ err }, 'an import job stopped on an internal error'),
    } satisfies BulkRuntime<SubgraphContext<L>>;
  }
  const routeContext: RouteContext<SubgraphContext<L>> = async (req, operation) => createContext(def, sources, await verifier.verify(bearerToken(req.headers.authorization) ?? undefined, operation), randomUUID());
  const bulkRoutes = sources.bulk ? [bulkHandler(sources.bulk as BulkRuntime<SubgraphContext<L>>, routeContext)] : [];
  const ownRoutes = def.routes?.(config, routeContext) ?? [];
  const lifecycle: Lifecycle = { draining: false };
  // Delivery state is in the database, so a worker stopped mid-round resumes where it was after a restart.
  const webhooks = database.dataSource.hasMetadata(WebhookSubscriptionEntity) ? startWebhookWorker(database.dataSource, webhookSettings(config), def.name, logger) : undefined;
  const checks = [databaseCheck('database', database.dataSource), databaseCheck('audit', audit.dataSource), ...(config.redisUrl ? [pingCheck('redis', once)] : [])];
  const served = await serveGraphQL(server, {
    port: overrides.port ?? config.ports[def.name],
    host: config.subgraphHost,
    bodyLimit: '1mb',
    trustRequestId: true,
    middleware: [tracingMiddleware(def.name), accessLog(logger), httpMetrics(metrics)],
    handlers: [healthHandler(def.name, checks, { timeoutMs: config.ops.readinessTimeoutMs, lifecycle }), metricsHandler(metrics, config.ops.metricsToken), ...bulkRoutes, ...ownRoutes],
    context: async ({ req, body, requestId }) => {
      const actor = await verifier.verify(bearerToken(req.headers.authorization) ?? undefined, body);
      const delegation = req.headers[DELEGATION_HEADER];
      return createContext(def, sources, actor, requestId, typeof delegation === 'string' ? delegation : undefined);
    },
  });
  const release = async () => {
    await webhooks?.stop();
    await server.stop();
    await once.close();
    if (!overrides.database) await database.dataSource.destroy();
    if (!overrides.audit) await audit.dataSource.destroy();
  };
  return {
    ...served,
    name: def.name,
    database,
    server,
    webhooks,
    close: async () => {
      await served.close();
      await release();
    },
    shutdown: async () => {
      lifecycle.draining = true;
      if (!(await served.drain(config.ops.shutdownDrainMs))) logger.warn({ drainMs: config.ops.shutdownDrainMs }, 'requests still in flight after the drain time were cut');
      await release();
    },
  };
}
