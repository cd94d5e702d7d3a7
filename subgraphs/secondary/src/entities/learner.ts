import { EntitySchema } from 'typeorm';

/**
 * A learner enrolled at a secondary school. The national ID number belongs to a
 * minor: it is kept only to refuse a second enrolment of the same person, is
 * never exposed by the API and must never be logged.
 */
export interface LearnerRow {
  /** Hub-wide learner id, issued here on enrolment. */
  id: string;
  name: string;
  /** GB 11643 citizen ID number. Sensitive. */
  nationalId: string;
  /** ISO date, taken from the national ID. */
  birthDate: string;
}

/** What resolvers may read of a learner: everything but the national ID. */
export type LearnerProfile = Omit<LearnerRow, 'nationalId'>;

export const LearnerEntity = new EntitySchema<LearnerRow>({
  name: 'Learner',
  tableName: 'learner',
  columns: {
    id: { type: 'varchar', length: 12, primary: true },
    name: { type: 'varchar', length: 200 },
    nationalId: { name: 'national_id', type: 'varchar', length: 18 },
    birthDate: { name: 'birth_date', type: 'varchar', length: 10 },
  },
  uniques: [{ name: 'uq_learner_national_id', columns: ['nationalId'] }],
});
