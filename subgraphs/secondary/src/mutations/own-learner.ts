/**
 * Who records a learner's module assessments, preliminary exams and exam
 * registrations: staff of the school where the learner is enrolled, and
 * administrators. Modules are not tied to one school, so the learner's
 * enrolment decides.
 */
import { badInput, forbidden } from '@guantong/shared/errors';
import { decide, refusal, type Decision } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';

/** No organisation has an empty id (a staff token needs a non-empty org claim), so only an admin passes for it. */
const NO_SCHOOL = '';

const NOT_YOUR_LEARNER =
  'only SECONDARY_STAFF of the school where the learner is enrolled, or an administrator, may record this; the learner is not enrolled at your school';

/**
 * The learner's enrolment, once the caller may write for their school. A
 * refusal reads the same whether the learner is enrolled elsewhere or nowhere,
 * so other callers cannot probe who is enrolled where; only an administrator
 * is told that no such learner is enrolled.
 */
export async function requireOwnLearner(ctx: Context, studentId: string): Promise<EnrollmentRow> {
  return (await authorizeOwnLearner(ctx, studentId)).enrollment;
}

/** The enrolment and the allowing decision, for writes that audit it with their rows. */
export async function authorizeOwnLearner(ctx: Context, studentId: string): Promise<{ enrollment: EnrollmentRow; decision: Extract<Decision, { allowed: true }> }> {
  const enrollment = await ctx.loaders.enrollmentByStudent.load(studentId);
  const decision = decide(ctx.actor, { action: 'org:write', organizationId: enrollment?.schoolId ?? NO_SCHOOL, staffRole: 'SECONDARY_STAFF' });
  if (!decision.allowed) throw decision.code === 'UNAUTHENTICATED' ? refusal(decision) : forbidden(NOT_YOUR_LEARNER);
  if (!enrollment) throw badInput('no learner with that id is enrolled at a secondary school on the hub', { field: 'studentId' });
  return { enrollment, decision };
}
