/**
 * Fires the same write many times at once through the gateway, as a busy
 * school's clerks would, and sums up what each request was told.
 */
import type { GraphQLResponse } from './hub.ts';

/** How many requests a concurrency case sends at the same moment. */
export const AT_ONCE = 12;

/** Runs `request(i)` for i = 0 … n-1 concurrently. */
export function atOnce<T>(request: (i: number) => Promise<GraphQLResponse<T>>, n = AT_ONCE): Promise<GraphQLResponse<T>[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => request(i)));
}

/** 'OK' for a successful answer with data, else the error's code (an answer with both counts as neither). */
export function outcomeOf(res: GraphQLResponse<unknown>): string {
  if (!res.errors?.length) return res.data ? 'OK' : 'EMPTY';
  if (res.data && Object.values(res.data).some((v) => v !== null)) return 'PARTIAL';
  return String(res.errors[0].extensions?.code ?? 'NO_CODE');
}

/** Answers grouped by outcome, e.g. { OK: 1, CONFLICT: 11 }. */
export function tally(replies: GraphQLResponse<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const res of replies) counts[outcomeOf(res)] = (counts[outcomeOf(res)] ?? 0) + 1;
  return counts;
}
