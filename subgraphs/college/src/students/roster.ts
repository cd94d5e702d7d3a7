/**
 * The `students` list: learners on the registry that the caller may read,
 * ordered by learner id, paged by cursor. Rows the caller may not read are
 * filtered out in SQL, so the list never fails because of other learners; on a
 * row that is listed, a field of a part the caller may not read is refused on
 * its own path, exactly as through `student(id)` (see StudentRef).
 */
import type { SelectQueryBuilder } from 'typeorm';
import { studentScope, type StudentScope } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { StudentRef } from '../access/policy.ts';
import { decodeCursor, encodeCursor } from '../inputs/cursor.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import type { QueryStudentsArgs, StudentFilter } from '../generated/resolvers.ts';
import { nowInstant } from '@guantong/shared/clock';
import { connectionOf, type Page } from '@guantong/shared/paging';
import { countAround } from '@guantong/shared/paging-sql';
import { requireCohort, requirePageSize } from '../inputs/validation.ts';

export type StudentPage = Page<StudentRef>;

/** Pathway rows matching the filter and readable under the scope. */
function readableMatching(ctx: Context, scope: StudentScope, filter: StudentFilter): SelectQueryBuilder<PathwayRow> {
  const query = ctx.db.getRepository(PathwayEntity).createQueryBuilder('p');
  if (scope.kind === 'organization') {
    // Staff see learners whose agreement their institution is party to, on either
    // side, and learners who have a grant in force for it (of any scope).
    const consented = query
      .subQuery()
      .select('1')
      .from(ConsentGrantEntity, 'g')
      .where('g.studentId = p.studentId AND g.organizationId = :org AND g.revokedAt IS NULL AND g.expiresAt > :now')
      .getQuery();
    query
      // The join takes the entity by name: TypeORM's join overloads do not accept an EntitySchema.
      .innerJoin(AgreementEntity.options.name, 'a', 'a.id = p.agreementId')
      .andWhere(`(a.secondarySchoolId = :org OR a.collegeId = :org OR EXISTS ${consented})`, { org: scope.organizationId, now: nowInstant() });
  } else if (scope.kind === 'student') {
    query.andWhere('p.studentId = :self', { self: scope.studentId });
  }
  if (filter.stage != null) query.andWhere('p.stage = :stage', { stage: filter.stage });
  if (filter.cohort != null) query.andWhere('p.cohort = :cohort', { cohort: filter.cohort });
  if (filter.agreementId != null) query.andWhere('p.agreementId = :agreementId', { agreementId: filter.agreementId });
  return query;
}

/**
 * Two statements whatever the page size: one COUNT (with the rows before the
 * cursor, for hasPreviousPage), one page of ids (one row
 * more than asked, to learn whether another page follows). The nodes are bare
 * references; their fields load through the request's loaders.
 */
export async function listStudents(ctx: Context, args: QueryStudentsArgs): Promise<StudentPage> {
  // Anonymous callers are refused here (UNAUTHENTICATED), before any input is read.
  const scope = studentScope(ctx.actor);
  const first = requirePageSize(args.first ?? 20);
  const after = args.after == null ? null : decodeCursor(args.after);
  const filter = args.filter ?? {};
  if (filter.cohort != null) requireCohort(filter.cohort);

  const matching = readableMatching(ctx, scope, filter);
  const counts = await countAround(matching, after === null ? null : { condition: 'p.studentId <= :after', params: { after } });
  const page = matching.clone().select('p.studentId', 'studentId').orderBy('p.studentId', 'ASC').limit(first + 1);
  if (after !== null) page.andWhere('p.studentId > :after', { after });
  const rows = await page.getRawMany<{ studentId: string }>();

  const nodes = rows.slice(0, first).map((row) => ({ id: row.studentId }));
  return connectionOf(nodes, (node) => encodeCursor(node.id), { totalCount: counts.totalCount, hasNextPage: rows.length > first, hasPreviousPage: counts.before > 0 });
}
