/** The roles a caller's token may name. Kept apart so the organisation rule and the actor share them without a cycle. */
export const ROLES = ['SECONDARY_STAFF', 'COLLEGE_STAFF', 'ENTERPRISE_STAFF', 'STUDENT', 'GUARDIAN', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
