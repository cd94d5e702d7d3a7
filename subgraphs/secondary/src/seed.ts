/**
 * Loads this subgraph's part of the deterministic demo dataset: the secondary
 * catalogue, every learner's secondary enrolment and their secondary results,
 * and the certificate training modules with their assessments.
 */
import type { DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { insertInChunks } from '@guantong/shared/database';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { birthDateOf } from '@guantong/shared/validation';
import { CourseEntity, type CourseRow } from './entities/course.ts';
import { EnrollmentEntity, type EnrollmentRow } from './entities/enrollment.ts';
import { LearnerEntity, type LearnerRow } from './entities/learner.ts';
import { ProgramEntity, type ProgramRow } from './entities/program.ts';
import { ResultEntity, type ResultRow } from './entities/result.ts';
import { SchoolEntity, type SchoolRow } from './entities/school.ts';
import { nationalIdCodec } from './identity/national-id.ts';
import { seedTraining } from './training/seed.ts';
import { seedCurriculum } from './curriculum/seed.ts';
import { seedMarketplace } from './marketplace/seed.ts';

/**
 * Writes the demo data into empty tables: the catalogue and learners in one
 * transaction, the certificate training in another, each only when its tables
 * are empty (a demo database from before the training tables gets them too).
 * Returns false when nothing was written.
 */
export async function seedDemo(db: DataSource, config: Pick<Config, 'pii'>): Promise<boolean> {
  const core = await seedCore(db, config);
  const training = await seedTraining(db);
  const curriculum = await seedCurriculum(db);
  const marketplace = await seedMarketplace(db);
  return core || training || curriculum || marketplace;
}

/** The catalogue, learners, enrolments and results, with national IDs sealed under the configured keys. */
async function seedCore(db: DataSource, config: Pick<Config, 'pii'>): Promise<boolean> {
  if (await db.getRepository(SchoolEntity).exists()) return false;
  const roster = demoRoster();
  const nationalIds = nationalIdCodec(config.pii);
  const schools: SchoolRow[] = catalog.secondarySchools.map(({ id, name, region }) => ({ id, name, region }));
  const programs: ProgramRow[] = catalog.secondaryPrograms.map((p) => ({ code: p.code, schoolId: p.institutionId, name: p.name, durationYears: p.durationYears }));
  const courses: CourseRow[] = catalog.secondaryCourses.map((c) => ({
    code: c.code, programCode: c.programCode, title: c.title, credits: c.credits, hours: c.hours, pathwayYear: c.year,
  }));
  const learners: LearnerRow[] = roster.students.map((s) => ({
    id: s.id, name: s.name, ...nationalIds.seal(s.nationalId, s.id), birthDate: birthDateOf(s.nationalId),
  }));
  const enrollments: EnrollmentRow[] = roster.students.map((s) => ({
    studentId: s.id,
    schoolId: s.secondary.schoolId,
    programCode: s.secondary.programCode,
    cohort: Number(s.cohort),
    enrolledOn: s.secondary.enrolledOn,
    completedOn: s.secondary.completedOn,
  }));
  const results: Omit<ResultRow, 'id'>[] = roster.secondaryResults.map(({ studentId, courseCode, term, score }) => ({ studentId, courseCode, term, score }));
  await db.transaction(async (em) => {
    await insertInChunks(em, SchoolEntity, schools);
    await insertInChunks(em, ProgramEntity, programs);
    await insertInChunks(em, CourseEntity, courses);
    await insertInChunks(em, LearnerEntity, learners);
    await insertInChunks(em, EnrollmentEntity, enrollments);
    await insertInChunks(em, ResultEntity, results);
  });
  return true;
}
