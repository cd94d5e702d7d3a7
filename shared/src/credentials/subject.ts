/**
 * How a credential names its learner without naming them: an OB 3.0
 * IdentityObject holding a salted SHA-256 of the learner's hub id. Anyone who
 * is told the id can check it; no one can read the id from it. Each issuer
 * chooses its own salt, so hashes differ between issuers, and a college that
 * embeds another institution's credential checks it against the id it knows.
 */
import { createHash, createHmac } from 'node:crypto';

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

/**
 * A salt for one credential's subject: 32 hex characters, the same every time
 * for the same secret and label, and unguessable without the secret (so a hash
 * cannot be tested against every learner id).
 */
export const subjectSalt = (secret: Buffer, label: string): string => createHmac('sha256', secret).update(`subject-salt:${label}`).digest('hex').slice(0, 32);

function identifiersOf(credential: Record<string, unknown>): unknown[] {
  const subject = credential.credentialSubject;
  if (!subject || typeof subject !== 'object' || Array.isArray(subject)) return [];
  const identifier = (subject as { identifier?: unknown }).identifier;
  return Array.isArray(identifier) ? identifier : [];
}

/** True when the credential's subject carries a hashed identifier of exactly this learner id. */
export function namesLearner(credential: Record<string, unknown>, learnerId: string): boolean {
  return identifiersOf(credential).some((entry) => {
    if (!entry || typeof entry !== 'object') return false;
    const { hashed, identityType, identityHash: hash, salt } = entry as Record<string, unknown>;
    return hashed === true && identityType === 'identifier' && typeof salt === 'string' && hash === identityHash(learnerId, salt);
  });
}
