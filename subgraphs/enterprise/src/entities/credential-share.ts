import { EntitySchema } from 'typeorm';

/**
 * A link through which anyone holding it can fetch one certificate's
 * credential, made by the learner (or their guardian) and revocable by them.
 * Only the SHA-256 of the link's secret is stored.
 */
export interface CredentialShareRow {
  id: string;
  tokenHash: string;
  serial: string;
  studentId: string;
  /** Whether the shared copy names the learner (only when the learner asked for it). */
  named: boolean;
  /** The token subject of whoever made it. */
  createdBy: string;
  createdAt: string;
  /** ISO instant after which the link answers nothing. */
  expiresAt: string;
  revokedAt: string | null;
}

export const CredentialShareEntity = new EntitySchema<CredentialShareRow>({
  name: 'CredentialShare',
  tableName: 'credential_share',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, unique: true },
    serial: { type: 'varchar', length: 64 },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    named: { type: 'boolean' },
    createdBy: { name: 'created_by', type: 'varchar', length: 200 },
    createdAt: { name: 'created_at', type: 'varchar', length: 24 },
    expiresAt: { name: 'expires_at', type: 'varchar', length: 24 },
    revokedAt: { name: 'revoked_at', type: 'varchar', length: 24, nullable: true },
  },
  indices: [{ name: 'idx_credential_share_serial', columns: ['serial'] }],
});
