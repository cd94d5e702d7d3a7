import type { Decision } from '../policy.ts';

/** Bulk imports and exports move an institution's own data, by its own staff (or an admin, as org:write allows). */
export const IMPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk import' };
export const EXPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk export' };
