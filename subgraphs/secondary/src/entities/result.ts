import { EntitySchema } from 'typeorm';

/** A learner's score in one secondary course in one term. */
export interface ResultRow {
  id: number;
  studentId: string;
  courseCode: string;
  /** Academic year then semester, e.g. 2024-2025-1. */
  term: string;
  score: number;
}

export const ResultEntity = new EntitySchema<ResultRow>({
  name: 'SecondaryResult',
  tableName: 'secondary_result',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    courseCode: { name: 'course_code', type: 'varchar', length: 32 },
    term: { type: 'varchar', length: 11 },
    score: { type: 'double' },
  },
  // The unique key also serves lookups by learner (its leading column).
  uniques: [{ name: 'uq_secondary_result_student_course_term', columns: ['studentId', 'courseCode', 'term'] }],
  indices: [{ name: 'idx_secondary_result_course', columns: ['courseCode'] }],
});
