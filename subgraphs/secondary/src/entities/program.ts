import { EntitySchema } from 'typeorm';

/** A programme of study at one secondary school. */
export interface ProgramRow {
  /** Hub-wide programme code, e.g. SEC-NET: the college subgraph refers to it. */
  code: string;
  schoolId: string;
  name: string;
  durationYears: number;
}

export const ProgramEntity = new EntitySchema<ProgramRow>({
  name: 'SecondaryProgram',
  tableName: 'secondary_program',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    schoolId: { name: 'school_id', type: 'varchar', length: 64 },
    name: { type: 'varchar', length: 200 },
    durationYears: { name: 'duration_years', type: 'int' },
  },
  indices: [{ name: 'idx_secondary_program_school', columns: ['schoolId'] }],
});
