/**
 * How Student fields read a learner's record here: through the learner's
 * enrolment, with every read decided and audited by `ctx.access.readStudent`.
 */
import type { StudentRead } from '@guantong/shared/access';
import type { RecordPart } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import type { StudentParent } from './parents.ts';

/** The learner's enrolment here, or null: a learner not enrolled here has nothing to show, and no error. */
export function enrollmentOf(student: StudentParent, ctx: Context): Promise<EnrollmentRow | null> | EnrollmentRow | null {
  return student.enrollment !== undefined ? student.enrollment : ctx.loaders.enrollmentByStudent.load(student.id);
}

/**
 * A read of one part of the learner's record. The pathway's organisations and
 * the enrolling school are entitled by relationship (so a school always reads
 * its own learners); anyone else needs one of the learner's active grants.
 */
function readOf(student: StudentParent, enrollment: EnrollmentRow, part: RecordPart): StudentRead {
  return {
    studentId: student.id,
    part,
    organizationIds: [...(student.pathwayOrganizationIds ?? []), enrollment.schoolId],
    grants: student.activeGrants ?? [],
  };
}

/** The enrolment, once the caller may read `part` of the record; the read is audited either way. */
export async function readable(student: StudentParent, ctx: Context, part: RecordPart, field: string): Promise<EnrollmentRow | null> {
  const enrollment = await enrollmentOf(student, ctx);
  if (!enrollment) return null;
  ctx.access.readStudent(readOf(student, enrollment, part), field);
  return enrollment;
}
