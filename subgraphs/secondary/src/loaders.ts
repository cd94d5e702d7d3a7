/**
 * The request's DataLoaders. Each batch is one `WHERE key IN (…)` statement, so
 * a page of 1,000 learners costs the same number of statements as a page of 10.
 *
 * Lists are sorted here rather than with ORDER BY: MariaDB compares text with
 * its collation and SQLite byte by byte, and the API must order rows the same
 * way on both.
 */
import { webhookSettings } from '@guantong/shared/feed/sealing';
import { issuersFor } from '@guantong/shared/credentials';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { findIn } from '@guantong/shared/keyed-select';
import { compareText, groupLoader, rowLoader } from '@guantong/shared/loaders';
import { CourseEntity, type CourseRow } from './entities/course.ts';
import { EnrollmentEntity, type EnrollmentRow } from './entities/enrollment.ts';
import { LearnerEntity, type LearnerProfile } from './entities/learner.ts';
import { ProgramEntity, type ProgramRow } from './entities/program.ts';
import { ResultEntity, type ResultRow } from './entities/result.ts';
import { SchoolEntity, type SchoolRow } from './entities/school.ts';
import { nationalIdCodec } from './identity/national-id.ts';
import { createTrainingLoaders } from './training/loaders.ts';
import { createCurriculumLoaders } from './curriculum/loaders.ts';
import { createMarketplaceLoaders } from './marketplace/loaders.ts';
import { createResourceLoaders } from './resources/loaders.ts';

export type Loaders = ReturnType<typeof createLoaders>;

const byCode = (a: { code: string }, b: { code: string }) => compareText(a.code, b.code);
const byYearThenCode = (a: CourseRow, b: CourseRow) => a.pathwayYear - b.pathwayYear || byCode(a, b);
const byTermThenCourse = (a: ResultRow, b: ResultRow) => compareText(a.term, b.term) || compareText(a.courseCode, b.courseCode);

/**
 * Creates fresh loaders for one request; never share them between callers.
 * `nationalIds` carries the configured PII keys, since resolvers see no config.
 */
export function createLoaders(db: DataSource, config: Config) {
  const nationalIds = nationalIdCodec(config.pii);
  const schools = db.getRepository(SchoolEntity);
  const programs = db.getRepository(ProgramEntity);
  const courses = db.getRepository(CourseEntity);
  const learners = db.getRepository(LearnerEntity);
  const enrollments = db.getRepository(EnrollmentEntity);
  const results = db.getRepository(ResultEntity);
  return {
    /** Webhook settings and the key that seals signing secrets, for registering change-feed subscriptions. */
    webhooks: webhookSettings(config),
    /** The signing identities of this subgraph's institutions (verifiable credentials), derived on first use. */
    issuers: () => issuersFor(config, 'secondary'),
    ...createTrainingLoaders(db),
    ...createMarketplaceLoaders(db),
    ...createCurriculumLoaders(db, config),
    ...createResourceLoaders(db),
    nationalIds,
    schoolById: rowLoader<string, SchoolRow>((ids) => findIn(schools, 'id', ids), (row) => row.id),
    programByCode: rowLoader<string, ProgramRow>((codes) => findIn(programs, 'code', codes), (row) => row.code),
    programsBySchool: groupLoader<string, ProgramRow>(
      async (ids) => (await findIn(programs, 'schoolId', ids)).sort(byCode),
      (row) => row.schoolId,
    ),
    courseByCode: rowLoader<string, CourseRow>((codes) => findIn(courses, 'code', codes), (row) => row.code),
    coursesByProgram: groupLoader<string, CourseRow>(
      async (codes) => (await findIn(courses, 'programCode', codes)).sort(byYearThenCode),
      (row) => row.programCode,
    ),
    learnerById: rowLoader<string, LearnerProfile>(
      // The national ID is not selected here: only `nationalIdByLearner` reads it.
      (ids) => learners.find({ select: { id: true, name: true, birthDate: true }, where: { id: In(ids) } }),
      (row) => row.id,
    ),
    /**
     * Decrypted national IDs. Load only once the read is authorised: the
     * plaintext lives only in this request. A value that fails authentication
     * fails its own key, not the whole batch.
     */
    nationalIdByLearner: new DataLoader<string, string | null>(async (ids) => {
      const rows = await learners.find({ select: { id: true, nationalIdCipher: true }, where: { id: In(ids) } });
      const sealed = new Map(rows.map((row) => [row.id, row.nationalIdCipher] as const));
      return ids.map((id) => {
        const stored = sealed.get(id);
        if (stored === undefined) return null;
        try {
          return nationalIds.open(stored, id);
        } catch (err) {
          return err instanceof Error ? err : new Error('national ID could not be decrypted');
        }
      });
    }),
    /** Learners by the blind index of their national ID (a bulk import's natural key for enrolments). */
    learnerByNationalIdIndex: rowLoader<string, LearnerProfile & { nationalIdIndex: string }>(
      (keys) => learners.find({ select: { id: true, name: true, birthDate: true, nationalIdIndex: true }, where: { nationalIdIndex: In(keys) } }),
      (row) => row.nationalIdIndex,
    ),
    enrollmentByStudent: rowLoader<string, EnrollmentRow>((ids) => findIn(enrollments, 'studentId', ids), (row) => row.studentId),
    resultsByStudent: groupLoader<string, ResultRow>(
      async (ids) => (await findIn(results, 'studentId', ids)).sort(byTermThenCourse),
      (row) => row.studentId,
    ),
  };
}
