import { EntitySchema } from 'typeorm';

/** A learner's secondary stage. A learner has at most one on the hub. */
export interface EnrollmentRow {
  studentId: string;
  schoolId: string;
  programCode: string;
  /** Entry year, e.g. 2025. */
  cohort: number;
  /** ISO date. */
  enrolledOn: string;
  /** ISO date the stage ended (completed or withdrawn), or null while it continues. */
  completedOn: string | null;
}

export const EnrollmentEntity = new EntitySchema<EnrollmentRow>({
  name: 'SecondaryEnrollment',
  tableName: 'secondary_enrollment',
  columns: {
    // The learner id is the key: one secondary enrolment per learner.
    studentId: { name: 'student_id', type: 'varchar', length: 12, primary: true },
    schoolId: { name: 'school_id', type: 'varchar', length: 64 },
    programCode: { name: 'program_code', type: 'varchar', length: 32 },
    cohort: { type: 'int' },
    enrolledOn: { name: 'enrolled_on', type: 'varchar', length: 10 },
    completedOn: { name: 'completed_on', type: 'varchar', length: 10, nullable: true },
  },
  indices: [
    { name: 'idx_secondary_enrollment_school', columns: ['schoolId'] },
    { name: 'idx_secondary_enrollment_program', columns: ['programCode'] },
  ],
});
