import { EntitySchema } from 'typeorm';

/** Pass mark for every college course. */
export const PASS_MARK = 60;

/**
 * A learner's score in one college course in one term. The natural key
 * (learner, course, term) is the primary key, so a second result for the same
 * term is refused by the database as well as by the mutation's pre-check.
 */
export interface CourseResultRow {
  studentId: string;
  courseCode: string;
  /** Academic year then semester, e.g. 2025-2026-1. */
  term: string;
  score: number;
}

export const CourseResultEntity = new EntitySchema<CourseResultRow>({
  name: 'CollegeCourseResult',
  tableName: 'college_course_result',
  columns: {
    studentId: { name: 'student_id', type: 'varchar', length: 32, primary: true },
    courseCode: { name: 'course_code', type: 'varchar', length: 32, primary: true },
    term: { type: 'varchar', length: 16, primary: true },
    score: { type: 'double' },
  },
  // The primary key starts with studentId, which serves lookups by learner.
  indices: [{ name: 'idx_college_course_result_course', columns: ['courseCode'] }],
});
