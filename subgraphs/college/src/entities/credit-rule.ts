import { EntitySchema } from 'typeorm';

export const CREDIT_RULE_KINDS = ['CERTIFICATE', 'COURSE_RESULT'] as const;
export type CreditRuleKind = (typeof CREDIT_RULE_KINDS)[number];

export const CERTIFICATE_LEVELS = ['ENTRY', 'INTERMEDIATE', 'ADVANCED'] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

/**
 * A credit bank conversion rule of one agreement: evidence (an award of a
 * certificate standard, or a secondary course result) earns exemption from
 * college courses and a number of credits. Rules are never deleted, only
 * retired (an end date), so every past decision stays explainable.
 */
export interface CreditRuleRow {
  /** Auto-increment: of two rules at equal priority the lower (older) id wins. */
  id: number;
  agreementId: string;
  kind: CreditRuleKind;
  /** CERTIFICATE rules: the standard's code (owned by the enterprise subgraph). */
  standardCode: string | null;
  minLevel: CertificateLevel | null;
  minScore: number | null;
  /** COURSE_RESULT rules: the secondary course code (owned by the secondary subgraph). */
  secondaryCourseCode: string | null;
  /** College course codes of the agreement's programme, comma-separated. */
  exemptCourseCodes: string;
  credits: number;
  /** ISO dates; the evidence's date must fall in [effectiveFrom, effectiveTo]. */
  effectiveFrom: string;
  effectiveTo: string | null;
  priority: number;
  description: string;
}

export const exemptCodesOf = (rule: Pick<CreditRuleRow, 'exemptCourseCodes'>): string[] => rule.exemptCourseCodes.split(',');

export const CreditRuleEntity = new EntitySchema<CreditRuleRow>({
  name: 'CreditRule',
  tableName: 'credit_rule',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    kind: { type: 'varchar', length: 16 },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, nullable: true },
    minLevel: { name: 'min_level', type: 'varchar', length: 16, nullable: true },
    minScore: { name: 'min_score', type: 'double', nullable: true },
    secondaryCourseCode: { name: 'secondary_course_code', type: 'varchar', length: 32, nullable: true },
    exemptCourseCodes: { name: 'exempt_course_codes', type: 'varchar', length: 400 },
    credits: { type: 'double' },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    priority: { type: 'int' },
    description: { type: 'varchar', length: 500 },
  },
  indices: [{ name: 'idx_credit_rule_agreement', columns: ['agreementId', 'priority'] }],
});
