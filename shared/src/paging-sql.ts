/**
 * Counts for a page cut in SQL: the total, and how many rows lie at or before
 * the cursor, in the one statement that counted the total before, so a page
 * with a cursor costs no more statements than the first page.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface SqlCounts {
  totalCount: number;
  /** Rows matching `beforeCondition`; 0 when there is no cursor. */
  before: number;
}

export async function countAround<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  before: { condition: string; params: Record<string, unknown> } | null,
): Promise<SqlCounts> {
  if (before === null) return { totalCount: await query.getCount(), before: 0 };
  const raw = await query
    .clone()
    .select('COUNT(*)', 'total')
    .addSelect(`COALESCE(SUM(CASE WHEN ${before.condition} THEN 1 ELSE 0 END), 0)`, 'before')
    .setParameters(before.params)
    .getRawOne<{ total: number | string; before: number | string }>();
  return { totalCount: Number(raw?.total ?? 0), before: Number(raw?.before ?? 0) };
}
