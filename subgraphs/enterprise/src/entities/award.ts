import { EntitySchema } from 'typeorm';

export type CertificateStatus = 'VALID' | 'REVOKED';

/** A certificate awarded to a learner. Part of the learner's record, not the public catalogue. */
export interface AwardRow {
  /** The issuer's serial number, unique hub-wide. */
  serial: string;
  /** Hub-wide learner id; the learner is registered in other subgraphs. */
  studentId: string;
  /**
   * The holder's name as printed on the certificate (trimmed). Verification
   * compares against it; it is never returned by the API.
   */
  holderName: string;
  standardCode: string;
  /** ISO date. */
  issuedOn: string;
  /** Assessment score from 0 to 100. */
  score: number;
  status: CertificateStatus;
  /** ISO date, set when revoked. */
  revokedOn: string | null;
  revocationReason: string | null;
}

export const AwardEntity = new EntitySchema<AwardRow>({
  name: 'CertificateAward',
  tableName: 'certificate_award',
  columns: {
    // The serial is the key: no two awards on the hub share one.
    serial: { type: 'varchar', length: 64, primary: true },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    holderName: { name: 'holder_name', type: 'varchar', length: 100 },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    issuedOn: { name: 'issued_on', type: 'varchar', length: 10 },
    score: { type: 'double' },
    status: { type: 'varchar', length: 16 },
    revokedOn: { name: 'revoked_on', type: 'varchar', length: 10, nullable: true },
    revocationReason: { name: 'revocation_reason', type: 'varchar', length: 500, nullable: true },
  },
  indices: [
    { name: 'idx_certificate_award_student', columns: ['studentId'] },
    { name: 'idx_certificate_award_standard', columns: ['standardCode'] },
  ],
});
