/**
 * Page cursors of this subgraph's connections: the base64url of the last
 * row's key. Clients treat them as opaque; only what could have been issued
 * is accepted.
 */
import { badInput } from '@guantong/shared/errors';
import { connectionOf, type Page } from '@guantong/shared/paging';


export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

/** The key a cursor points after, if `isKey` accepts it; BAD_USER_INPUT for anything not issued here. */
export function decodeCursor(cursor: string, isKey: (key: string) => boolean): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips junk silently: re-encoding catches it.
  if (encodeCursor(key) !== cursor || !isKey(key)) {
    throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  }
  return key;
}

export function requirePageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be from 1 to ${max}, got ${first}`, { field: 'first' });
  return first;
}

/**
 * A page of `rows` (one more than asked, to tell whether another page follows),
 * with the total, whether rows come before it, and each row's cursor.
 */
export function pageOf<T>(rows: readonly T[], first: number, bounds: { totalCount: number; hasPreviousPage: boolean }, keyOf: (row: T) => string): Page<T> {
  return connectionOf(rows.slice(0, first), (row) => encodeCursor(keyOf(row)), { ...bounds, hasNextPage: rows.length > first });
}
