import { EntitySchema } from 'typeorm';

/**
 * The last learner serial issued in a cohort. Enrolments take the next serial
 * by updating this row, so concurrent enrolments of one cohort queue on its
 * lock for a moment instead of drawing the same serial and failing.
 */
export interface LearnerSerialRow {
  /** Entry year, e.g. 2025. */
  cohort: number;
  /** 0 before the cohort's first learner; learner ids use 1 to 99,999. */
  lastSerial: number;
}

export const LearnerSerialEntity = new EntitySchema<LearnerSerialRow>({
  name: 'LearnerSerial',
  tableName: 'learner_serial',
  columns: {
    cohort: { type: 'int', primary: true },
    lastSerial: { name: 'last_serial', type: 'int' },
  },
});
