/**
 * The change feed's resolvers, the same for every subgraph: `<subgraph>Changes`
 * (a page of the changes the caller may read), the change's `node`, and the
 * webhook subscriptions. Each subgraph passes its coverage and node targets.
 */
import type { DataSource } from 'typeorm';
import { badInput } from '../errors.ts';
import type { Actor } from '../identity.ts';
import { decodeKeyCursor, encodeKeyCursor, pageOf, pageSize, type Edge, type PageInfo } from '../paging.ts';
import type { WebhookSettings } from './sealing.ts';
import type { ChangeRow } from './entities.ts';
import { createNodeLoader, nodeKey, type NodeLoader, type NodeTargets } from './nodes.ts';
import { scanChanges } from './scan.ts';
import { deleteWebhook, registerWebhook, resumeWebhook, subscriptionsOf, type RegisterWebhookInput } from './subscriptions.ts';
import type { FeedCoverage } from './tables.ts';
import { mayLearnOf } from './visibility.ts';

const SCAN_BATCH = 200;
/** A request reads at most this many log rows, so its cost stays bounded however few of them the caller may see. */
const MAX_SCANNED = 5000;

export interface ChangesArgs {
  since?: number | null;
  types?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

export interface ChangePage {
  pageInfo: PageInfo;
  edges: Edge<ChangeRow>[];
  nodes: ChangeRow[];
}

/**
 * Each edge's cursor is its change's version. The end cursor is where the scan
 * stopped, which may lie past the last change shown: changes the caller may not
 * learn of are skipped once, not read again on the next page.
 */
function changeConnection(nodes: ChangeRow[], end: number, since: number, hasNextPage: boolean): ChangePage {
  const edges = nodes.map((node) => ({ cursor: encodeKeyCursor(String(node.version)), node }));
  return {
    pageInfo: { startCursor: edges[0]?.cursor ?? null, endCursor: encodeKeyCursor(String(end)), hasNextPage, hasPreviousPage: since > 0 },
    edges,
    nodes,
  };
}

/** The subgraph's loaders carry the webhook settings, since resolvers see no config. */
interface FeedContext {
  actor: Actor;
  db: DataSource;
  loaders: { webhooks: WebhookSettings };
}

function startVersion(args: ChangesArgs): number {
  const since = args.after != null ? Number(decodeKeyCursor(args.after)) : (args.since ?? 0);
  if (!Number.isInteger(since) || since < 0) throw badInput(`since must be a change version (0 or more), got ${since}`, { field: 'since' });
  return since;
}

function typeFilter(types: ChangesArgs['types'], known: readonly string[]): Set<string> | undefined {
  if (types == null) return undefined;
  const unknown = types.filter((t) => !known.includes(t));
  if (unknown.length > 0) throw badInput(`types must be among ${known.join(', ')}; unknown: ${unknown.join(', ')}`, { field: 'types' });
  return new Set(types);
}

/** One page of the changes after `since` that `actor` may learn of, oldest first. */
export async function changesPage(db: DataSource, actor: Actor, args: ChangesArgs, known: readonly string[]): Promise<ChangePage> {
  const first = pageSize(args.first, 50);
  const types = typeFilter(args.types, known);
  const since = startVersion(args);
  let scanned = since;
  const hits: ChangeRow[] = [];
  for (let read = 0; hits.length <= first && read < MAX_SCANNED; ) {
    const { rows, exhausted } = await scanChanges(db, scanned, SCAN_BATCH, Date.now());
    for (const row of rows) {
      if (hits.length > first) break;
      scanned = row.version;
      read += 1;
      if ((!types || types.has(row.entityType)) && mayLearnOf(actor, row)) hits.push(row);
    }
    if (exhausted) {
      const nodes = hits.slice(0, first);
      return changeConnection(nodes, hits.length > first ? nodes[first - 1].version : scanned, since, hits.length > first);
    }
  }
  const nodes = hits.slice(0, first);
  // More log rows wait (a full page, or the scan limit): continue after the last row returned or read.
  const end = hits.length > first ? nodes[first - 1].version : scanned;
  return changeConnection(nodes, end, since, true);
}

const nodeLoaders = new WeakMap<object, NodeLoader>();

/**
 * The feed's resolver functions for one subgraph; the subgraph names the fields
 * (secondaryChanges, registerSecondaryWebhook, …) and types them from its codegen.
 */
export function feedResolvers(coverage: FeedCoverage, targets: NodeTargets) {
  const known = [...new Set(coverage.tables.map((t) => t.entityType))].sort();
  const loaderOf = (ctx: FeedContext) => {
    let loader = nodeLoaders.get(ctx.loaders);
    if (!loader) nodeLoaders.set(ctx.loaders, (loader = createNodeLoader(ctx.db, coverage.tables, targets, ctx.actor)));
    return loader;
  };
  return {
    changes: (_: unknown, args: ChangesArgs, ctx: FeedContext) => changesPage(ctx.db, ctx.actor, args, known),
    webhooks: async (_: unknown, args: { organizationId: string; first?: number | null; after?: string | null }, ctx: FeedContext) =>
      pageOf(await subscriptionsOf(ctx.db, ctx.actor, args.organizationId), (s) => s.id, args),
    register: (_: unknown, args: { input: RegisterWebhookInput }, ctx: FeedContext) => registerWebhook(ctx.db, ctx.actor, args.input, ctx.loaders.webhooks, known),
    remove: (_: unknown, args: { id: string }, ctx: FeedContext) => deleteWebhook(ctx.db, ctx.actor, args.id),
    resume: (_: unknown, args: { id: string }, ctx: FeedContext) => resumeWebhook(ctx.db, ctx.actor, args.id),
    // A deleted entity is a tombstone: the change says so and no state is loaded.
    node: (change: ChangeRow, _: unknown, ctx: FeedContext) => (change.kind === 'DELETED' ? null : loaderOf(ctx).load(nodeKey(change.entityType, change.entityId))),
    nodeType: (node: { __typename?: string }) => node.__typename ?? null,
    WebhookSubscription: { entityTypes: (s: { entityTypes: string }) => s.entityTypes.split(',') },
  };
}
