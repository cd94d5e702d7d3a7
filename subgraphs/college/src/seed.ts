/**
 * The college's part of the demo dataset: its catalogue, the pathway registry
 * (with each learner's birth date, read from their national ID), higher-stage
 * enrolments, college course results and a few consent grants. Deterministic: the same
 * rows on every machine and on both databases.
 */
import type { DataSource } from 'typeorm';
import { insertInChunks } from '@guantong/shared/database';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { birthDateOf } from '@guantong/shared/validation';
import { demoTransferCaps, seedArticulation } from './demo/articulation.ts';
import { demoConsents } from './demo/consents.ts';
import { seedCurriculum } from './demo/curriculum.ts';
import { AgreementEntity, type AgreementRow } from './entities/agreement.ts';
import { CollegeEntity, type CollegeRow } from './entities/college.ts';
import { ConsentGrantEntity } from './entities/consent-grant.ts';
import { CourseResultEntity, type CourseResultRow } from './entities/course-result.ts';
import { CourseEntity, type CourseRow } from './entities/course.ts';
import { HigherEnrollmentEntity, type HigherEnrollmentRow } from './entities/higher-enrollment.ts';
import { PathwayEntity, type PathwayRow } from './entities/pathway.ts';
import { ProgramEntity, type ProgramRow } from './entities/program.ts';

/**
 * Loads the demo data when the college's tables are empty; returns true when it
 * wrote. The articulation engine's tables are seeded on their own, so an older
 * demo database gets them as well.
 */
export async function seedDemo(db: DataSource): Promise<boolean> {
  const core = await seedCore(db);
  const articulation = await seedArticulation(db);
  const curriculum = await seedCurriculum(db);
  return core || articulation || curriculum;
}

async function seedCore(db: DataSource): Promise<boolean> {
  const [colleges, pathways] = await Promise.all([db.getRepository(CollegeEntity).count(), db.getRepository(PathwayEntity).count()]);
  if (colleges > 0 || pathways > 0) return false;

  const roster = demoRoster();
  const collegeRows: CollegeRow[] = catalog.colleges.map(({ id, name, region }) => ({ id, name, region }));
  const programRows: ProgramRow[] = catalog.collegePrograms.map((p) => ({ code: p.code, collegeId: p.institutionId, name: p.name, durationYears: p.durationYears }));
  const courseRows: CourseRow[] = catalog.collegeCourses.map((c) => ({ code: c.code, programCode: c.programCode, title: c.title, credits: c.credits, hours: c.hours }));
  const agreementRows: AgreementRow[] = catalog.agreements.map((a) => ({ ...a, maxTransferCredits: demoTransferCaps[a.id] ?? 0 }));
  const pathwayRows: PathwayRow[] = roster.students.map((s) => ({
    studentId: s.id, agreementId: s.agreementId, cohort: s.cohort, stage: s.stage, registeredOn: s.registeredOn, birthDate: birthDateOf(s.nationalId),
  }));
  const enrollmentRows: HigherEnrollmentRow[] = roster.students.flatMap((s) => (s.higher ? [{ studentId: s.id, ...s.higher }] : []));
  const resultRows: CourseResultRow[] = roster.collegeResults.map(({ studentId, courseCode, term, score }) => ({ studentId, courseCode, term, score }));

  await db.transaction(async (em) => {
    // Parents before children: the foreign keys are checked row by row.
    await insertInChunks(em, CollegeEntity, collegeRows);
    await insertInChunks(em, ProgramEntity, programRows);
    await insertInChunks(em, CourseEntity, courseRows);
    await insertInChunks(em, AgreementEntity, agreementRows);
    await insertInChunks(em, PathwayEntity, pathwayRows);
    await insertInChunks(em, HigherEnrollmentEntity, enrollmentRows);
    await insertInChunks(em, CourseResultEntity, resultRows);
    await insertInChunks(em, ConsentGrantEntity, demoConsents);
  });
  return true;
}
