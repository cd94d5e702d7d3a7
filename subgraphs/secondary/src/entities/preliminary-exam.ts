import { EntitySchema } from 'typeorm';

/** Tier 2: one sitting of a standard's preliminary exam. A learner may sit it again on another day. */
export interface PreliminaryExamRow {
  id: number;
  studentId: string;
  standardCode: string;
  score: number;
  /** ISO date. */
  takenOn: string;
}

export const PreliminaryExamEntity = new EntitySchema<PreliminaryExamRow>({
  name: 'PreliminaryExam',
  tableName: 'preliminary_exam',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    score: { type: 'double' },
    takenOn: { name: 'taken_on', type: 'varchar', length: 10 },
  },
  // One sitting per learner, standard and day; the key also serves lookups by learner.
  uniques: [{ name: 'uq_preliminary_exam_student_standard_date', columns: ['studentId', 'standardCode', 'takenOn'] }],
});
