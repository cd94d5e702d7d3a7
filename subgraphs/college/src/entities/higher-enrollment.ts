import { EntitySchema } from 'typeorm';

/** A learner's higher stage at a college: at most one per learner. */
export interface HigherEnrollmentRow {
  studentId: string;
  collegeId: string;
  programCode: string;
  /** ISO date, YYYY-MM-DD. */
  enrolledOn: string;
  /** ISO date the stage ended, or null while it continues. */
  completedOn: string | null;
}

export const HigherEnrollmentEntity = new EntitySchema<HigherEnrollmentRow>({
  name: 'HigherEnrollment',
  tableName: 'higher_enrollment',
  columns: {
    studentId: { name: 'student_id', type: 'varchar', length: 32, primary: true },
    collegeId: { name: 'college_id', type: 'varchar', length: 32 },
    programCode: { name: 'program_code', type: 'varchar', length: 32 },
    enrolledOn: { name: 'enrolled_on', type: 'varchar', length: 10 },
    completedOn: { name: 'completed_on', type: 'varchar', length: 10, nullable: true },
  },
  indices: [
    { name: 'idx_higher_enrollment_college', columns: ['collegeId'] },
    { name: 'idx_higher_enrollment_program', columns: ['programCode'] },
  ],
});
