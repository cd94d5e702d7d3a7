/**
 * A learner's access log: the hub's audit entries about them, newest first.
 * The entries live in the shared audit store (`ctx.auditDb`), which the
 * subgraph's `createLoaders` does not receive, so this module keeps the
 * request's loaders itself, keyed by the request's context object: they are
 * created on first use and dropped with the request, never shared.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AuditEntryEntity, type AuditEntryRow } from '@guantong/shared/audit';
import { badInput } from '@guantong/shared/errors';
import { connectionOf, type Page } from '@guantong/shared/paging';
import type { Context } from '../context.ts';

type LogLoader = DataLoader<string, Page<AuditEntryRow>>;

const loadersByRequest = new WeakMap<Context, Map<string, LogLoader>>();

/** Where a page of the log starts: after this entry, in newest-first order. */
export interface LogCursor {
  at: string;
  id: number;
}

const encodeLogCursor = (row: AuditEntryRow): string => Buffer.from(`${row.at}\n${row.id}`, 'utf8').toString('base64url');

/** The entry an accessLog cursor points after; BAD_USER_INPUT for anything not issued here. */
export function decodeLogCursor(cursor: string): LogCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\n([1-9]\d{0,15})$/.exec(text);
  // Node's base64url decoder skips junk silently: re-encoding catches it.
  if (!match || Buffer.from(text, 'utf8').toString('base64url') !== cursor) {
    throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  }
  return { at: match[1]!, id: Number(match[2]) };
}

/** Entries older than the cursor's, in the newest-first order (a tie on time falls back to the id). */
const OLDER = '(x.at < :afterAt OR (x.at = :afterAt AND x.id < :afterId))';
const cursorParams = (after: LogCursor | null) => (after ? { afterAt: after.at, afterId: after.id } : {});

/**
 * The newest `first` entries of each learner in one statement: entries are
 * ranked per learner by a window function, so a page of 100 learners costs the
 * same single query as one learner, and a long log is never read whole.
 */
async function newestEntries(auditDb: DataSource, studentIds: readonly string[], first: number, after: LogCursor | null): Promise<AuditEntryRow[]> {
  const ranked = auditDb
    .createQueryBuilder()
    .subQuery()
    .select('r.id')
    .from((qb) =>
      qb
        .select('x.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY x.student_id ORDER BY x.at DESC, x.id DESC)', 'position')
        .from(AuditEntryEntity, 'x')
        .where(`x.student_id IN (:...studentIds)${after ? ` AND ${OLDER}` : ''}`),
    'r')
    .where('r.position <= :first')
    .getQuery();
  return auditDb
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('e')
    .where(`e.id IN ${ranked}`, { studentIds: [...studentIds], first, ...cursorParams(after) })
    .orderBy('e.at', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .getMany();
}

/** Each learner's entry count, and how many are at or newer than the cursor's, in one grouped statement. */
async function logCounts(auditDb: DataSource, studentIds: readonly string[], after: LogCursor | null): Promise<Map<string, { total: number; before: number }>> {
  const rows = await auditDb
    .createQueryBuilder()
    .select('x.student_id', 'studentId')
    .addSelect('COUNT(*)', 'total')
    .addSelect(after ? `COALESCE(SUM(CASE WHEN ${OLDER} THEN 0 ELSE 1 END), 0)` : '0', 'before')
    .from(AuditEntryEntity, 'x')
    .where('x.student_id IN (:...studentIds)', { studentIds: [...studentIds], ...cursorParams(after) })
    .groupBy('x.student_id')
    .getRawMany<{ studentId: string; total: number | string; before: number | string }>();
  return new Map(rows.map((row) => [row.studentId, { total: Number(row.total), before: Number(row.before) }]));
}

/** A page of each learner's log: two statements for the whole batch, whatever its size. */
async function logPages(auditDb: DataSource, studentIds: readonly string[], first: number, after: LogCursor | null): Promise<Page<AuditEntryRow>[]> {
  const [rows, counts] = await Promise.all([newestEntries(auditDb, studentIds, first + 1, after), logCounts(auditDb, studentIds, after)]);
  return studentIds.map((studentId) => {
    const own = rows.filter((row) => row.studentId === studentId);
    const count = counts.get(studentId) ?? { total: 0, before: 0 };
    return connectionOf(own.slice(0, first), encodeLogCursor, { totalCount: count.total, hasNextPage: own.length > first, hasPreviousPage: count.before > 0 });
  });
}

/** The request's loader of each learner's log page of `first` entries after the cursor. */
export function accessLogLoader(ctx: Context, first: number, after: string | null): LogLoader {
  const cursor = after === null ? null : decodeLogCursor(after);
  let byPage = loadersByRequest.get(ctx);
  if (!byPage) {
    byPage = new Map();
    loadersByRequest.set(ctx, byPage);
  }
  const key = `${first}|${after ?? ''}`;
  let loader = byPage.get(key);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => logPages(ctx.auditDb, ids, first, cursor));
    byPage.set(key, loader);
  }
  return loader;
}
