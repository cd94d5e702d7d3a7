import { EntitySchema } from 'typeorm';

export type CertificateKind = 'VOCATIONAL_SKILL_LEVEL' | 'ENTERPRISE_TECHNICAL';
export type CertificateLevel = 'ENTRY' | 'INTERMEDIATE' | 'ADVANCED';

/** A certificate in the catalogue, set and issued by one organisation. Public catalogue data. */
export interface StandardRow {
  /** Catalogue code, e.g. X-NED-1. */
  code: string;
  name: string;
  kind: CertificateKind;
  /** X certificates have a level; an enterprise certificate may not. */
  level: CertificateLevel | null;
  description: string;
  /** The organisation whose staff award this certificate. */
  issuerId: string;
}

export const StandardEntity = new EntitySchema<StandardRow>({
  name: 'CertificateStandard',
  tableName: 'certificate_standard',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    name: { type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 32 },
    level: { type: 'varchar', length: 16, nullable: true },
    description: { type: 'varchar', length: 1000 },
    issuerId: { name: 'issuer_id', type: 'varchar', length: 64 },
  },
  indices: [{ name: 'idx_certificate_standard_issuer', columns: ['issuerId'] }],
});
