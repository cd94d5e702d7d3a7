/**
 * Signing: a Data Integrity proof with the eddsa-rdfc-2022 cryptosuite (W3C VC
 * Data Integrity EdDSA), made by `@digitalbazaar/vc`.
 *
 * The proof is written as an array of one proof. Digital Bazaar writes one
 * object; VC 2.0 allows either, verifiers (Digital Bazaar's included) accept
 * both, and 1EdTech's OB 3.0 JSON Schema accepts only the array.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createDocumentLoader } from './document-loader.ts';
import type { IssuerIdentity } from './keys.ts';

export type Credential = Record<string, unknown>;

export interface SignOptions {
  /** The proof's `created` instant (the hub's clock), ISO 8601. */
  created: string;
}

/** Signs `credential` (whose `issuer` must be the identity's DID) and answers the signed copy. */
export async function signCredential(credential: Credential, issuer: IssuerIdentity, options: SignOptions): Promise<Credential> {
  const issuerId = typeof credential.issuer === 'object' && credential.issuer ? (credential.issuer as { id?: unknown }).id : credential.issuer;
  if (issuerId !== issuer.did) throw new Error(`the credential's issuer (${String(issuerId)}) is not the signer ${issuer.did}`);
  const suite = new DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite, date: options.created.replace(/\.\d{3}Z$/, 'Z') });
  // vc.issue adds its proof to the object it is given: sign a copy.
  const signed = await vc.issue({ credential: structuredClone(credential), suite, documentLoader: createDocumentLoader() });
  return { ...signed, proof: Array.isArray(signed.proof) ? signed.proof : [signed.proof] };
}
