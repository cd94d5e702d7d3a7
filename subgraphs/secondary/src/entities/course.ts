import { EntitySchema } from 'typeorm';

/** A course of a secondary programme. */
export interface CourseRow {
  /** Unique within this subgraph, e.g. NET-S120. */
  code: string;
  programCode: string;
  title: string;
  credits: number;
  /** Class hours. */
  hours: number;
  /** The year of the five-year pathway (1–3 here) in which the course is taught. */
  pathwayYear: number;
}

export const CourseEntity = new EntitySchema<CourseRow>({
  name: 'SecondaryCourse',
  tableName: 'secondary_course',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    programCode: { name: 'program_code', type: 'varchar', length: 32 },
    title: { type: 'varchar', length: 200 },
    credits: { type: 'double' },
    hours: { type: 'int' },
    pathwayYear: { name: 'pathway_year', type: 'int' },
  },
  indices: [{ name: 'idx_secondary_course_program', columns: ['programCode'] }],
});
