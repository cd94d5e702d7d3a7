import { EntitySchema } from 'typeorm';

/**
 * An issuer's Bitstring Status List: the next free index, and a revision that
 * every revocation raises (in the revocation's transaction), so the signed list
 * is rebuilt, and its cache validators change, only when a bit changes.
 */
export interface StatusListRow {
  issuerId: string;
  /** The next index to give an award; indexes are never reused. */
  nextIndex: number;
  revision: number;
  /** ISO instant of the last change of a bit (or of the list's creation): the signed list's `created`. */
  changedAt: string;
}

export const StatusListEntity = new EntitySchema<StatusListRow>({
  name: 'CredentialStatusList',
  tableName: 'credential_status_list',
  columns: {
    issuerId: { name: 'issuer_id', type: 'varchar', length: 64, primary: true },
    nextIndex: { name: 'next_index', type: 'integer' },
    revision: { type: 'integer' },
    changedAt: { name: 'changed_at', type: 'varchar', length: 24 },
  },
});

/** An award's place in its issuer's status list; its bit is set while the award is REVOKED. */
export interface StatusEntryRow {
  serial: string;
  issuerId: string;
  statusIndex: number;
}

export const StatusEntryEntity = new EntitySchema<StatusEntryRow>({
  name: 'CredentialStatusEntry',
  tableName: 'credential_status_entry',
  columns: {
    serial: { type: 'varchar', length: 64, primary: true },
    issuerId: { name: 'issuer_id', type: 'varchar', length: 64 },
    statusIndex: { name: 'status_index', type: 'integer' },
  },
  uniques: [{ name: 'uq_credential_status_entry_index', columns: ['issuerId', 'statusIndex'] }],
});
