import { EntitySchema } from 'typeorm';
import type { RecordPart } from '@guantong/shared/policy';

export const GRANTORS = ['STUDENT', 'GUARDIAN'] as const;
export type Grantor = (typeof GRANTORS)[number];

/**
 * A learner's (or guardian's) consent for an organisation to read parts of the
 * learner's record. Rows are never deleted: a revocation stamps `revokedAt`, so
 * the learner keeps the history of what they allowed and when.
 */
export interface ConsentGrantRow {
  /** A random UUID: grant ids are handed to clients, so they must not be guessable. */
  id: string;
  studentId: string;
  organizationId: string;
  /** The parts granted, comma-separated (RecordPart values), e.g. "CERTIFICATES,RESULTS". */
  scopes: string;
  purpose: string;
  /** ISO 8601 instants, UTC, always 24 characters: they compare correctly as text. */
  grantedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  grantedBy: Grantor;
  /** The token subject of whoever granted, for the learner's history. */
  grantedBySubject: string;
  /**
   * `activeKeyOf` the grant while it is not revoked, null once it is. A unique
   * index on it keeps one unrevoked grant per learner, organisation and scope
   * set, even against concurrent writers; a new identical grant replaces it.
   */
  activeKey: string | null;
}

/** What makes two grants the same grant: learner, organisation and (canonically ordered) scopes. */
export const activeKeyOf = (row: Pick<ConsentGrantRow, 'studentId' | 'organizationId' | 'scopes'>): string =>
  `${row.studentId}|${row.organizationId}|${row.scopes}`;

/** Learner id (32) + organisation id (64) + scopes (64) + two separators. */
export const ACTIVE_KEY_MAX = 162;

export const CONSENT_PURPOSE_MAX = 300;

export const scopesOf = (row: Pick<ConsentGrantRow, 'scopes'>): RecordPart[] => row.scopes.split(',') as RecordPart[];

/** Active at `now` (an ISO instant): neither revoked nor past its expiry. */
export const isActive = (row: Pick<ConsentGrantRow, 'revokedAt' | 'expiresAt'>, now: string): boolean =>
  row.revokedAt === null && row.expiresAt > now;

export const ConsentGrantEntity = new EntitySchema<ConsentGrantRow>({
  name: 'ConsentGrant',
  tableName: 'consent_grant',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    studentId: { name: 'student_id', type: 'varchar', length: 32 },
    organizationId: { name: 'organization_id', type: 'varchar', length: 64 },
    scopes: { type: 'varchar', length: 64 },
    purpose: { type: 'varchar', length: CONSENT_PURPOSE_MAX },
    grantedAt: { name: 'granted_at', type: 'varchar', length: 24 },
    expiresAt: { name: 'expires_at', type: 'varchar', length: 24 },
    revokedAt: { name: 'revoked_at', type: 'varchar', length: 24, nullable: true },
    grantedBy: { name: 'granted_by', type: 'varchar', length: 16 },
    grantedBySubject: { name: 'granted_by_subject', type: 'varchar', length: 200 },
    activeKey: { name: 'active_key', type: 'varchar', length: ACTIVE_KEY_MAX, nullable: true },
  },
  indices: [
    // A learner's grants, newest first (consents, activeGrants).
    { name: 'idx_consent_grant_student', columns: ['studentId', 'grantedAt'] },
    // Staff list scopes look up the learners who consented to one organisation.
    { name: 'idx_consent_grant_organization', columns: ['organizationId', 'studentId'] },
    { name: 'uq_consent_grant_active_key', columns: ['activeKey'], unique: true },
  ],
});
