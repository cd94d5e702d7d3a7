import { EntitySchema } from 'typeorm';

/**
 * An articulation agreement: one five-year pathway from a secondary programme
 * into a college programme. The secondary side is owned by the secondary
 * subgraph, so its school and programme are kept here as plain ids.
 */
export interface AgreementRow {
  id: string;
  name: string;
  collegeId: string;
  collegeProgramCode: string;
  secondarySchoolId: string;
  secondaryProgramCode: string;
  /** ISO date (YYYY-MM-DD) from which cohorts may be registered. */
  effectiveFrom: string;
  /** ISO date after which no cohort may be registered; null when open-ended. */
  effectiveTo: string | null;
  /** The most credits a learner may transfer into the college programme under this agreement (credit bank cap). */
  maxTransferCredits: number;
}

export const AgreementEntity = new EntitySchema<AgreementRow>({
  name: 'ArticulationAgreement',
  tableName: 'articulation_agreement',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    name: { type: 'varchar', length: 200 },
    collegeId: { name: 'college_id', type: 'varchar', length: 32 },
    collegeProgramCode: { name: 'college_program_code', type: 'varchar', length: 32 },
    secondarySchoolId: { name: 'secondary_school_id', type: 'varchar', length: 32 },
    secondaryProgramCode: { name: 'secondary_program_code', type: 'varchar', length: 32 },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    maxTransferCredits: { name: 'max_transfer_credits', type: 'double' },
  },
  indices: [
    { name: 'idx_agreement_college', columns: ['collegeId'] },
    { name: 'idx_agreement_college_program', columns: ['collegeProgramCode'] },
    // Staff list scopes filter on the school: keep that lookup indexed.
    { name: 'idx_agreement_secondary_school', columns: ['secondarySchoolId'] },
  ],
});
