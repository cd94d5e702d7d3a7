/**
 * enrolmentCheck: before a college registers a pathway or an organisation
 * awards a certificate, it confirms with the school that enrolled the learner
 * that the learner exists, that the name is theirs, and (for a college) that
 * they study in the agreement's programme, and when they were born: the birth
 * date comes from the national ID the school holds, never typed in twice.
 */
import { authorize } from '@guantong/shared/policy';
import { badInput } from '@guantong/shared/errors';
import { sameName } from '@guantong/shared/names';
import { requireLearnerId, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { EnrolmentCheck } from '../generated/resolvers.ts';

const NAME_MAX = 200;

/** The birth date is the college's to know, and only for a learner in the programme it asked about. */
function mayLearnBirthDate(ctx: Context, inProgram: boolean | null): boolean {
  if (ctx.actor.kind !== 'user' || inProgram !== true) return false;
  return ctx.actor.role === 'COLLEGE_STAFF' || ctx.actor.role === 'ADMIN';
}

export async function enrolmentCheck(ctx: Context, rawStudentId: string, rawName?: string | null, programCode?: string | null): Promise<EnrolmentCheck> {
  const decision = authorize(ctx.actor, { action: 'enrolment:check' });
  const studentId = requireLearnerId(rawStudentId);
  const name = rawName == null ? null : requireText(rawName, 'name', NAME_MAX);
  const [learner, enrollment] = await Promise.all([ctx.loaders.learnerById.load(studentId), ctx.loaders.enrollmentByStudent.load(studentId)]);
  if (!learner || !enrollment) return { studentId, enrolled: false, nameMatches: null, inProgram: null, birthDate: null };
  ctx.access.audit.record(studentId, 'IDENTITY:enrolmentCheck', decision);
  const inProgram = programCode == null ? null : enrollment.programCode === programCode;
  return {
    studentId,
    enrolled: true,
    nameMatches: name === null ? null : sameName(learner.name, name),
    inProgram,
    birthDate: mayLearnBirthDate(ctx, inProgram) ? learner.birthDate : null,
  };
}

const CHECKS_MAX = 500;

/** Several checks in one request; the loaders batch their reads, so the cost does not grow per learner. */
export async function enrolmentChecks(ctx: Context, checks: readonly { studentId: string; name?: string | null; programCode?: string | null }[]): Promise<EnrolmentCheck[]> {
  if (checks.length > CHECKS_MAX) throw badInput(`checks takes at most ${CHECKS_MAX} learners a request, got ${checks.length}`, { field: 'checks' });
  return Promise.all(checks.map((c) => enrolmentCheck(ctx, c.studentId, c.name, c.programCode)));
}
