import type { StudentRead } from '@guantong/shared/access';
import { decide, refusal, type RecordPart } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { maskNationalId } from '../pii.ts';
import type { StudentParent } from './parents.ts';

/** The learner's enrolment here, or null: a learner not enrolled here has nothing to show, and no error. */
function enrollmentOf(student: StudentParent, ctx: Context): Promise<EnrollmentRow | null> | EnrollmentRow | null {
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
async function readable(student: StudentParent, ctx: Context, part: RecordPart, field: string): Promise<EnrollmentRow | null> {
  const enrollment = await enrollmentOf(student, ctx);
  if (!enrollment) return null;
  ctx.access.readStudent(readOf(student, enrollment, part), field);
  return enrollment;
}

/** The full number: only for the enrolling school and administrators, and audited as such, allowed or refused. */
async function fullNationalId(student: StudentParent, ctx: Context): Promise<string | null> {
  const enrollment = await enrollmentOf(student, ctx);
  if (!enrollment) return null;
  const decision = decide(ctx.actor, { action: 'identity:full', studentId: student.id, collectingOrganizationId: enrollment.schoolId });
  ctx.access.audit.record(student.id, 'IDENTITY:nationalId(full)', decision);
  if (!decision.allowed) throw refusal(decision);
  return ctx.loaders.nationalIdByLearner.load(student.id);
}

/**
 * Authorisation is per field, not in `__resolveReference`: a refused field must
 * resolve to null with its own error while `id` and other subgraphs' fields
 * still resolve.
 */
export const Student: StudentResolvers = {
  async __resolveReference(ref, ctx) {
    const enrollment = await ctx.loaders.enrollmentByStudent.load(ref.id);
    // Both arrive only from the gateway, whose token the server has verified.
    const pathwayOrganizationIds = 'pathwayOrganizationIds' in ref ? ref.pathwayOrganizationIds : undefined;
    const activeGrants = 'activeGrants' in ref ? ref.activeGrants : undefined;
    return { id: ref.id, pathwayOrganizationIds, activeGrants, enrollment };
  },
  async name(student, _args, ctx) {
    if (!(await readable(student, ctx, 'IDENTITY', 'name'))) return null;
    return (await ctx.loaders.learnerById.load(student.id))?.name ?? null;
  },
  async nationalId(student, { unmasked }, ctx) {
    if (unmasked) return fullNationalId(student, ctx);
    if (!(await readable(student, ctx, 'IDENTITY', 'nationalId'))) return null;
    const nationalId = await ctx.loaders.nationalIdByLearner.load(student.id);
    return nationalId === null ? null : maskNationalId(nationalId);
  },
  secondaryStage: (student, _args, ctx) => readable(student, ctx, 'RESULTS', 'secondaryStage'),
};
