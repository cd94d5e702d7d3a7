import { EntitySchema } from 'typeorm';

/**
 * Every retirement of a credit rule, append-only. A retirement dated before
 * the day it is made is a correction, and carries the caller's reason.
 */
export interface CreditRuleRetirementRow {
  id: number;
  ruleId: number;
  effectiveTo: string;
  /** The day ("today", China Standard Time) the retirement was made. */
  retiredOn: string;
  correctionReason: string | null;
  retiredBy: string;
  retiredAt: string;
}

export const CreditRuleRetirementEntity = new EntitySchema<CreditRuleRetirementRow>({
  name: 'CreditRuleRetirement',
  tableName: 'credit_rule_retirement',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    ruleId: { name: 'rule_id', type: 'int' },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10 },
    retiredOn: { name: 'retired_on', type: 'varchar', length: 10 },
    correctionReason: { name: 'correction_reason', type: 'varchar', length: 500, nullable: true },
    retiredBy: { name: 'retired_by', type: 'varchar', length: 200 },
    retiredAt: { name: 'retired_at', type: 'varchar', length: 30 },
  },
  indices: [{ name: 'idx_credit_rule_retirement_rule', columns: ['ruleId'] }],
});
