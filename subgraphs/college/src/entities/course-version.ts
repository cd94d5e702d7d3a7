import { EntitySchema } from 'typeorm';

/**
 * A version of a college course: what it was called and worth from one day
 * to another. A course without version rows has one version, its catalogue
 * row. A committee's decision adds a version; earlier ones stay as history.
 */
export interface CourseVersionRow {
  courseCode: string;
  version: number;
  title: string;
  credits: number;
  hours: number;
  /** Null for the course as first catalogued, whose start was not recorded. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  /** The committee proposal whose decision created it; null for the course as first catalogued. */
  proposalId: number | null;
}

export const CourseVersionEntity = new EntitySchema<CourseVersionRow>({
  name: 'CourseVersion',
  tableName: 'college_course_version',
  columns: {
    courseCode: { name: 'course_code', type: 'varchar', length: 32, primary: true },
    version: { type: 'int', primary: true },
    title: { type: 'varchar', length: 200 },
    credits: { type: 'double' },
    hours: { type: 'int' },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10, nullable: true },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    proposalId: { name: 'proposal_id', type: 'int', nullable: true },
  },
});
