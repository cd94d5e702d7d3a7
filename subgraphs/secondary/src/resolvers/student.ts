import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import type { StudentParent } from './parents.ts';

/**
 * The learner's enrolment here, once the caller may read it: the pathway's
 * organisations and the enrolling school are entitled (so a school always
 * reads its own learners). A learner not enrolled here has nothing to show:
 * null, and no error.
 */
async function readableEnrollment(student: StudentParent, ctx: Context): Promise<EnrollmentRow | null> {
  const enrollment = student.enrollment !== undefined ? student.enrollment : await ctx.loaders.enrollmentByStudent.load(student.id);
  if (!enrollment) return null;
  authorize(ctx.actor, {
    action: 'student:read',
    studentId: student.id,
    organizationIds: [...(student.pathwayOrganizationIds ?? []), enrollment.schoolId],
  });
  return enrollment;
}

/**
 * Authorisation is per field, not in `__resolveReference`: a refused field must
 * resolve to null with its own error while `id` and other subgraphs' fields
 * still resolve.
 */
export const Student: StudentResolvers = {
  async __resolveReference(ref, ctx) {
    const enrollment = await ctx.loaders.enrollmentByStudent.load(ref.id);
    const pathwayOrganizationIds = 'pathwayOrganizationIds' in ref ? ref.pathwayOrganizationIds : undefined;
    return { id: ref.id, pathwayOrganizationIds, enrollment };
  },
  async name(student, _args, ctx) {
    if (!(await readableEnrollment(student, ctx))) return null;
    return (await ctx.loaders.learnerById.load(student.id))?.name ?? null;
  },
  secondaryStage: (student, _args, ctx) => readableEnrollment(student, ctx),
};
