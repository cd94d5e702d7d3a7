/**
 * Finding a learner by national ID. The number is compared only through its
 * blind index, in one statement. A caller who may not see the learner gets
 * null, exactly as for a number nobody has, so the lookup cannot tell another
 * school whether a person is enrolled elsewhere; the attempt is still audited.
 */
import { decide, studentScope } from '@guantong/shared/policy';
import { requireNationalId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { EnrollmentEntity, type EnrollmentRow } from '../entities/enrollment.ts';
import { LearnerEntity } from '../entities/learner.ts';
import type { StudentParent } from '../resolvers/parents.ts';

function enrollmentByNationalIdIndex(ctx: Context, index: string): Promise<EnrollmentRow | null> {
  return ctx.db
    .getRepository(EnrollmentEntity)
    .createQueryBuilder('enrollment')
    .innerJoin(LearnerEntity.options.name, 'learner', 'learner.id = enrollment.studentId')
    .where('learner.nationalIdIndex = :index', { index })
    .getOne();
}

/** The learner with this national ID, for staff of their enrolling school and administrators; otherwise null. */
export async function studentByNationalId(ctx: Context, nationalId: string): Promise<StudentParent | null> {
  // Anonymous callers are refused before anything is looked up.
  studentScope(ctx.actor);
  const enrollment = await enrollmentByNationalIdIndex(ctx, ctx.loaders.nationalIds.index(requireNationalId(nationalId)));
  if (!enrollment) return null;
  const { studentId, schoolId } = enrollment;
  const decision = decide(ctx.actor, { action: 'identity:full', studentId, collectingOrganizationId: schoolId });
  ctx.access.audit.record(studentId, 'IDENTITY:studentByNationalId', decision);
  if (!decision.allowed) return null;
  ctx.loaders.enrollmentByStudent.prime(studentId, enrollment);
  return { id: studentId, enrollment };
}
