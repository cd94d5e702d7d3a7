import type { Decision } from '@guantong/shared/policy';

/** Bulk imports and exports move the school's own data, by its own staff (or an admin, as org:write allows). */
export const IMPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk import' };
export const EXPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk export' };
