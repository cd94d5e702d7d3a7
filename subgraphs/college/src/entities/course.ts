import { EntitySchema } from 'typeorm';

/** A course taught at the higher stage. The code is unique within this subgraph. */
export interface CourseRow {
  code: string;
  programCode: string;
  title: string;
  credits: number;
  hours: number;
}

export const CourseEntity = new EntitySchema<CourseRow>({
  name: 'CollegeCourse',
  tableName: 'college_course',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    programCode: { name: 'program_code', type: 'varchar', length: 32 },
    title: { type: 'varchar', length: 200 },
    credits: { type: 'double' },
    hours: { type: 'int' },
  },
  indices: [{ name: 'idx_college_course_program', columns: ['programCode'] }],
});
