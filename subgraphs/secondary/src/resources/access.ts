/**
 * Who may see, write and confirm a resource package, asked of the hub's one
 * policy function. Only an institution's own staff give its word (`org:agree`):
 * the author creates and uploads, the enterprise co-author confirms, and no one
 * (an administrator included) can do either for another party.
 */
import { authorize, decide, type Decision, type StaffRole } from '@guantong/shared/policy';
import { forbidden } from '@guantong/shared/errors';
import type { Actor } from '@guantong/shared/identity';
import type { ResourcePackageRow } from './entities.ts';

/** The staff role whose members speak for an organisation, by the hub's id rule (organizations.ts). */
export function staffRoleOf(organizationId: string): StaffRole {
  if (organizationId.startsWith('sch-')) return 'SECONDARY_STAFF';
  if (organizationId.startsWith('col-')) return 'COLLEGE_STAFF';
  return 'ENTERPRISE_STAFF';
}

export const agreementInstitutions = (row: ResourcePackageRow): string[] => [row.agreementSchoolId, row.agreementCollegeId];

export function readDecision(actor: Actor, row: ResourcePackageRow): Decision {
  return decide(actor, { action: 'resource:read', published: row.status === 'PUBLISHED', authors: [row.authorId, row.coAuthorId], organizationIds: agreementInstitutions(row) });
}

/** Refuses a read the caller may not make (a route names the package, so the refusal is said, not hidden). */
export function authorizeRead(actor: Actor, row: ResourcePackageRow): Extract<Decision, { allowed: true }> {
  return authorize(actor, { action: 'resource:read', published: row.status === 'PUBLISHED', authors: [row.authorId, row.coAuthorId], organizationIds: agreementInstitutions(row) });
}

/** The co-author the caller speaks for (author or enterprise), or FORBIDDEN: uploads are the co-authors' own word. */
export function authorizeUpload(actor: Actor, row: ResourcePackageRow): { organizationId: string; decision: Extract<Decision, { allowed: true }> } {
  for (const organizationId of [row.authorId, row.coAuthorId]) {
    const decision = decide(actor, { action: 'org:agree', organizationId, staffRole: staffRoleOf(organizationId) });
    if (decision.allowed) return { organizationId, decision };
  }
  throw forbidden(`only staff of the package's co-authors (${row.authorId}, ${row.coAuthorId}) upload its files: no one else, an administrator included, may put words in their names`);
}

/** The enterprise co-author's own staff only. */
export function authorizeConfirm(actor: Actor, row: ResourcePackageRow): Extract<Decision, { allowed: true }> {
  return authorize(actor, { action: 'org:agree', organizationId: row.coAuthorId, staffRole: 'ENTERPRISE_STAFF' });
}

/** The author's own staff only, and the author must be a school or a college. */
export function authorizeCreate(actor: Actor, authorId: string): Extract<Decision, { allowed: true }> {
  return authorize(actor, { action: 'org:agree', organizationId: authorId, staffRole: staffRoleOf(authorId) });
}
