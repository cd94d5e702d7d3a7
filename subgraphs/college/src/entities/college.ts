import { EntitySchema } from 'typeorm';

/** A higher vocational college (高职). */
export interface CollegeRow {
  id: string;
  name: string;
  /** City and province. */
  region: string;
}

export const CollegeEntity = new EntitySchema<CollegeRow>({
  name: 'College',
  tableName: 'college',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    name: { type: 'varchar', length: 200 },
    region: { type: 'varchar', length: 100 },
  },
});
