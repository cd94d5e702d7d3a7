/**
 * Protection of learners' national ID numbers (PIPL: the personal information
 * of minors is sensitive). At rest a number exists only as
 * - an AES-256-GCM ciphertext, with a fresh random IV per value and the learner
 *   id as associated data, so a ciphertext copied onto another learner's row
 *   does not decrypt; and
 * - an HMAC-SHA256 blind index, so an exact number can be looked up (and a
 *   second enrolment refused) without decrypting anything.
 *
 * Stored ciphertexts are versioned (`v1:` + base64url(iv | tag | ciphertext)),
 * so the algorithm or key can be rotated later without guessing formats.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1:';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The keys from `config.pii`: 32 bytes each. */
export interface PiiKeys {
  encryptionKey: Buffer;
  indexKey: Buffer;
}

/** Encrypts a national ID for the learner's row. Never deterministic: the IV is random. */
export function encryptNationalId(nationalId: string, key: Buffer, learnerId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(learnerId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(nationalId, 'utf8'), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

/**
 * Decrypts a stored national ID. Throws when the value was altered, belongs to
 * another learner, or was sealed with another key. The error names no value:
 * it reaches the server log only.
 */
export function decryptNationalId(stored: string, key: Buffer, learnerId: string): string {
  if (!stored.startsWith(VERSION)) throw new Error('stored national ID has an unknown format version');
  const packed = Buffer.from(stored.slice(VERSION.length), 'base64url');
  if (packed.length <= IV_BYTES + TAG_BYTES) throw new Error('stored national ID is truncated');
  const decipher = createDecipheriv(ALGORITHM, key, packed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(learnerId, 'utf8'));
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(`stored national ID of learner ${learnerId} failed authentication: altered, moved, or sealed with another key`);
  }
}

/** The keyed blind index of a national ID: 64 hex characters, equal for equal numbers. */
export function blindIndex(nationalId: string, key: Buffer): string {
  return createHmac('sha256', key).update(nationalId, 'utf8').digest('hex');
}

const MASKED_LENGTH = 18;

/**
 * The form clients see: region code and check character kept, birth date and
 * sequence hidden, e.g. 620102********123X. Anything that is not 18 characters
 * long is masked entirely rather than guessed at.
 */
export function maskNationalId(nationalId: string): string {
  if (nationalId.length !== MASKED_LENGTH) return '*'.repeat(MASKED_LENGTH);
  return `${nationalId.slice(0, 6)}${'*'.repeat(8)}${nationalId.slice(-4)}`;
}

/** What the learner table stores for a national ID. */
export interface SealedNationalId {
  nationalIdCipher: string;
  nationalIdIndex: string;
}

/** Everything this subgraph does with national IDs, bound to the configured keys. */
export interface NationalIdCodec {
  seal(nationalId: string, learnerId: string): SealedNationalId;
  open(stored: string, learnerId: string): string;
  index(nationalId: string): string;
}

export function nationalIdCodec(keys: PiiKeys): NationalIdCodec {
  return {
    seal: (nationalId, learnerId) => ({
      nationalIdCipher: encryptNationalId(nationalId, keys.encryptionKey, learnerId),
      nationalIdIndex: blindIndex(nationalId, keys.indexKey),
    }),
    open: (stored, learnerId) => decryptNationalId(stored, keys.encryptionKey, learnerId),
    index: (nationalId) => blindIndex(nationalId, keys.indexKey),
  };
}
