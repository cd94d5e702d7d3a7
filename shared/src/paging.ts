/**
 * Cursor pages in the GraphQL Cursor Connections shape (totalCount, pageInfo,
 * edges { cursor node }, and nodes as a convenience). A cursor is the base64url
 * of a row's key; rows are ordered by that key in code-unit order (compareText), the same
 * on every driver, so a page continues after the key even when rows were added
 * or removed since the last one.
 */
import { badInput } from './errors.ts';
import { compareText } from './loaders.ts';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  startCursor: string | null;
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Edge<T>[];
  nodes: T[];
}

/** What a page knows beyond its rows: the total and whether rows lie on either side of it. */
export interface PageBounds {
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A connection of `nodes` already cut to the page, each edge's cursor taken from `cursorOf`. */
export function connectionOf<T>(nodes: T[], cursorOf: (row: T) => string, bounds: PageBounds): Page<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount: bounds.totalCount,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasNextPage: bounds.hasNextPage,
      hasPreviousPage: bounds.hasPreviousPage,
    },
    edges,
    nodes,
  };
}

export const encodeKeyCursor = (key: string): string => Buffer.from(key).toString('base64url');

/** The key a cursor points after; BAD_USER_INPUT for anything this module did not issue. */
export function decodeKeyCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips junk silently: re-encoding catches it.
  if (cursor.length === 0 || encodeKeyCursor(key) !== cursor) {
    throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  }
  return key;
}

export function pageSize(first: number | null | undefined, fallback = 20, max = MAX_PAGE_SIZE): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be from 1 to ${max}, got ${size}`, { field: 'first' });
  return size;
}

/**
 * One page of rows already loaded (through a request's DataLoader, so the
 * statement count does not depend on the page). `keyOf` must be unique per row.
 */
export function pageOf<T>(rows: readonly T[], keyOf: (row: T) => string, args: PageArgs, fallback = 20): Page<T> {
  const first = pageSize(args.first, fallback);
  const after = args.after == null ? null : decodeKeyCursor(args.after);
  const sorted = [...rows].sort((a, b) => compareText(keyOf(a), keyOf(b)));
  const rest = after === null ? sorted : sorted.filter((row) => compareText(keyOf(row), after) > 0);
  return connectionOf(rest.slice(0, first), (row) => encodeKeyCursor(keyOf(row)), {
    totalCount: rows.length,
    hasNextPage: rest.length > first,
    hasPreviousPage: rest.length < sorted.length,
  });
}

/** A number as a key that sorts as text in numeric order (ids up to 12 digits). */
export const numericKey = (n: number): string => String(n).padStart(12, '0');

/**
 * A page of rows in the order given, for lists whose order is not a row key
 * (histories in time order, requirements by rank): the cursor is the row's
 * position. Such lists only grow at the end or not at all, so a position
 * stays put between pages.
 */
export function pageInOrder<T>(rows: readonly T[], args: PageArgs, fallback = 20): Page<T> {
  const page = pageOf(rows.map((node, i) => ({ node, key: numericKey(i) })), (row) => row.key, args, fallback);
  return { ...page, nodes: page.nodes.map((row) => row.node), edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.node })) };
}
