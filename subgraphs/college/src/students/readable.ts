/**
 * Who may read whom on the pathway registry, as SQL conditions on a query over
 * `pathway p`: ADMIN reads every learner; staff read the learners whose
 * agreement their organisation is party to (either side) and the learners with
 * a grant in force for it (of any scope); a learner or guardian reads only the
 * learner. The roster's page, its counts and its previous-page probe all use
 * these, so they can never disagree.
 */
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { StudentScope } from '@guantong/shared/policy';
import { AgreementEntity } from '../entities/agreement.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import type { StudentFilter } from '../generated/resolvers.ts';

/** A grant in force, on `consent_grant g`, for the organisation `:org` at `:now`. */
export const GRANT_IN_FORCE = 'g.organizationId = :org AND g.revokedAt IS NULL AND g.expiresAt > :now';

/** The organisation `:org` is party to agreement `a`, on either side. */
export const PARTY_TO = '(a.secondarySchoolId = :org OR a.collegeId = :org)';

/** The filter's columns, by property (for the query builder) and by column (for raw SQL). */
const FILTERED = { stage: 'stage', cohort: 'cohort', agreementId: 'agreement_id' } as const;

/**
 * How a query reads the pathway table. `keyWalk` is for a query that must walk
 * the learner-id key and stop at its first readable row (the previous-page
 * probe): without statistics the planners would take the stage, cohort or
 * agreement index and sort what it finds, reading every row of that value. So
 * on SQLite those terms are written with a unary +, which keeps a term from
 * choosing an index (SQLite's documented idiom), and on MariaDB the table is
 * read by its primary key (USE INDEX).
 */
export type PathwayRead = 'any' | { keyWalk: 'sqlite' | 'mysql' };

const term = (alias: string, property: keyof typeof FILTERED, read: PathwayRead): string =>
  read !== 'any' && read.keyWalk === 'sqlite' ? `+${alias}.${FILTERED[property]}` : `${alias}.${property}`;

/** Keeps the rows of `alias` (pathway or pathway_count: both name these columns alike) that match the filter; every given field must hold. */
export function matchingFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, filter: StudentFilter, read: PathwayRead = 'any'): SelectQueryBuilder<T> {
  if (filter.stage != null) query.andWhere(`${term(alias, 'stage', read)} = :stage`, { stage: filter.stage });
  if (filter.cohort != null) query.andWhere(`${term(alias, 'cohort', read)} = :cohort`, { cohort: filter.cohort });
  if (filter.agreementId != null) query.andWhere(`${term(alias, 'agreementId', read)} = :agreementId`, { agreementId: filter.agreementId });
  return query;
}

/** Keeps the rows of `pathway p` the scope may read, at the instant `now`, and that match the filter. */
export function readableMatching<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: StudentScope, filter: StudentFilter, now: string, read: PathwayRead = 'any'): SelectQueryBuilder<T> {
  if (read !== 'any' && read.keyWalk === 'mysql') query.useIndex('PRIMARY');
  if (scope.kind === 'organization') {
    // Two correlated tests, not a join: the rows of pathway stay the query's only rows, so a probe can walk their key.
    const party = query.subQuery().select('1').from(AgreementEntity, 'a').where(`a.id = p.agreementId AND ${PARTY_TO}`).getQuery();
    const consented = query.subQuery().select('1').from(ConsentGrantEntity, 'g').where(`g.studentId = p.studentId AND ${GRANT_IN_FORCE}`).getQuery();
    query.andWhere(`(EXISTS ${party} OR EXISTS ${consented})`, { org: scope.organizationId, now });
  } else if (scope.kind === 'student') {
    query.andWhere('p.studentId = :self', { self: scope.studentId });
  }
  return matchingFilter(query, 'p', filter, read);
}
