/**
 * How an institution maps its own courses, kept in its own database (the
 * school's and the college's alike): the competency items a course teaches,
 * with class hours and a target level, and the certificate content units it
 * covers, with class hours. Rows are versioned by effective dates and never
 * rewritten: a new mapping closes the rows it replaces the day before it starts.
 */
import { EntitySchema } from 'typeorm';

export interface CourseCompetencyRow {
  id: number;
  courseCode: string;
  /** A competency item of the college's frameworks (its CASE identifier). */
  itemId: string;
  hours: number;
  /** 1 (awareness) to 5 (expert). */
  targetLevel: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface CourseContentRow {
  id: number;
  courseCode: string;
  /** A standard and content unit of the enterprise catalogue. */
  standardCode: string;
  unitCode: string;
  hours: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  recordedBy: string;
  recordedAt: string;
}

const dated = {
  effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
  effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
  recordedBy: { name: 'recorded_by', type: 'varchar', length: 200 },
  recordedAt: { name: 'recorded_at', type: 'varchar', length: 30 },
} as const;

export const CourseCompetencyEntity = new EntitySchema<CourseCompetencyRow>({
  name: 'CourseCompetency',
  tableName: 'course_competency',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    courseCode: { name: 'course_code', type: 'varchar', length: 32 },
    itemId: { name: 'item_id', type: 'varchar', length: 36 },
    hours: { type: 'double' },
    targetLevel: { name: 'target_level', type: 'int' },
    ...dated,
  },
  indices: [{ name: 'idx_course_competency_course', columns: ['courseCode'] }],
});

export const CourseContentEntity = new EntitySchema<CourseContentRow>({
  name: 'CourseContent',
  tableName: 'course_content',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    courseCode: { name: 'course_code', type: 'varchar', length: 32 },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    unitCode: { name: 'unit_code', type: 'varchar', length: 32 },
    hours: { type: 'double' },
    ...dated,
  },
  indices: [{ name: 'idx_course_content_course', columns: ['courseCode'] }],
});
