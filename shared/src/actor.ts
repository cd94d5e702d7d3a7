/**
 * Who is calling, as every part of the hub sees it: anonymous, or a user with
 * one role, read from verified token claims (client tokens at the gateway,
 * forwarded identities and delegations in the subgraphs).
 */
import type { JWTPayload } from 'jose';
import { requestRefused } from './errors.ts';
import { organizationMismatch } from './organizations.ts';
import { ROLES, type Role } from './roles.ts';

const STAFF_ROLES: readonly Role[] = ['SECONDARY_STAFF', 'COLLEGE_STAFF', 'ENTERPRISE_STAFF'];

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; subject: string; role: Role; orgId?: string; studentId?: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** Turns verified claims into an Actor, refusing claims that do not fit the role. */
export function actorFromClaims(claims: JWTPayload): Actor {
  const role = claims.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw requestRefused(`token role must be one of ${ROLES.join(', ')}`);
  }
  const orgId = typeof claims.org === 'string' ? claims.org : undefined;
  const studentId = typeof claims.student === 'string' ? claims.student : undefined;
  if (STAFF_ROLES.includes(role as Role) && !orgId) {
    throw requestRefused(`a ${role} token must name its organisation in the "org" claim`);
  }
  const mismatch = orgId && STAFF_ROLES.includes(role as Role) ? organizationMismatch(role as Role, orgId) : undefined;
  if (mismatch) throw requestRefused(mismatch);
  if ((role === 'STUDENT' || role === 'GUARDIAN') && !studentId) {
    throw requestRefused(`a ${role} token must name the learner id in the "student" claim`);
  }
  // Every entry of the audit trail names who acted: a token that does not say is refused.
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '') throw requestRefused('the token must name its subject in the "sub" claim');
  return { kind: 'user', subject: claims.sub, role: role as Role, orgId, studentId };
}
