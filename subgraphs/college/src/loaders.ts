/**
 * The request's DataLoaders. Each batch is one `WHERE key IN (...)` statement,
 * so a page of 100 learners costs as many SQL statements as a page of 10.
 */
import { webhookSettings } from '@guantong/shared/feed/sealing';
import { In, IsNull, MoreThan, type DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { issuersFor } from '@guantong/shared/credentials';
import { findIn } from '@guantong/shared/keyed-select';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { AgreementEntity } from './entities/agreement.ts';
import { CollegeEntity } from './entities/college.ts';
import { ConsentGrantEntity } from './entities/consent-grant.ts';
import { CourseResultEntity } from './entities/course-result.ts';
import { CourseEntity } from './entities/course.ts';
import { CreditRuleEntity } from './entities/credit-rule.ts';
import { HigherEnrollmentEntity } from './entities/higher-enrollment.ts';
import { ProgramEntity } from './entities/program.ts';
import { ProgressionDecisionEntity } from './entities/progression-decision.ts';
import { ProgressionRequirementEntity } from './entities/progression-requirement.ts';
import { RequirementVersionEntity } from './entities/requirement-version.ts';
import { TransferReviewEntity } from './entities/transfer-review.ts';
import { fetchRegistryEntries } from './students/registry.ts';
import { nowInstant } from '@guantong/shared/clock';
import { createCurriculumLoaders } from './curriculum/loaders.ts';

export type Loaders = ReturnType<typeof createLoaders>;

/** Builds fresh loaders for one request; never share them between callers. */
export function createLoaders(db: DataSource, config: Config) {
  const colleges = db.getRepository(CollegeEntity);
  const programs = db.getRepository(ProgramEntity);
  const courses = db.getRepository(CourseEntity);
  const agreements = db.getRepository(AgreementEntity);
  const enrollments = db.getRepository(HigherEnrollmentEntity);
  const results = db.getRepository(CourseResultEntity);
  const grants = db.getRepository(ConsentGrantEntity);
  const rules = db.getRepository(CreditRuleEntity);
  const requirements = db.getRepository(ProgressionRequirementEntity);
  const newestFirst = { grantedAt: 'DESC', id: 'DESC' } as const;

  return {
    /** Webhook settings and the key that seals signing secrets, for registering change-feed subscriptions. */
    webhooks: webhookSettings(config),
    /** The signing identities of this subgraph's institutions (verifiable credentials), derived on first use. */
    issuers: () => issuersFor(config, 'college'),
    collegeById: rowLoader((ids: readonly string[]) => findIn(colleges, 'id', ids), (row) => row.id),
    programByCode: rowLoader((codes: readonly string[]) => findIn(programs, 'code', codes), (row) => row.code),
    programsByCollege: groupLoader(
      (ids: readonly string[]) => findIn(programs, 'collegeId', ids, { code: 'ASC' }),
      (row) => row.collegeId,
    ),
    courseByCode: rowLoader((codes: readonly string[]) => findIn(courses, 'code', codes), (row) => row.code),
    coursesByProgram: groupLoader(
      (codes: readonly string[]) => findIn(courses, 'programCode', codes, { code: 'ASC' }),
      (row) => row.programCode,
    ),
    agreementById: rowLoader((ids: readonly string[]) => findIn(agreements, 'id', ids), (row) => row.id),
    /** A learner's pathway and the organisations it entitles; null when not on the registry. */
    registryByStudent: rowLoader((ids: readonly string[]) => fetchRegistryEntries(db, ids), (entry) => entry.pathway.studentId),
    higherByStudent: rowLoader((ids: readonly string[]) => findIn(enrollments, 'studentId', ids), (row) => row.studentId),
    resultsByStudent: groupLoader(
      // Term strings (2024-2025-1) sort chronologically as text.
      (ids: readonly string[]) => findIn(results, 'studentId', ids, { term: 'ASC', courseCode: 'ASC' }),
      (row) => row.studentId,
    ),
    /**
     * Grants in force at the moment the batch runs: the clock is read per
     * request, so a grant revoked or expired since the last request is gone.
     */
    activeGrantsByStudent: groupLoader(
      (ids: readonly string[]) =>
        grants.find({ where: { studentId: In([...ids]), revokedAt: IsNull(), expiresAt: MoreThan(nowInstant()) }, order: newestFirst }),
      (row) => row.studentId,
    ),
    /** Every grant a learner has made, revoked and expired ones included. */
    consentsByStudent: groupLoader(
      (ids: readonly string[]) => findIn(grants, 'studentId', ids, newestFirst),
      (row) => row.studentId,
    ),
    /**
     * Every rule of the agreements asked for in one statement, highest priority
     * first, then the older rule: a page of learners on three agreements costs
     * one query, whatever its length.
     */
    creditRulesByAgreement: groupLoader(
      (ids: readonly string[]) => findIn(rules, 'agreementId', ids, { priority: 'DESC', id: 'ASC' }),
      (row) => row.agreementId,
    ),
    requirementsByAgreement: groupLoader(
      (ids: readonly string[]) => findIn(requirements, 'agreementId', ids, { id: 'ASC' }),
      (row) => row.agreementId,
    ),
    /** Every version row of the agreements' requirements (version 1 has none: requirement-versions.ts). */
    requirementVersionsByAgreement: groupLoader(
      (ids: readonly string[]) => db.getRepository(RequirementVersionEntity).find({ where: { agreementId: In([...ids]) }, order: { version: 'ASC' } }),
      (row) => row.agreementId,
    ),
    decisionByStudent: rowLoader((ids: readonly string[]) => db.getRepository(ProgressionDecisionEntity).findBy({ studentId: In([...ids]) }), (row) => row.studentId),
    reviewsByDecision: groupLoader(
      (ids: readonly number[]) => db.getRepository(TransferReviewEntity).find({ where: { decisionId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.decisionId,
    ),
    creditRuleById: rowLoader((ids: readonly number[]) => findIn(rules, 'id', ids), (row) => row.id),
    ...createCurriculumLoaders(db, config),
  };
}
