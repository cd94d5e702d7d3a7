/**
 * Who may see which of a learner's certificates. A certificate is part of the
 * learner's record, so the policy decides per award: the pathway's school and
 * college see them all, an issuing organisation sees the awards it issued, a
 * learner sees their own and an admin sees everything.
 */
import { unauthenticated } from '@guantong/shared/errors';
import { decide } from '@guantong/shared/policy';
import type { Context } from './context.ts';
import type { AwardRow } from './entities/award.ts';

/**
 * What Student resolvers receive. `pathwayOrganizationIds` is owned by the
 * college subgraph and arrives through `@requires` in the entity
 * representation; the gateway always supplies it before asking for
 * `certificates`.
 */
export interface StudentParent {
  id: string;
  pathwayOrganizationIds: readonly string[];
}

/**
 * The learner's awards the caller may see, newest first. Awards the caller is
 * not entitled to are left out without an error (an enterprise's staff simply
 * see the certificates their organisation issued); only an anonymous caller is
 * refused outright, so the field resolves to null with UNAUTHENTICATED.
 */
export async function visibleCertificates(ctx: Context, student: StudentParent): Promise<AwardRow[]> {
  const pathway = { action: 'student:read', studentId: student.id, organizationIds: student.pathwayOrganizationIds } as const;
  const decision = decide(ctx.actor, pathway);
  if (!decision.allowed && decision.code === 'UNAUTHENTICATED') throw unauthenticated(decision.reason);

  const awards = await ctx.loaders.awardsByStudent.load(student.id);
  // Entitled to the whole record: adding the issuers could only widen that.
  if (decision.allowed) return awards;

  // One batched statement for the standards of every learner in the request.
  const standards = await ctx.loaders.standardByCode.loadMany([...new Set(awards.map((a) => a.standardCode))]);
  const issuerOf = new Map<string, string>();
  for (const standard of standards) {
    if (standard instanceof Error) throw standard;
    if (standard) issuerOf.set(standard.code, standard.issuerId);
  }
  return awards.filter((award) => {
    const issuerId = issuerOf.get(award.standardCode);
    const organizationIds = issuerId ? [...student.pathwayOrganizationIds, issuerId] : student.pathwayOrganizationIds;
    return decide(ctx.actor, { ...pathway, organizationIds }).allowed;
  });
}
