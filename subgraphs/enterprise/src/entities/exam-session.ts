import { EntitySchema } from 'typeorm';

/**
 * A sitting of a standard's formal exam, as its issuer reports it: how many
 * candidates sat and how many passed. Counts only, no learner: it is what the
 * issuing report's pass rate is computed from, the awards being only the passes.
 */
export interface ExamSessionRow {
  /** e.g. exs- and a random UUID. */
  id: string;
  standardCode: string;
  /** ISO date the exam was held. */
  heldOn: string;
  candidates: number;
  passed: number;
  /** ISO 8601 instant (UTC) it was recorded. */
  recordedAt: string;
  /** The token subject of the member of staff who recorded it. */
  recordedBy: string;
}

export const ExamSessionEntity = new EntitySchema<ExamSessionRow>({
  name: 'ExamSession',
  tableName: 'certificate_exam_session',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32 },
    heldOn: { name: 'held_on', type: 'varchar', length: 10 },
    candidates: { type: 'integer' },
    passed: { type: 'integer' },
    recordedAt: { name: 'recorded_at', type: 'varchar', length: 24 },
    recordedBy: { name: 'recorded_by', type: 'varchar', length: 200 },
  },
  indices: [{ name: 'idx_exam_session_standard_held', columns: ['standardCode', 'heldOn'] }],
});
