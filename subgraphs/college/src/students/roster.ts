/**
 * The `students` list: learners on the registry that the caller may read,
 * ordered by learner id, paged by cursor. Rows the caller may not read are
 * filtered out in SQL, so the list never fails because of other learners; on a
 * row that is listed, a field of a part the caller may not read is refused on
 * its own path, exactly as through `student(id)` (see StudentRef).
 */
import { studentScope } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { StudentRef } from '../access/policy.ts';
import { decodeCursor, encodeCursor } from '../inputs/cursor.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import type { QueryStudentsArgs } from '../generated/resolvers.ts';
import { nowInstant } from '@guantong/shared/clock';
import { connectionOf, type Page } from '@guantong/shared/paging';
import { requireCohort, requirePageSize } from '../inputs/validation.ts';
import { readableMatching } from './readable.ts';
import { rosterBounds } from './roster-bounds.ts';

export type StudentPage = Page<StudentRef>;

/**
 * Two statements whatever the page size and however many learners the
 * registry holds: one for totalCount and hasPreviousPage (see roster-bounds.ts),
 * one page of ids (one row more than asked, to learn whether another page
 * follows). The nodes are bare references; their fields load through the
 * request's loaders.
 */
export async function listStudents(ctx: Context, args: QueryStudentsArgs): Promise<StudentPage> {
  // Anonymous callers are refused here (UNAUTHENTICATED), before any input is read.
  const scope = studentScope(ctx.actor);
  const first = requirePageSize(args.first ?? 20);
  const after = args.after == null ? null : decodeCursor(args.after);
  const filter = args.filter ?? {};
  if (filter.cohort != null) requireCohort(filter.cohort);
  // One instant for both statements: a grant expiring between them cannot make them disagree.
  const now = nowInstant();

  const bounds = await rosterBounds(ctx.db, scope, filter, after, now);
  const page = readableMatching(ctx.db.getRepository(PathwayEntity).createQueryBuilder('p'), scope, filter, now)
    .select('p.studentId', 'studentId')
    .orderBy('p.studentId', 'ASC')
    .limit(first + 1);
  if (after !== null) page.andWhere('p.studentId > :after', { after });
  const rows = await page.getRawMany<{ studentId: string }>();

  const nodes = rows.slice(0, first).map((row) => ({ id: row.studentId }));
  return connectionOf(nodes, (node) => encodeCursor(node.id), { totalCount: bounds.totalCount, hasNextPage: rows.length > first, hasPreviousPage: bounds.hasPreviousPage });
}
