/** Input rules particular to this subgraph; the hub-wide ones live in @guantong/shared/validation. */
import { badInput } from '@guantong/shared/errors';

export const MAX_PAGE_SIZE = 100;

/** A cohort is the 4-digit entry year, e.g. 2025. */
export function requireCohort(value: string, field = 'cohort'): string {
  if (!/^\d{4}$/.test(value)) {
    throw badInput(`${field} must be the 4-digit cohort (entry) year, e.g. 2025, got "${value}"`, { field });
  }
  return value;
}

export function requirePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`, { field: 'first' });
  }
  return first;
}
