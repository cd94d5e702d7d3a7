/**
 * Who may see which of a learner's certificates (part CERTIFICATES). The
 * policy decides first for the whole list: the pathway's school and college,
 * the learner (or their guardian), an organisation holding the learner's
 * consent for CERTIFICATES, and an admin see every award. Anyone else is
 * decided award by award, with the award's issuer counted as related, so an
 * issuing organisation sees exactly the awards it made.
 */
import { decide, fieldsDecide, refusal, type ActiveGrant, type Decision } from '@guantong/shared/policy';
import type { StudentRead } from '@guantong/shared/access';
import type { Context } from '../context.ts';
import type { AwardRow } from '../entities/award.ts';

const PART = 'CERTIFICATES';

/**
 * What Student resolvers receive. `pathwayOrganizationIds` and `activeGrants`
 * are owned by the college subgraph and arrive through `@requires` in the
 * entity representation; the gateway always supplies them before asking for
 * `certificates`.
 */
export interface StudentParent {
  id: string;
  pathwayOrganizationIds: readonly string[];
  /** The learner's consent grants in force for this request. */
  activeGrants: readonly ActiveGrant[];
}

/**
 * The learner's awards the caller may see, newest first. Awards the caller is
 * not entitled to are left out without an error; when none is left the
 * attempt is recorded as refused. An enterprise or evaluation organisation
 * (fieldsDecide) that issued none of them and has no consent is then told,
 * with FORBIDDEN naming CERTIFICATES: the registry's root lets it through to
 * this field, so no one else has said why. Anyone else sees an empty list (it
 * cannot tell "none" from "none for you"), and an anonymous caller is refused
 * outright. `field` names the Student field asking, which is what the audit
 * trail records the read under.
 */
export async function visibleCertificates(ctx: Context, student: StudentParent, field = 'certificates'): Promise<AwardRow[]> {
  const read: StudentRead = {
    studentId: student.id,
    part: PART,
    organizationIds: student.pathwayOrganizationIds,
    grants: student.activeGrants,
  };
  // Decided once here only to know how a refusal reads; the guard decides (and
  // audits) the reads themselves.
  const whole = decide(ctx.actor, { action: 'student:read', ...read });
  const refuse = (decision: Extract<Decision, { allowed: false }>) => {
    ctx.access.audit.record(student.id, `${PART}:${field}`, decision);
    return refusal(decision);
  };
  if (!whole.allowed && whole.code === 'UNAUTHENTICATED') throw refuse(whole);

  const awards = await ctx.loaders.awardsByStudent.load(student.id);
  if (ctx.access.mayReadStudent(read, field)) return awards;

  const issuerOf = await issuersOf(ctx, awards);
  const visible = awards.filter((award) => {
    const issuerId = issuerOf.get(award.standardCode);
    const organizationIds = issuerId ? [...student.pathwayOrganizationIds, issuerId] : student.pathwayOrganizationIds;
    return ctx.access.mayReadStudent({ ...read, organizationIds }, field);
  });
  if (visible.length > 0 || whole.allowed) return visible;
  const refused = refuse(whole);
  if (fieldsDecide(ctx.actor)) throw refused;
  return visible;
}

/** Standard code → issuing organisation, in one batched statement for every learner of the request. */
async function issuersOf(ctx: Context, awards: readonly AwardRow[]): Promise<Map<string, string>> {
  const standards = await ctx.loaders.standardByCode.loadMany([...new Set(awards.map((a) => a.standardCode))]);
  const issuerOf = new Map<string, string>();
  for (const standard of standards) {
    if (standard instanceof Error) throw standard;
    if (standard) issuerOf.set(standard.code, standard.issuerId);
  }
  return issuerOf;
}
