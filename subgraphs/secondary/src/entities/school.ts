import { EntitySchema } from 'typeorm';

/** A secondary vocational school. Public catalogue data. */
export interface SchoolRow {
  id: string;
  name: string;
  /** City and province. */
  region: string;
}

export const SchoolEntity = new EntitySchema<SchoolRow>({
  name: 'SecondarySchool',
  tableName: 'secondary_school',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    name: { type: 'varchar', length: 200 },
    region: { type: 'varchar', length: 200 },
  },
});
