import { EntitySchema } from 'typeorm';

/**
 * A version of an agreement's progression requirements, in force from a date
 * until the next version's. Version 1 (the requirements an agreement started
 * with) has no row: it is in force from the agreement's start.
 */
export interface RequirementVersionRow {
  agreementId: string;
  version: number;
  effectiveFrom: string;
  recordedBy: string;
  recordedAt: string;
}

export const RequirementVersionEntity = new EntitySchema<RequirementVersionRow>({
  name: 'ProgressionRequirementVersion',
  tableName: 'progression_requirement_version',
  columns: {
    // The pair is the key: two concurrent new versions cannot both be version n.
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32, primary: true },
    version: { type: 'int', primary: true },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    recordedBy: { name: 'recorded_by', type: 'varchar', length: 200 },
    recordedAt: { name: 'recorded_at', type: 'varchar', length: 30 },
  },
});
