import { EntitySchema } from 'typeorm';
import type { AccreditationStatus } from '../accreditation/timeline.ts';

/**
 * An organisation's accreditation to award one standard between two days, as
 * the hub's supervisor (an administrator) granted it, with the status set
 * last. The row is the latest word; `issuer_accreditation_event` keeps every
 * word, append-only, and says from which day each status holds.
 */
export interface AccreditationRow {
  /** e.g. acc-zhongxin-ned1-2023; new accreditations get acc- and a random UUID. */
  id: string;
  organizationId: string;
  standardCode: string;
  /** ISO date: the first day covered. */
  validFrom: string;
  /** ISO date: the last day covered. */
  validUntil: string;
  /** The status set last (it may take effect on a later day: statusFrom). */
  status: AccreditationStatus;
  /** ISO date from which `status` holds. */
  statusFrom: string;
  /** Why `status` was set. */
  reason: string;
  /** Grows with every change: a change is a conditional UPDATE on the version it read. */
  version: number;
}

export const AccreditationEntity = new EntitySchema<AccreditationRow>({
  name: 'Accreditation',
  tableName: 'issuer_accreditation',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    organizationId: { name: 'organization_id', type: 'varchar', length: 64 },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    validFrom: { name: 'valid_from', type: 'varchar', length: 10 },
    validUntil: { name: 'valid_until', type: 'varchar', length: 10 },
    status: { type: 'varchar', length: 16 },
    statusFrom: { name: 'status_from', type: 'varchar', length: 10 },
    reason: { type: 'varchar', length: 500 },
    version: { type: 'integer' },
  },
  indices: [
    { name: 'idx_accreditation_organization', columns: ['organizationId'] },
    { name: 'idx_accreditation_standard', columns: ['standardCode'] },
  ],
});
