/**
 * Each issuer's signed Bitstring Status List credentials, list 0 holding
 * indexes 0 to 131,071, list 1 the next, and so on. A bit is set while its award
 * is REVOKED. A list is signed with the instant of its issuer's last change, so
 * it is the same document (and the same ETag) until a bit changes; signed lists
 * are kept per revision, so a fetch between changes costs one small SELECT.
 */
import type { DataSource } from 'typeorm';
import { buildStatusListCredential, STATUS_LIST_LENGTH, type Credential, type SubgraphIssuers } from '@guantong/shared/credentials';
import { StatusListEntity } from '../entities/credential-status.ts';

export interface SignedStatusList {
  credential: Credential;
  /** Changes whenever a bit of the issuer's lists changes. */
  revision: number;
}

// Per database (tests open several in one process) and per list.
const signedLists = new WeakMap<DataSource, Map<string, { version: string; list: Promise<Credential> }>>();

/** The URL of list `n` of an issuer. */
export const statusListUrl = (issuers: SubgraphIssuers, issuerId: string, n: number): string => `${issuers.statusListUrl(issuerId)}/${n}`;

/** The list's number and the bit within it, for an index of the issuer's numbering. */
export const statusPosition = (index: number): { list: number; bit: number } => ({ list: Math.floor(index / STATUS_LIST_LENGTH), bit: index % STATUS_LIST_LENGTH });

async function revokedBits(db: DataSource, issuerId: string, list: number): Promise<number[]> {
  const from = list * STATUS_LIST_LENGTH;
  const rows: Array<{ status_index: number | string }> = await db.query(
    'SELECT e.status_index FROM credential_status_entry e JOIN certificate_award a ON a.serial = e.serial ' +
      "WHERE e.issuer_id = ? AND a.status = 'REVOKED' AND e.status_index >= ? AND e.status_index < ?",
    [issuerId, from, from + STATUS_LIST_LENGTH],
  );
  return rows.map((r) => Number(r.status_index) - from);
}

/** List `n` of an issuer, signed; undefined when the issuer has no such list. */
export async function signedStatusList(db: DataSource, issuers: SubgraphIssuers, issuerId: string, n: number): Promise<SignedStatusList | undefined> {
  const state = await db.getRepository(StatusListEntity).findOneBy({ issuerId });
  if (!state || !Number.isInteger(n) || n < 0 || n * STATUS_LIST_LENGTH >= Math.max(state.nextIndex, 1)) return undefined;
  const identity = await issuers.identity(issuerId);
  const signed = signedLists.get(db) ?? new Map();
  signedLists.set(db, signed);
  const key = `${identity.did}/${n}`;
  const version = `${state.revision}@${state.changedAt}`;
  const kept = signed.get(key);
  if (kept?.version === version) return { credential: await kept.list, revision: state.revision };
  const list = (async () => buildStatusListCredential(identity, statusListUrl(issuers, issuerId, n), await revokedBits(db, issuerId, n), state.changedAt))();
  signed.set(key, { version, list });
  list.catch(() => signed.delete(key));
  return { credential: await list, revision: state.revision };
}
