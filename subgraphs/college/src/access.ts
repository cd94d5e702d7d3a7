/**
 * Who is entitled to a learner's record, as far as this subgraph knows: the
 * secondary school and the college of the learner's articulation agreement.
 */
import { authorize } from '@guantong/shared/policy';
import type { Context } from './context.ts';

/**
 * What a `Student` resolves from: only the id. Every field loads its own data
 * through the request's loaders and authorises itself, so a reference costs
 * nothing until a field is asked for.
 */
export interface StudentRef {
  id: string;
}

/** [school, college] of the learner's agreement, or [] when the learner is not on the registry. */
export async function pathwayOrganizationIds(ctx: Context, studentId: string): Promise<string[]> {
  const entry = await ctx.loaders.registryByStudent.load(studentId);
  return entry ? [...entry.organizationIds] : [];
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the caller may read this learner's record. */
export async function authorizeStudentRead(ctx: Context, studentId: string): Promise<void> {
  const organizationIds = await pathwayOrganizationIds(ctx, studentId);
  authorize(ctx.actor, { action: 'student:read', studentId, organizationIds });
}
