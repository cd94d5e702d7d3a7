/**
 * The request's DataLoaders. Each batch is one `WHERE key IN (...)` statement,
 * so a page of 100 learners costs as many SQL statements as a page of 10.
 */
import { In, type DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { AgreementEntity } from './entities/agreement.ts';
import { CollegeEntity } from './entities/college.ts';
import { CourseResultEntity } from './entities/course-result.ts';
import { CourseEntity } from './entities/course.ts';
import { HigherEnrollmentEntity } from './entities/higher-enrollment.ts';
import { ProgramEntity } from './entities/program.ts';
import { fetchRegistryEntries } from './registry.ts';

export type Loaders = ReturnType<typeof createLoaders>;

/** Builds fresh loaders for one request; never share them between callers. */
export function createLoaders(db: DataSource) {
  const colleges = db.getRepository(CollegeEntity);
  const programs = db.getRepository(ProgramEntity);
  const courses = db.getRepository(CourseEntity);
  const agreements = db.getRepository(AgreementEntity);
  const enrollments = db.getRepository(HigherEnrollmentEntity);
  const results = db.getRepository(CourseResultEntity);

  return {
    collegeById: rowLoader((ids: readonly string[]) => colleges.findBy({ id: In([...ids]) }), (row) => row.id),
    programByCode: rowLoader((codes: readonly string[]) => programs.findBy({ code: In([...codes]) }), (row) => row.code),
    programsByCollege: groupLoader(
      (ids: readonly string[]) => programs.find({ where: { collegeId: In([...ids]) }, order: { code: 'ASC' } }),
      (row) => row.collegeId,
    ),
    courseByCode: rowLoader((codes: readonly string[]) => courses.findBy({ code: In([...codes]) }), (row) => row.code),
    coursesByProgram: groupLoader(
      (codes: readonly string[]) => courses.find({ where: { programCode: In([...codes]) }, order: { code: 'ASC' } }),
      (row) => row.programCode,
    ),
    agreementById: rowLoader((ids: readonly string[]) => agreements.findBy({ id: In([...ids]) }), (row) => row.id),
    /** A learner's pathway and the organisations it entitles; null when not on the registry. */
    registryByStudent: rowLoader((ids: readonly string[]) => fetchRegistryEntries(db, ids), (entry) => entry.pathway.studentId),
    higherByStudent: rowLoader((ids: readonly string[]) => enrollments.findBy({ studentId: In([...ids]) }), (row) => row.studentId),
    resultsByStudent: groupLoader(
      // Term strings (2024-2025-1) sort chronologically as text.
      (ids: readonly string[]) => results.find({ where: { studentId: In([...ids]) }, order: { term: 'ASC', courseCode: 'ASC' } }),
      (row) => row.studentId,
    ),
  };
}
