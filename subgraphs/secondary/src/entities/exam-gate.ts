import { EntitySchema } from 'typeorm';

/** A standard's preliminary-exam threshold, where it differs from (or confirms) the default. */
export interface ExamGateRow {
  standardCode: string;
  /** Best preliminary score (0–100) needed to register for the formal exam. */
  preliminaryThreshold: number;
}

export const ExamGateEntity = new EntitySchema<ExamGateRow>({
  name: 'ExamGate',
  tableName: 'exam_gate',
  columns: {
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, primary: true },
    preliminaryThreshold: { name: 'preliminary_threshold', type: 'double' },
  },
});
