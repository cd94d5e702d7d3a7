/**
 * Per-request DataLoader factories. Batch functions return results in key
 * order, with null (or an empty list) for misses, as DataLoader requires.
 * Loaders are created per request and never shared between callers.
 */
import DataLoader from 'dataloader';

/** One row per key: `fetch` receives the distinct keys of one tick. */
export function rowLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Many rows per key (a relation): each key gets its rows, in fetch order. */
export function groupLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Code-unit order, the same on every driver and locale: lists are sorted in
 * code because MariaDB compares text by collation and SQLite byte by byte.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
