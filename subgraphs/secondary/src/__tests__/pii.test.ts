import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, decryptNationalId, encryptNationalId, maskNationalId, nationalIdCodec } from '../identity/national-id.ts';
import { EC_LEARNER, NET_LEARNER, nationalIdFor } from './harness.ts';

const key = randomBytes(32);
const indexKey = randomBytes(32);
const NUMBER = nationalIdFor('20100315', 123);

/** The stored value with one byte of its packed body flipped at `offset` (0–11 IV, 12–27 tag, then ciphertext). */
function flipByte(stored: string, offset: number): string {
  const packed = Buffer.from(stored.slice(3), 'base64url');
  packed[offset] = (packed[offset] ?? 0) ^ 0x01;
  return `v1:${packed.toString('base64url')}`;
}

describe('a national ID sealed at rest', () => {
  it('decrypts to the number it was encrypted from, for the learner it was sealed to', () => {
    const stored = encryptNationalId(NUMBER, key, NET_LEARNER);
    expect(decryptNationalId(stored, key, NET_LEARNER)).toBe(NUMBER);
  });

  it('is stored versioned and never as the number itself', () => {
    const stored = encryptNationalId(NUMBER, key, NET_LEARNER);
    expect(stored).toMatch(/^v1:[\w-]+$/);
    expect(stored).not.toContain(NUMBER);
    expect(stored).not.toContain(NUMBER.slice(6, 14));
    // 12-byte IV, 16-byte tag and 18 bytes of ciphertext.
    expect(Buffer.from(stored.slice(3), 'base64url')).toHaveLength(46);
  });

  it('encrypts the same number differently every time (a random IV each)', () => {
    const sealed = new Set(Array.from({ length: 20 }, () => encryptNationalId(NUMBER, key, NET_LEARNER)));
    expect(sealed.size).toBe(20);
  });

  it.each([
    ['the IV', 0],
    ['the authentication tag', 20],
    ['the ciphertext', 30],
  ])('refuses to decrypt when %s was altered', (_part, offset) => {
    const stored = flipByte(encryptNationalId(NUMBER, key, NET_LEARNER), offset);
    expect(() => decryptNationalId(stored, key, NET_LEARNER)).toThrow(/failed authentication/);
  });

  it('refuses a ciphertext copied onto another learner’s row', () => {
    const stored = encryptNationalId(NUMBER, key, NET_LEARNER);
    expect(() => decryptNationalId(stored, key, EC_LEARNER)).toThrow(/failed authentication/);
  });

  it('refuses to decrypt with another key', () => {
    const stored = encryptNationalId(NUMBER, key, NET_LEARNER);
    expect(() => decryptNationalId(stored, randomBytes(32), NET_LEARNER)).toThrow(/failed authentication/);
  });

  it('refuses unknown versions and truncated values, and names no number in the error', () => {
    const stored = encryptNationalId(NUMBER, key, NET_LEARNER);
    expect(() => decryptNationalId(stored.replace('v1:', 'v2:'), key, NET_LEARNER)).toThrow(/unknown format version/);
    expect(() => decryptNationalId(stored.slice(0, 30), key, NET_LEARNER)).toThrow(/truncated/);
    const thrown = (() => {
      try {
        return decryptNationalId(flipByte(stored, 30), key, NET_LEARNER);
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(Error);
    expect(String(thrown)).not.toContain(NUMBER);
  });
});

describe('the blind index of a national ID', () => {
  it('is the same for the same number and key, so an exact number can be found', () => {
    expect(blindIndex(NUMBER, indexKey)).toBe(blindIndex(NUMBER, indexKey));
    expect(blindIndex(NUMBER, indexKey)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for another number, and for the same number under another key', () => {
    expect(blindIndex(nationalIdFor('20100315', 124), indexKey)).not.toBe(blindIndex(NUMBER, indexKey));
    expect(blindIndex(NUMBER, randomBytes(32))).not.toBe(blindIndex(NUMBER, indexKey));
  });

  it('the codec seals a number as a ciphertext and the index, and opens it again', () => {
    const codec = nationalIdCodec({ encryptionKey: key, indexKey });
    const sealed = codec.seal(NUMBER, NET_LEARNER);
    expect(sealed.nationalIdIndex).toBe(codec.index(NUMBER));
    expect(codec.open(sealed.nationalIdCipher, NET_LEARNER)).toBe(NUMBER);
  });
});

describe('the masked form of a national ID', () => {
  it('keeps the region code and the last four characters, hiding the birth date', () => {
    expect(maskNationalId('62010220100315123X')).toBe('620102********123X');
    expect(maskNationalId(NUMBER)).toMatch(/^620102\*{8}\d{3}[\dX]$/);
    expect(maskNationalId(NUMBER)).not.toContain('20100315');
  });

  it('masks anything that is not 18 characters long entirely', () => {
    expect(maskNationalId('12345')).toBe('*'.repeat(18));
    expect(maskNationalId(`${NUMBER}0`)).toBe('*'.repeat(18));
  });
});
