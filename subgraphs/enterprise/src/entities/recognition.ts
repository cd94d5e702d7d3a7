import { EntitySchema } from 'typeorm';

/**
 * A recognition agreement: holders of `fromCode` count as holders of `toCode`,
 * and, when `mutual`, the other way round too. Public catalogue data.
 */
export interface RecognitionRow {
  /** e.g. rec-icv-huadong; new agreements get rec- and a random UUID. */
  id: string;
  fromCode: string;
  toCode: string;
  mutual: boolean;
  /** ISO date the agreement takes effect. */
  effectiveFrom: string;
  /** ISO date it ends (inclusive), or null when open-ended. */
  effectiveTo: string | null;
  basis: string;
}

export const RecognitionEntity = new EntitySchema<RecognitionRow>({
  name: 'Recognition',
  tableName: 'recognition_agreement',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    fromCode: { name: 'from_code', type: 'varchar', length: 32 },
    toCode: { name: 'to_code', type: 'varchar', length: 32 },
    mutual: { type: 'boolean' },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    basis: { type: 'varchar', length: 500 },
  },
  // A standard's recognitions are looked up by either end of the agreement.
  indices: [
    { name: 'idx_recognition_from', columns: ['fromCode'] },
    { name: 'idx_recognition_to', columns: ['toCode'] },
  ],
});
