import { EntitySchema } from 'typeorm';

/** A programme of study at a college, e.g. COL-NET. */
export interface ProgramRow {
  code: string;
  collegeId: string;
  name: string;
  durationYears: number;
}

export const ProgramEntity = new EntitySchema<ProgramRow>({
  name: 'CollegeProgram',
  tableName: 'college_program',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    collegeId: { name: 'college_id', type: 'varchar', length: 32 },
    name: { type: 'varchar', length: 200 },
    durationYears: { name: 'duration_years', type: 'int' },
  },
  indices: [{ name: 'idx_college_program_college', columns: ['collegeId'] }],
});
