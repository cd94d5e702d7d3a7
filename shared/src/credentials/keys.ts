/**
 * Issuer signing keys. Each subgraph holds one secret (its ISSUER_KEY_SECRET)
 * and derives one Ed25519 key per organisation it owns with HKDF-SHA256, so a
 * new organisation has a key without a new setting, the same secret always
 * gives the same keys, and no subgraph can derive another's keys.
 */
import { hkdfSync } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Ed25519KeyPair } from '@digitalbazaar/ed25519-multikey';
import { buildDidDocument, buildJwks, issuerDid, verificationMethodId, type DidDocument, type PublicJwk } from './did.ts';

const HKDF_SALT = 'guantong issuer key v1';

/** 32 bytes of Ed25519 seed for one organisation. */
export function issuerSeed(secret: Buffer, organizationId: string): Uint8Array {
  if (secret.length < 32) throw new Error('an issuer key secret must be at least 32 bytes');
  return new Uint8Array(hkdfSync('sha256', secret, HKDF_SALT, `issuer:${organizationId}`, 32));
}

/** An organisation's signing identity: its DID, its key pair and what it publishes. */
export interface IssuerIdentity {
  organizationId: string;
  did: string;
  verificationMethod: string;
  keyPair: Ed25519KeyPair;
  didDocument: DidDocument;
  jwks: { keys: PublicJwk[] };
}

/** Derives an organisation's identity under the hub's public origin. */
export async function deriveIssuer(secret: Buffer, publicUrl: string, organizationId: string): Promise<IssuerIdentity> {
  const did = issuerDid(publicUrl, organizationId);
  const verificationMethod = verificationMethodId(did);
  const keyPair = await Ed25519Multikey.generate({ seed: issuerSeed(secret, organizationId), id: verificationMethod, controller: did });
  const { x } = await Ed25519Multikey.toJwk({ keyPair });
  return {
    organizationId,
    did,
    verificationMethod,
    keyPair,
    didDocument: buildDidDocument(did, keyPair.publicKeyMultibase),
    jwks: buildJwks(did, x),
  };
}

/**
 * A per-process cache of derived identities: derivation is cheap, but signing a
 * page of credentials should not repeat it per credential.
 */
export function issuerKeyring(secret: Buffer, publicUrl: string): (organizationId: string) => Promise<IssuerIdentity> {
  const cache = new Map<string, Promise<IssuerIdentity>>();
  return (organizationId) => {
    let identity = cache.get(organizationId);
    if (!identity) {
      identity = deriveIssuer(secret, publicUrl, organizationId);
      identity.catch(() => cache.delete(organizationId));
      cache.set(organizationId, identity);
    }
    return identity;
  };
}

/** What an organisation publishes about its key; never the key pair itself. */
export type IssuerView = Pick<IssuerIdentity, 'organizationId' | 'did' | 'didDocument' | 'jwks'>;

export const publicView = ({ organizationId, did, didDocument, jwks }: IssuerIdentity): IssuerView => ({ organizationId, did, didDocument, jwks });
