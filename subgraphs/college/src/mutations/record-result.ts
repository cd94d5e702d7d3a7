/**
 * recordCollegeResult: one score per learner, college course and term, for a
 * term that has started and falls within the learner's higher-stage enrolment.
 */
import type { EntityManager } from 'typeorm';
import { authorize } from '@guantong/shared/policy';
import { badInput, conflict } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { todayInChina } from '@guantong/shared/clock';
import { requireRecordableTerm } from '@guantong/shared/terms';
import { requireLearnerId, requireScore, requireTerm } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { CourseResultEntity, type CourseResultRow } from '../entities/course-result.ts';
import { CourseEntity, type CourseRow } from '../entities/course.ts';
import { HigherEnrollmentEntity } from '../entities/higher-enrollment.ts';
import { ProgramEntity } from '../entities/program.ts';
import type { RecordResultInput } from '../generated/resolvers.ts';
import { present } from '../resolvers/integrity.ts';

/** The input's own rules (learner id, term, score); the bulk import applies the same. */
export function validateCollegeResult(input: RecordResultInput): CourseResultRow {
  return {
    studentId: requireLearnerId(input.studentId),
    courseCode: input.courseCode,
    term: requireTerm(input.term),
    score: requireScore(input.score),
  };
}

async function findCourse(em: EntityManager, code: string): Promise<CourseRow> {
  const course = await em.findOneBy(CourseEntity, { code });
  if (!course) {
    throw badInput(`courseCode "${code}" is not a college course on this hub: use a college course code, e.g. NET-H201`, { field: 'courseCode' });
  }
  return course;
}

/**
 * Order of checks: the course is public catalogue, so an unknown code is
 * reported to anyone; the caller is then authorised against the course's
 * college before anything about the learner is looked at, so a refused caller
 * learns nothing about who is enrolled. A bulk import passes its organisation:
 * a course of another college is refused there.
 */
export async function checkCollegeResult(em: EntityManager, ctx: Context, row: CourseResultRow, organizationId?: string): Promise<void> {
  const course = await findCourse(em, row.courseCode);
  const program = present(await em.findOneBy(ProgramEntity, { code: course.programCode }), `programme ${course.programCode}`);
  if (organizationId !== undefined && program.collegeId !== organizationId) {
    throw badInput(`courseCode "${row.courseCode}" is taught by ${program.collegeId}, not by ${organizationId}; import only your own college's results`, { field: 'courseCode' });
  }
  authorize(ctx.actor, { action: 'org:write', organizationId: program.collegeId, staffRole: 'COLLEGE_STAFF' });
  const enrollment = await em.findOneBy(HigherEnrollmentEntity, { studentId: row.studentId });
  if (!enrollment || enrollment.programCode !== course.programCode) {
    throw badInput(`learner ${row.studentId} has no higher-stage enrolment in programme ${course.programCode}, which teaches ${course.code}`, { field: 'studentId' });
  }
  requireRecordableTerm(row.term, todayInChina(), enrollment, 'higher-stage');
}

export const duplicateResult = (row: CourseResultRow) => conflict(`learner ${row.studentId} already has a result in ${row.courseCode} for term ${row.term}`);

export async function recordCollegeResult(ctx: Context, raw: RecordResultInput): Promise<CourseResultRow> {
  const row = validateCollegeResult(raw);
  const duplicate = () => duplicateResult(row);
  try {
    return await writeTransaction(ctx.db, async (em) => {
      await checkCollegeResult(em, ctx, row);
      if (await em.existsBy(CourseResultEntity, { studentId: row.studentId, courseCode: row.courseCode, term: row.term })) {
        throw duplicate();
      }
      await em.insert(CourseResultEntity, row);
      return row;
    });
  } catch (err) {
    // A concurrent writer got past the pre-check: the primary key decides.
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}
