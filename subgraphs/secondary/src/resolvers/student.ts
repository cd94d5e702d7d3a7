import { decide, refusal } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { maskNationalId } from '../identity/national-id.ts';
import type { StudentParent } from './parents.ts';
import { enrollmentOf, readable } from './student-access.ts';
import { trainingFields } from './student-training.ts';
import { credentialFields } from './student-credentials.ts';
import { marketplaceFields } from '../marketplace/resolvers.ts';
import { reportFields } from '../reports/resolvers.ts';

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
  // @external: they come from the college in the representation. But when a
  // college field @requires one of ours (creditTransfers needs secondaryStage)
  // on a learner reached here (studentByNationalId, SecondaryEnrollment.student),
  // the gateway's planner asks this subgraph for them in the same fetch. We
  // answer with what we know for certain (the enrolling school; no grants):
  // never more than the college would, so no one reads more, and the row
  // survives instead of failing on a null.
  async pathwayOrganizationIds(student: StudentParent, _args: unknown, ctx: Context) {
    if (student.pathwayOrganizationIds) return [...student.pathwayOrganizationIds];
    const enrollment = await enrollmentOf(student, ctx);
    return enrollment ? [enrollment.schoolId] : [];
  },
  activeGrants: (student: StudentParent) => (student.activeGrants ? [...student.activeGrants] : []),
  ...trainingFields,
  ...credentialFields,
  ...marketplaceFields,
  ...reportFields,
};
