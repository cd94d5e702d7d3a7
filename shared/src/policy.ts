/**
 * The one place that decides who may see or change what. Every root resolver,
 * every `__resolveReference` that exposes a student, and every mutation asks it.
 */
import type { Actor, Role } from './identity.ts';
import { forbidden, unauthenticated } from './errors.ts';

export type StaffRole = Extract<Role, 'SECONDARY_STAFF' | 'COLLEGE_STAFF' | 'ENTERPRISE_STAFF'>;

export type Request =
  /** Read part of a student's record. `organizationIds` are the institutions entitled by relationship. */
  | { action: 'student:read'; studentId: string; organizationIds: readonly string[] }
  /** Change data owned by an organisation, as staff of the given kind. */
  | { action: 'org:write'; organizationId: string; staffRole: StaffRole }
  /** Public catalogue: certificate standards, recognitions, institutions, programmes. */
  | { action: 'catalog:read' };

export type Decision = { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

const ANONYMOUS_REASON = 'sign in: anonymous callers may read only certificate standards and recognitions';
const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });

/** Decides a request without throwing; use `authorize` to enforce. */
export function decide(actor: Actor, request: Request): Decision {
  if (request.action === 'catalog:read') return allow;
  if (actor.kind === 'anonymous') {
    return { allowed: false, code: 'UNAUTHENTICATED', reason: ANONYMOUS_REASON };
  }
  if (actor.role === 'ADMIN') return allow;
  if (request.action === 'org:write') {
    if (actor.role === request.staffRole && actor.orgId === request.organizationId) return allow;
    return deny(`only ${request.staffRole} of organisation ${request.organizationId} may change its data`);
  }
  if (actor.role === 'STUDENT') {
    return actor.studentId === request.studentId ? allow : deny('a student may read only their own record');
  }
  if (actor.orgId && request.organizationIds.includes(actor.orgId)) return allow;
  return deny('staff may read only students on a pathway their institution takes part in');
}

/** Enforces a request, throwing the matching GraphQL error when it is refused. */
export function authorize(actor: Actor, request: Request): void {
  const decision = decide(actor, request);
  if (decision.allowed) return;
  throw decision.code === 'UNAUTHENTICATED' ? unauthenticated(decision.reason) : forbidden(decision.reason);
}

/**
 * Which students a list may contain for this actor, so lists filter rows
 * instead of failing: everyone, those related to one organisation, or one student.
 */
export type StudentScope = { kind: 'all' } | { kind: 'organization'; organizationId: string } | { kind: 'student'; studentId: string };

export function studentScope(actor: Actor): StudentScope {
  if (actor.kind === 'anonymous') throw unauthenticated(ANONYMOUS_REASON);
  if (actor.role === 'ADMIN') return { kind: 'all' };
  if (actor.role === 'STUDENT') return { kind: 'student', studentId: actor.studentId ?? '' };
  return { kind: 'organization', organizationId: actor.orgId ?? '' };
}
