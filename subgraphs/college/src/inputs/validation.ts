/** Input rules particular to this subgraph; the hub-wide ones live in @guantong/shared/validation. */
import { badInput } from '@guantong/shared/errors';
import { isIsoDate } from '@guantong/shared/validation';

export const MAX_PAGE_SIZE = 100;
/** Audit pages (auditTrail, accessLog) may be longer: entries are small. */
export const MAX_AUDIT_PAGE_SIZE = 500;

/** A cohort is the 4-digit entry year, e.g. 2025. */
export function requireCohort(value: string, field = 'cohort'): string {
  if (!/^\d{4}$/.test(value)) {
    throw badInput(`${field} must be the 4-digit cohort (entry) year, e.g. 2025, got "${value}"`, { field });
  }
  return value;
}

export function requirePageSize(first: number, max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badInput(`first must be from 1 to ${max}, got ${first}`, { field: 'first' });
  }
  return first;
}

const ORGANIZATION_ID = /^[a-z0-9-]{2,64}$/;

/** Organisation ids are lower-case slugs, e.g. org-huadong or col-metro. */
export function requireOrganizationId(value: string, field = 'organizationId'): string {
  if (!ORGANIZATION_ID.test(value)) {
    throw badInput(`${field} must be an organisation id of 2 to 64 lower-case letters, digits and hyphens, e.g. org-huadong, got "${value}"`, { field });
  }
  return value;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date (midnight UTC) or instant with an explicit offset, returned
 * as the 24-character UTC form the audit trail stores, so it compares as text.
 */
export function requireInstant(value: string, field: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
  // Date.parse rolls 2026-02-30 over to March: the calendar check on the date part catches it.
  const ms = ISO_INSTANT.test(date) && isIsoDate(date.slice(0, 10)) ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw badInput(`${field} must be an ISO 8601 date or instant, e.g. 2026-09-01 or 2026-09-01T08:00:00Z, got "${value}"`, { field });
  }
  return new Date(ms).toISOString();
}
