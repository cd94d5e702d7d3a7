import { EntitySchema } from 'typeorm';

/**
 * A training module of a certificate standard. Standards are owned by the
 * enterprise subgraph; here they are referred to by code only.
 */
export interface CertificateModuleRow {
  /** e.g. X-OSOP-1-M1. */
  code: string;
  standardCode: string;
  title: string;
  /** Credits earned when the module assessment is passed. */
  credits: number;
  /** Teaching order within the standard, from 1. */
  sequence: number;
  /** Class hours. */
  hours: number;
  /** The institution offering the module: a school, a college or an enterprise. */
  providerId: string;
}

export const CertificateModuleEntity = new EntitySchema<CertificateModuleRow>({
  name: 'CertificateModule',
  tableName: 'certificate_module',
  columns: {
    code: { type: 'varchar', length: 40, primary: true },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    title: { type: 'varchar', length: 200 },
    credits: { type: 'double' },
    sequence: { type: 'int' },
    hours: { type: 'int' },
    providerId: { name: 'provider_id', type: 'varchar', length: 64 },
  },
  // The unique key also serves lookups by standard (its leading column).
  uniques: [{ name: 'uq_certificate_module_standard_sequence', columns: ['standardCode', 'sequence'] }],
});
