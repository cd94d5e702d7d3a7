/**
 * How this subgraph asks the policy about a learner. What it knows: the
 * institutions the learner's pathway entitles (its school and college) and the
 * consent grants in force now. Every decision goes through the request's access
 * guard or audit recorder, so allowed and refused reads alike are recorded.
 */
import type { StudentRead } from '@guantong/shared/access';
import { decide, decideRecordRoot, refusal, type ActiveGrant, type Decision, type RecordPart } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { scopesOf, type ConsentGrantRow } from '../entities/consent-grant.ts';
import type { Evidence } from '../evidence/evidence.ts';
import type { TranscriptEvidence } from '../transcript/evidence.ts';
import type { CareerFacts } from '../careers/facts.ts';
import type { GrowthEvidence } from '../growth/facts.ts';

/**
 * What a `Student` resolves from: the id. Every field loads its own data through
 * the request's loaders and authorises itself, so a reference costs nothing
 * until a field is asked for. A row of `students` is no different from
 * `student(id)`: a field of a part the caller may not read is refused (null,
 * with its FORBIDDEN error on that path) and the refusal is audited, while the
 * row's other fields stand.
 */
export interface StudentRef {
  id: string;
  /**
   * The learner's certificates, results and module credits, as the gateway
   * fetched them from the owning subgraphs to satisfy `@requires`. Read only by
   * the fields that require them, and only after the policy has allowed the read.
   */
  evidence?: Evidence;
  /** The transcript's parts signed by other institutions, likewise from `@requires` (transcript/evidence.ts). */
  transcript?: TranscriptEvidence;
  /** What the gateway brought for `careerGap` (careers/facts.ts), read only by that field after the policy allowed it. */
  career?: CareerFacts;
  /** What the gateway brought for the growth fields (growth/facts.ts), read only by them after the policy allowed it. */
  growth?: GrowthEvidence;
}

/** A grant as the policy takes it; mutable scopes, so it also serves as the `ActiveGrant` GraphQL type. */
export type GrantInForce = ActiveGrant & { scopes: RecordPart[] };

export const toActiveGrant = (row: ConsentGrantRow): GrantInForce => ({
  organizationId: row.organizationId,
  scopes: scopesOf(row),
  purpose: row.purpose,
});

/** [school, college] of the learner's agreement, or [] when the learner is not on the registry. */
export async function pathwayOrganizationIds(ctx: Context, studentId: string): Promise<string[]> {
  const entry = await ctx.loaders.registryByStudent.load(studentId);
  return entry ? [...entry.organizationIds] : [];
}

/** The learner's grants in force now, as the policy (and other subgraphs) take them. */
export async function activeGrants(ctx: Context, studentId: string): Promise<GrantInForce[]> {
  return (await ctx.loaders.activeGrantsByStudent.load(studentId)).map(toActiveGrant);
}

/** Everything the policy needs to decide a read of one part of a learner's record. */
export async function studentRead(ctx: Context, studentId: string, part: RecordPart): Promise<StudentRead> {
  const [organizationIds, grants] = await Promise.all([pathwayOrganizationIds(ctx, studentId), activeGrants(ctx, studentId)]);
  return { studentId, part, organizationIds, grants };
}

/** Decides and audits a read of one part for one field; a refusal is thrown (and recorded). */
export async function readPart(ctx: Context, ref: StudentRef, part: RecordPart, field: string): Promise<void> {
  ctx.access.readStudent(await studentRead(ctx, ref.id, part), field);
}

/**
 * The root `student(id)`, as the policy decides it (decideRecordRoot): a
 * decision to record, or 'fields' when each field decides for itself.
 */
export async function decideRecord(ctx: Context, studentId: string): Promise<Decision | 'fields'> {
  // The policy refuses anonymous callers whatever the learner: no lookup needed.
  if (ctx.actor.kind === 'anonymous') return decide(ctx.actor, { action: 'student:read', studentId, part: 'RESULTS', organizationIds: [] });
  return decideRecordRoot(ctx.actor, await studentRead(ctx, studentId, 'RESULTS'));
}

/**
 * Consents and the access log are the learner's own business: only the learner,
 * their guardian and admins read them. A part-IDENTITY read with no entitled
 * organisations and no grants is exactly that rule in the policy's terms.
 * Audited as `CONSENT:<field>`, allowed or refused; a refusal is thrown.
 */
export function readPrivate(ctx: Context, ref: StudentRef, field: string): void {
  const decision = decide(ctx.actor, { action: 'student:read', studentId: ref.id, part: 'IDENTITY', organizationIds: [] });
  ctx.access.audit.record(ref.id, `CONSENT:${field}`, decision);
  if (!decision.allowed) throw refusal(decision);
}
