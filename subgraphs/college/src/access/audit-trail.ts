/**
 * Query.auditTrail: the hub-wide audit trail for administrators, newest first
 * (by entry id, which only grows), filtered and paged by an opaque cursor.
 */
import type { SelectQueryBuilder } from 'typeorm';
import { AuditEntryEntity, type AuditEntryRow } from '@guantong/shared/audit';
import { connectionOf, type Page } from '@guantong/shared/paging';
import { countAround } from '@guantong/shared/paging-sql';
import { authorize } from '@guantong/shared/policy';
import { requireLearnerId, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { AuditFilter, QueryAuditTrailArgs } from '../generated/resolvers.ts';
import { MAX_AUDIT_PAGE_SIZE, requireInstant, requireOrganizationId, requirePageSize } from '../inputs/validation.ts';
import { decodeIdCursor, encodeCursor } from '../inputs/cursor.ts';

export type AuditPage = Page<AuditEntryRow>;

/** Entries matching every given filter. Values are bound parameters, never spliced into SQL. */
function matching(ctx: Context, filter: AuditFilter): SelectQueryBuilder<AuditEntryRow> {
  const query = ctx.auditDb.getRepository(AuditEntryEntity).createQueryBuilder('e');
  if (filter.studentId != null) query.andWhere('e.studentId = :studentId', { studentId: requireLearnerId(filter.studentId) });
  if (filter.actorSubject != null) {
    query.andWhere('e.actorSubject = :actorSubject', { actorSubject: requireText(filter.actorSubject, 'actorSubject') });
  }
  if (filter.organizationId != null) query.andWhere('e.organizationId = :organizationId', { organizationId: requireOrganizationId(filter.organizationId) });
  if (filter.outcome != null) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
  if (filter.from != null) query.andWhere('e.at >= :from', { from: requireInstant(filter.from, 'from') });
  if (filter.to != null) query.andWhere('e.at < :to', { to: requireInstant(filter.to, 'to') });
  return query;
}

/** Admins only. Two statements whatever the page size: one COUNT, one page (one row more than asked). */
export async function auditTrail(ctx: Context, args: QueryAuditTrailArgs): Promise<AuditPage> {
  authorize(ctx.actor, { action: 'audit:read' });
  const first = requirePageSize(args.first ?? 100, MAX_AUDIT_PAGE_SIZE);
  const after = args.after == null ? null : decodeIdCursor(args.after);
  const query = matching(ctx, args.filter ?? {});

  // Newest first: the rows before the cursor are the newer ones.
  const counts = await countAround(query, after === null ? null : { condition: 'e.id >= :after', params: { after } });
  const page = query.clone().orderBy('e.id', 'DESC').limit(first + 1);
  if (after !== null) page.andWhere('e.id < :after', { after });
  const rows = await page.getMany();

  return connectionOf(rows.slice(0, first), (row) => encodeCursor(row.id), { totalCount: counts.totalCount, hasNextPage: rows.length > first, hasPreviousPage: counts.before > 0 });
}
