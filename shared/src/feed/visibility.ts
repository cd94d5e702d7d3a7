/**
 * Who may learn of a change, asked of the policy function with the row's
 * audience, learner and owning organisation as the trigger recorded them. The
 * feed is stricter than a direct read: consent grants and pathway partners are
 * not consulted, so a change is never shown to someone who could not read it.
 */
import type { Actor } from '../identity.ts';
import { ORGANIZATION_PREFIX } from '../organizations.ts';
import { decide, type StaffRole } from '../policy.ts';
import type { Role } from '../roles.ts';
import type { ChangeRow } from './entities.ts';

/** The staff role of an organisation, read from its id's prefix (organizations.ts). */
export function staffRoleOf(organizationId: string): StaffRole | undefined {
  const found = Object.entries(ORGANIZATION_PREFIX).find(([, prefix]) => organizationId.startsWith(prefix));
  return found?.[0] as Extract<Role, StaffRole> | undefined;
}

type Audited = Pick<ChangeRow, 'audience' | 'studentId' | 'organizationId' | 'part'>;

/** True when `actor` may learn of this change. */
export function mayLearnOf(actor: Actor, change: Audited): boolean {
  switch (change.audience) {
    case 'PUBLIC':
      return decide(actor, { action: 'catalog:read' }).allowed;
    case 'ORGANIZATION': {
      const staffRole = change.organizationId ? staffRoleOf(change.organizationId) : undefined;
      if (!change.organizationId || !staffRole) return actor.kind === 'user' && actor.role === 'ADMIN';
      return decide(actor, { action: 'org:read', organizationId: change.organizationId, staffRole }).allowed;
    }
    case 'STUDENT':
      return (
        change.studentId !== null &&
        decide(actor, { action: 'student:read', studentId: change.studentId, part: change.part ?? 'IDENTITY', organizationIds: change.organizationId ? [change.organizationId] : [] }).allowed
      );
    case 'ADMIN':
      return actor.kind === 'user' && actor.role === 'ADMIN';
  }
}
