/**
 * Reads the change log forward from a version. On MariaDB a later version can
 * commit before an earlier one (auto-increment values are handed out before
 * commit), so a reader stops at a gap until the gap is older than the grace
 * time: by then the missing version is committed or was rolled back for good.
 */
import { MoreThan, type DataSource } from 'typeorm';
import { ChangeEntity, type ChangeRow } from './entities.ts';

/** How long a gap in versions is waited for before it is taken as a rollback. */
export const GAP_GRACE_MS = 5000;

/** The rows up to the first gap that is younger than the grace time. */
export function settled(rows: readonly ChangeRow[], after: number, nowMs: number, graceMs = GAP_GRACE_MS): ChangeRow[] {
  const out: ChangeRow[] = [];
  let expected = after + 1;
  for (const row of rows) {
    if (row.version !== expected && nowMs - Date.parse(row.changedAt) < graceMs) break;
    out.push(row);
    expected = row.version + 1;
  }
  return out;
}

/** One batch of settled changes after `after`, oldest first; `exhausted` when the log has no more yet. */
export async function scanChanges(db: DataSource, after: number, batch: number, nowMs: number): Promise<{ rows: ChangeRow[]; exhausted: boolean }> {
  const rows = await db.getRepository(ChangeEntity).find({ where: { version: MoreThan(after) }, order: { version: 'ASC' }, take: batch });
  const ready = settled(rows, after, nowMs);
  return { rows: ready, exhausted: rows.length < batch || ready.length < rows.length };
}
