import { EntitySchema } from 'typeorm';

export const STAGES = ['SECONDARY', 'HIGHER', 'GRADUATED', 'WITHDRAWN'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A learner's place on the pathway registry: the hub's index of learners.
 * One row per learner, so the learner id is the primary key.
 */
export interface PathwayRow {
  studentId: string;
  agreementId: string;
  /** Cohort (entry) year, e.g. "2022". */
  cohort: string;
  stage: Stage;
  /** ISO date the learner was registered. */
  registeredOn: string;
  /**
   * ISO date of birth, as on the student-status register: it decides whether the
   * learner consents for themself (14 and over) or their guardian does. Null for
   * learners registered before the registry recorded it.
   */
  birthDate: string | null;
}

export const PathwayEntity = new EntitySchema<PathwayRow>({
  name: 'Pathway',
  tableName: 'pathway',
  columns: {
    studentId: { name: 'student_id', type: 'varchar', length: 32, primary: true },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    cohort: { type: 'varchar', length: 4 },
    stage: { type: 'varchar', length: 16 },
    registeredOn: { name: 'registered_on', type: 'varchar', length: 10 },
    birthDate: { name: 'birth_date', type: 'varchar', length: 10, nullable: true },
  },
  indices: [
    { name: 'idx_pathway_agreement', columns: ['agreementId'] },
    // `students` filters on these.
    { name: 'idx_pathway_cohort', columns: ['cohort'] },
    { name: 'idx_pathway_stage', columns: ['stage'] },
  ],
});
