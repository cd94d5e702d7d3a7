/**
 * Issuer identifiers. Each organisation is `did:web` under the hub's public
 * origin, at the path the gateway serves its DID document from:
 * `did:web:hub.example.cn:issuers:org-x` ↔ `https://hub.example.cn/issuers/org-x/did.json`.
 * Verification-method ids are absolute (`did:web:…#key-1`): Digital Bazaar's
 * verifier does not resolve relative ones.
 */
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from './contexts.ts';

/** The fragment of every issuer's one assertion key. */
export const KEY_FRAGMENT = 'key-1';

const ORGANIZATION_ID = /^(?:org|col|sch)-[a-z0-9-]+$/;

/** The did:web method-specific id of an origin: its host, with a port's colon percent-encoded. */
export function didWebDomain(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
}

/** The DID of an organisation, or an error for an id outside the hub's naming rule. */
export function issuerDid(publicUrl: string, organizationId: string): string {
  if (!ORGANIZATION_ID.test(organizationId)) throw new Error(`"${organizationId}" is not an organisation id (org-…, col-… or sch-…)`);
  return `did:web:${didWebDomain(publicUrl)}:issuers:${organizationId}`;
}

/** The organisation id in one of the hub's issuer DIDs (or in a URL within it), or undefined. */
export function organizationOfDid(publicUrl: string, didUrl: string): string | undefined {
  const prefix = `did:web:${didWebDomain(publicUrl)}:issuers:`;
  if (!didUrl.startsWith(prefix)) return undefined;
  const id = didUrl.slice(prefix.length).split('#')[0];
  return ORGANIZATION_ID.test(id) ? id : undefined;
}

export const verificationMethodId = (did: string): string => `${did}#${KEY_FRAGMENT}`;

/** Where an issuer's public documents live under the hub's public origin. */
export function issuerPaths(organizationId: string): { didDocument: string; jwks: string; statusList: string } {
  const base = `/issuers/${organizationId}`;
  return { didDocument: `${base}/did.json`, jwks: `${base}/jwks.json`, statusList: `${base}/status/revocation` };
}

export interface VerificationMethod {
  '@context'?: string;
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
  authentication: string[];
}

/** The DID document of an issuer with one Ed25519 Multikey, used for assertions (signing credentials). */
export function buildDidDocument(did: string, publicKeyMultibase: string): DidDocument {
  const id = verificationMethodId(did);
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: [{ id, type: 'Multikey', controller: did, publicKeyMultibase }],
    assertionMethod: [id],
    authentication: [id],
  };
}

/** One verification method of a DID document, with the context a JSON-LD loader must hand back with it. */
export function findVerificationMethod(document: DidDocument, id: string): VerificationMethod | undefined {
  const method = document.verificationMethod.find((m) => m.id === id);
  return method && { '@context': MULTIKEY_V1_CONTEXT, ...method };
}

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** The issuer's key as a JWKS, for verifiers that speak JOSE rather than Multikey. */
export function buildJwks(did: string, x: string): { keys: PublicJwk[] } {
  return { keys: [{ kty: 'OKP', crv: 'Ed25519', x, kid: verificationMethodId(did), alg: 'EdDSA', use: 'sig' }] };
}
