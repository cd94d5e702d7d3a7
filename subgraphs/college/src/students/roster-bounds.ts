/**
 * What the roster knows beyond its page: `totalCount`, and whether a readable
 * learner lies at or before the cursor (`hasPreviousPage`). Both come from one
 * statement whose cost does not grow with the registry:
 *
 * - ADMIN: the sum of the pathway_count rows matching the filter (a few rows
 *   per agreement, cohort and stage, kept by triggers on pathway);
 * - staff: that sum over the agreements their organisation is party to, plus
 *   the learners with a grant in force for it on the other agreements, read
 *   from the organisation's grants (so it grows with its grants, not with the
 *   registry);
 * - a learner or guardian: their own row, by its key;
 * - hasPreviousPage: the nearest readable row at or before the cursor, read
 *   backwards along the learner-id key as the page reads forwards, and
 *   normally found at once (the cursor's own row) instead of counting the rows
 *   before it.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { StudentScope } from '@guantong/shared/policy';
import { AgreementEntity } from '../entities/agreement.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { PathwayCountEntity } from '../entities/pathway-count.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import type { StudentFilter } from '../generated/resolvers.ts';
import { GRANT_IN_FORCE, matchingFilter, PARTY_TO, readableMatching } from './readable.ts';

export interface RosterBounds {
  totalCount: number;
  hasPreviousPage: boolean;
}

type Head = SelectQueryBuilder<Record<string, unknown>>;

/** The scalar subqueries whose sum is totalCount, each named by its column in the statement. */
function totalParts(head: Head, scope: StudentScope, filter: StudentFilter, now: string): Record<string, string> {
  if (scope.kind === 'student') {
    const own = head.subQuery().select('COUNT(*)').from(PathwayEntity, 'p').where('p.studentId = :self', { self: scope.studentId });
    return { own: matchingFilter(own, 'p', filter).getQuery() };
  }
  const counted = head.subQuery().select('COALESCE(SUM(c.learners), 0)').from(PathwayCountEntity, 'c');
  if (scope.kind === 'all') return { counted: matchingFilter(counted, 'c', filter).getQuery() };
  const org = { org: scope.organizationId, now };
  counted.innerJoin(AgreementEntity.options.name, 'a', 'a.id = c.agreementId').where(PARTY_TO, org);
  // A learner may hold several grants for one organisation (one per scope set): each counts once.
  const consented = head
    .subQuery()
    .select('COUNT(DISTINCT g.studentId)')
    .from(ConsentGrantEntity, 'g')
    .innerJoin(PathwayEntity.options.name, 'p', 'p.studentId = g.studentId')
    .innerJoin(AgreementEntity.options.name, 'a', 'a.id = p.agreementId')
    .where(`${GRANT_IN_FORCE} AND NOT ${PARTY_TO}`, org);
  return { counted: matchingFilter(counted, 'c', filter).getQuery(), consented: matchingFilter(consented, 'p', filter).getQuery() };
}

/** The statement: one column per part of the total and, after a cursor, the nearest readable learner at or before it. */
export function rosterBoundsQuery(db: DataSource, scope: StudentScope, filter: StudentFilter, after: string | null, now: string): Head {
  const head: Head = db.createQueryBuilder().fromDummy();
  const parts = totalParts(head, scope, filter, now);
  for (const [name, sql] of Object.entries(parts)) head.addSelect(sql, name);
  if (after !== null) {
    const keyWalk = db.options.type === 'mysql' ? 'mysql' : 'sqlite';
    const nearest = readableMatching(head.subQuery().select('p.studentId').from(PathwayEntity, 'p'), scope, filter, now, { keyWalk })
      .andWhere('p.studentId <= :after', { after })
      .orderBy('p.studentId', 'DESC')
      .limit(1);
    head.addSelect(nearest.getQuery(), 'previous');
  }
  return head;
}

export async function rosterBounds(db: DataSource, scope: StudentScope, filter: StudentFilter, after: string | null, now: string): Promise<RosterBounds> {
  const query = rosterBoundsQuery(db, scope, filter, after, now);
  const raw = (await query.getRawOne<Record<string, number | string | null>>()) ?? {};
  // MariaDB answers SUM as a decimal string and COUNT as a number; SQLite both as numbers.
  const totalCount = Object.entries(raw).reduce((sum, [name, value]) => (name === 'previous' ? sum : sum + Number(value ?? 0)), 0);
  return { totalCount, hasPreviousPage: raw.previous != null };
}
