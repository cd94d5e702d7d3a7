import { EntitySchema } from 'typeorm';

/**
 * One rung of the stackable ladder: `standardCode` is awarded only to learners
 * who hold `requiresCode` (or a standard recognised as it). Public catalogue data.
 */
export interface PrerequisiteRow {
  standardCode: string;
  requiresCode: string;
}

export const PrerequisiteEntity = new EntitySchema<PrerequisiteRow>({
  name: 'StandardPrerequisite',
  tableName: 'standard_prerequisite',
  columns: {
    // The pair is the key: a standard requires another at most once.
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, primary: true },
    requiresCode: { name: 'requires_code', type: 'varchar', length: 32, primary: true },
  },
});
