/**
 * How a credential names its learner without naming them: an OB 3.0
 * IdentityObject holding a salted SHA-256 of the learner's hub id. Anyone who
 * is told the id can check it; no one can read the id from it. Each issuer
 * chooses its own salt, so hashes differ between issuers, and a college that
 * embeds another institution's credential checks it against the id it knows.
 */
import { createHash } from 'node:crypto';

export interface HashedIdentifier {
  type: 'IdentityObject';
  hashed: true;
  identityHash: string;
  identityType: 'identifier';
  salt: string;
}

/** OB 3.0 IdentityHash: `sha256$` and the hex SHA-256 of the value followed by the salt. */
export const identityHash = (value: string, salt: string): string => `sha256$${createHash('sha256').update(value + salt).digest('hex')}`;

/** The learner's hub id, hashed with `salt`. */
export function hashedIdentifier(learnerId: string, salt: string): HashedIdentifier {
  return { type: 'IdentityObject', hashed: true, identityHash: identityHash(learnerId, salt), identityType: 'identifier', salt };
}

function identifiersOf(credential: Record<string, unknown>): unknown[] {
  const identifier = (credential.credentialSubject as { identifier?: unknown } | null | undefined)?.identifier;
  // Stryker disable next-line ArrayDeclaration: a list holding anything but identity objects names no learner, as an empty one does.
  return Array.isArray(identifier) ? identifier : [];
}

/** True when the credential's subject carries a hashed identifier of exactly this learner id. */
export function namesLearner(credential: Record<string, unknown>, learnerId: string): boolean {
  return identifiersOf(credential).some((entry) => {
    const { hashed, identityType, identityHash: hash, salt } = (entry ?? {}) as Record<string, unknown>;
    return hashed === true && identityType === 'identifier' && typeof salt === 'string' && hash === identityHash(learnerId, salt);
  });
}

/**
 * A urn:uuid derived from what a credential is (issuer, kind, learner, instant
 * stated): the first 16 bytes of a SHA-256, written as a version-8 UUID, so the
 * same statement always has the same id and different ones never share it.
 */
export function derivedCredentialId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
