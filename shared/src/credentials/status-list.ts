/**
 * Revocation with a W3C Bitstring Status List: each issuer publishes one signed
 * list; a credential names its list and its index, and a set bit means revoked.
 * The list is 131,072 bits long (16 KiB before compression), the size the
 * specification recommends so that one fetch does not tell which credential a
 * verifier is checking.
 */
import { createCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { VC_V2_CONTEXT } from './contexts.ts';
import { signCredential, type Credential } from './sign.ts';
import type { IssuerIdentity } from './keys.ts';

export const STATUS_LIST_LENGTH = 131_072;
export const STATUS_PURPOSE = 'revocation';

export interface StatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: typeof STATUS_PURPOSE;
  statusListIndex: string;
  statusListCredential: string;
}

/** The `credentialStatus` of the credential at `index` of the list at `listUrl`. */
export function statusEntry(listUrl: string, index: number): StatusListEntry {
  if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH) {
    throw new RangeError(`a status list index is an integer from 0 to ${STATUS_LIST_LENGTH - 1}, got ${index}`);
  }
  return { id: `${listUrl}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: STATUS_PURPOSE, statusListIndex: String(index), statusListCredential: listUrl };
}

/** The issuer's signed status list credential with the bits of `revoked` set. */
export async function buildStatusListCredential(issuer: IssuerIdentity, listUrl: string, revoked: Iterable<number>, created: string): Promise<Credential> {
  const list = await createList({ length: STATUS_LIST_LENGTH });
  for (const index of revoked) list.setStatus(index, true);
  const unsigned = await createCredential({ id: listUrl, list, statusPurpose: STATUS_PURPOSE, context: [VC_V2_CONTEXT] });
  return signCredential({ ...unsigned, issuer: issuer.did }, issuer, { created });
}
