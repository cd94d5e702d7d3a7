import { EntitySchema } from 'typeorm';

/** Tier 3: a learner registered for a standard's formal certification exam. Once per learner and standard. */
export interface ExamRegistrationRow {
  studentId: string;
  standardCode: string;
  /** ISO date. */
  registeredOn: string;
}

export const ExamRegistrationEntity = new EntitySchema<ExamRegistrationRow>({
  name: 'ExamRegistration',
  tableName: 'exam_registration',
  columns: {
    studentId: { name: 'student_id', type: 'varchar', length: 12, primary: true },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, primary: true },
    registeredOn: { name: 'registered_on', type: 'varchar', length: 10 },
  },
});
