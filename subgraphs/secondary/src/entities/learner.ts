import { EntitySchema } from 'typeorm';

/**
 * A learner enrolled at a secondary school. The national ID number belongs to a
 * minor: it is stored only encrypted, with a keyed blind index for exact-match
 * lookups (see `identity/national-id.ts`); the plaintext is never stored and must never be logged.
 */
export interface LearnerRow {
  /** Hub-wide learner id, issued here on enrolment. */
  id: string;
  name: string;
  /** AES-256-GCM ciphertext of the GB 11643 number, bound to the learner id. Sensitive. */
  nationalIdCipher: string;
  /** HMAC-SHA256 blind index of the number: unique, so a person is enrolled once. */
  nationalIdIndex: string;
  /** ISO date, taken from the national ID. */
  birthDate: string;
}

/** What most resolvers read of a learner: nothing of the national ID. */
export type LearnerProfile = Omit<LearnerRow, 'nationalIdCipher' | 'nationalIdIndex'>;

/** Long enough for `v1:` + base64url(12-byte IV | 16-byte tag | 18-byte number), with room for a later format. */
const CIPHER_LENGTH = 128;
/** A hex SHA-256 HMAC. */
const INDEX_LENGTH = 64;

export const LearnerEntity = new EntitySchema<LearnerRow>({
  name: 'Learner',
  tableName: 'learner',
  columns: {
    id: { type: 'varchar', length: 12, primary: true },
    name: { type: 'varchar', length: 200 },
    nationalIdCipher: { name: 'national_id_cipher', type: 'varchar', length: CIPHER_LENGTH },
    nationalIdIndex: { name: 'national_id_index', type: 'varchar', length: INDEX_LENGTH },
    birthDate: { name: 'birth_date', type: 'varchar', length: 10 },
  },
  uniques: [{ name: 'uq_learner_national_id_index', columns: ['nationalIdIndex'] }],
});
