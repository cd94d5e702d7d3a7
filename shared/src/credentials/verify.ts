/**
 * Verification as any conforming verifier does it, split into named checks so
 * a person sees which one failed: the issuer's key, the proof, the status list
 * and the validity dates. The caller supplies what it trusts (the DID documents
 * and the status lists it may fetch) through the document loader's options.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { createDocumentLoader, type LoaderOptions } from './document-loader.ts';
import { failed, issuerIdOf, passed, validityCheck, type CredentialCheck } from './checks.ts';

const verifyingSuite = () => new DataIntegrityProof({ cryptosuite });

function proofsOf(credential: Record<string, unknown>): Array<Record<string, unknown>> {
  const proof = credential.proof;
  const list = Array.isArray(proof) ? proof : proof ? [proof] : [];
  return list.filter((p): p is Record<string, unknown> => !!p && typeof p === 'object');
}

/** The proof names a key of the issuer's own DID, listed for assertions in the issuer's DID document. */
export async function issuerKeyCheck(credential: Record<string, unknown>, options: LoaderOptions): Promise<CredentialCheck> {
  const issuer = issuerIdOf(credential);
  const proofs = proofsOf(credential);
  if (!issuer) return failed('issuerKey', 'the credential names no issuer');
  if (proofs.length === 0) return failed('issuerKey', 'the credential carries no proof');
  const method = proofs[0].verificationMethod;
  if (typeof method !== 'string' || method.split('#')[0] !== issuer) {
    return failed('issuerKey', `the proof was made with a key (${String(method)}) that is not the issuer's (${issuer})`);
  }
  const document = options.resolveDid && issuer.startsWith('did:') ? await options.resolveDid(issuer) : undefined;
  if (!document) return failed('issuerKey', `the issuer ${issuer} has no DID document this verifier knows`);
  if (!document.assertionMethod.includes(method)) return failed('issuerKey', `the issuer's DID document does not list ${method} for signing credentials`);
  return passed('issuerKey', `signed with ${method}, a key the issuer's DID document lists`);
}

function reason(error: (Error & { errors?: Error[] }) | undefined): string {
  const first = error?.errors?.[0] ?? error;
  return first?.message ?? 'unknown reason';
}

/** The Data Integrity proof (eddsa-rdfc-2022) over the credential as it stands. */
export async function proofCheck(credential: Record<string, unknown>, options: LoaderOptions): Promise<CredentialCheck> {
  // The dates are a check of their own: verify the proof as of the credential's
  // own start, so an expired credential still answers whether it was tampered with.
  const asOf = typeof credential.validFrom === 'string' ? credential.validFrom : undefined;
  const result = await vc.verifyCredential({
    credential,
    suite: verifyingSuite(),
    documentLoader: createDocumentLoader(options),
    ...(asOf && !Number.isNaN(Date.parse(asOf)) ? { now: asOf } : {}),
    // The status list is a check of its own too (statusCheck).
    checkStatus: async () => ({ verified: true }),
  });
  if (result.verified) return passed('proof', 'the eddsa-rdfc-2022 signature matches the credential\'s content');
  const why = reason(result.error ?? result.results?.[0]?.error);
  if (/invalid signature/i.test(why)) return failed('proof', 'the signature does not match the credential\'s content: it was changed after signing, or signed with another key');
  return failed('proof', `the proof could not be verified: ${why}`);
}

/** The Bitstring Status List entry: fetched, signed by the same issuer, and its bit clear. */
export async function statusCheck(credential: Record<string, unknown>, options: LoaderOptions): Promise<CredentialCheck> {
  if (!credential.credentialStatus) return passed('status', 'the credential declares no status list, so it cannot be revoked');
  const result = await checkStatus({ credential, documentLoader: createDocumentLoader(options), suite: verifyingSuite(), verifyBitstringStatusListCredential: true, verifyMatchingIssuers: true });
  if (!result.verified) return failed('status', `the status list could not be checked: ${reason(result.error)}`);
  if (result.results?.some((r) => r.status)) return failed('status', 'the issuer\'s status list marks the credential as revoked');
  return passed('status', 'the issuer\'s status list does not mark the credential as revoked');
}

export interface VerifyOptions extends LoaderOptions {
  /** The verifier's "now" (the hub's clock), ISO 8601. */
  now: string;
}

/** Every check that needs only the credential and what the verifier trusts, in a fixed order. */
export async function verifyCredentialChecks(credential: Record<string, unknown>, options: VerifyOptions): Promise<CredentialCheck[]> {
  const [issuerKey, proof, status] = await Promise.all([issuerKeyCheck(credential, options), proofCheck(credential, options), statusCheck(credential, options)]);
  return [proof, issuerKey, status, validityCheck(credential, options.now)];
}
