/**
 * The hub's naming rule for organisations: the id says the kind. Secondary
 * schools are `sch-…`, colleges `col-…`, enterprises and evaluation
 * organisations `org-…` (the demo catalogue follows it; an operator's identity
 * provider must too). A staff token whose organisation is not of its role's kind
 * is refused, so `ENTERPRISE_STAFF` with `org=col-metro` never reads as the college.
 */
import type { Role } from './roles.ts';

export const ORGANIZATION_PREFIX: Partial<Record<Role, string>> = {
  SECONDARY_STAFF: 'sch-',
  COLLEGE_STAFF: 'col-',
  ENTERPRISE_STAFF: 'org-',
};

/** Why a staff role may not act for `orgId`, or undefined when it may. */
export function organizationMismatch(role: Role, orgId: string): string | undefined {
  const prefix = ORGANIZATION_PREFIX[role];
  if (!prefix || orgId.startsWith(prefix)) return undefined;
  return `a ${role} token must name an organisation of that kind: its "org" claim must start with "${prefix}", got "${orgId}"`;
}
