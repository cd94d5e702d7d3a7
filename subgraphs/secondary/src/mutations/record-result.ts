/**
 * Recording a result: only the school that teaches a course records results in
 * it, only for its own enrolled learners, and only for a term that has started
 * and falls within the learner's enrolment. Results are never overwritten.
 */
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { todayInChina } from '@guantong/shared/clock';
import { requireRecordableTerm } from '@guantong/shared/terms';
import { requireLearnerId, requireScore, requireTerm } from '@guantong/shared/validation';
import { isUniqueViolation } from '@guantong/shared/database';
import type { Context } from '../context.ts';
import { writeTransaction } from '@guantong/shared/database';
import { ResultEntity, type ResultRow } from '../entities/result.ts';
import type { RecordResultInput } from '../generated/resolvers.ts';

export type NewResult = Omit<ResultRow, 'id'>;

export const duplicate = (result: NewResult) =>
  conflict(`a result for this learner in ${result.courseCode} in term ${result.term} is already recorded; recorded results are not overwritten`);

/** The school whose programme includes the course, or BAD_USER_INPUT for a code that is not a secondary course. */
async function teachingSchoolOf(ctx: Context, courseCode: string): Promise<string> {
  const course = await ctx.loaders.courseByCode.load(courseCode);
  const program = course && (await ctx.loaders.programByCode.load(course.programCode));
  if (!program) {
    throw badInput(`courseCode "${courseCode}" is not a secondary course: use the code of a course taught at a secondary school on the hub, e.g. NET-S120`, { field: 'courseCode' });
  }
  return program.schoolId;
}

async function requireEnrolledAt(ctx: Context, result: NewResult, schoolId: string): Promise<void> {
  const { studentId, courseCode } = result;
  const enrollment = await ctx.loaders.enrollmentByStudent.load(studentId);
  if (!enrollment) {
    throw badInput('no learner with that id is enrolled at a secondary school on the hub', { field: 'studentId' });
  }
  if (enrollment.schoolId !== schoolId) {
    throw badInput(`the learner is not enrolled at the school that teaches ${courseCode}; a school records results only for its own learners`, { field: 'studentId' });
  }
  // Only once the learner is known to be the caller's own is anything said about their enrolment dates.
  requireRecordableTerm(result.term, todayInChina(), enrollment, 'secondary');
}

async function insertResult(em: EntityManager, result: NewResult): Promise<ResultRow> {
  const { studentId, courseCode, term } = result;
  if (await em.existsBy(ResultEntity, { studentId, courseCode, term })) throw duplicate(result);
  const inserted = await em.insert(ResultEntity, result);
  return { id: Number(inserted.identifiers[0]?.id), ...result };
}

/**
 * The mutation's checks, in its order: the input, then the caller against the
 * course's school before anything is said about the learner (so other callers
 * cannot probe who is enrolled where), then the learner's enrolment. A bulk
 * import passes its organisation: a course of another school is refused there.
 */
export async function validateResult(ctx: Context, input: RecordResultInput, organizationId?: string): Promise<NewResult> {
  const result: NewResult = {
    studentId: requireLearnerId(input.studentId),
    courseCode: input.courseCode,
    term: requireTerm(input.term),
    score: requireScore(input.score),
  };
  const schoolId = await teachingSchoolOf(ctx, result.courseCode);
  if (organizationId !== undefined && schoolId !== organizationId) {
    throw badInput(`courseCode "${result.courseCode}" is taught by ${schoolId}, not by ${organizationId}; import only your own school's results`, { field: 'courseCode' });
  }
  authorize(ctx.actor, { action: 'org:write', organizationId: schoolId, staffRole: 'SECONDARY_STAFF' });
  await requireEnrolledAt(ctx, result, schoolId);
  return result;
}

/** Records one result in one transaction. */
export async function recordSecondaryResult(ctx: Context, input: RecordResultInput): Promise<ResultRow> {
  const result = await validateResult(ctx, input);
  try {
    const row = await writeTransaction(ctx.db, (em) => insertResult(em, result));
    ctx.loaders.resultsByStudent.clear(result.studentId);
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(result);
    throw err;
  }
}
