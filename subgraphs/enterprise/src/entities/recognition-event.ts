import { EntitySchema } from 'typeorm';

export type RecognitionEventKind = 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

/**
 * One step in an agreement's history: who gave (or took back) which
 * organisation's word, and when. Append-only: triggers refuse UPDATE and
 * DELETE, so the history is evidence, not a cache of the current state.
 */
export interface RecognitionEventRow {
  /** Increasing: an agreement's history is read in id order. */
  id: number;
  agreementId: string;
  kind: RecognitionEventKind;
  /** ISO 8601 instant, UTC. */
  at: string;
  /** The token subject of the member of staff who acted. */
  actorSubject: string;
  /** The organisation whose word it was. */
  organizationId: string;
  /** For a withdrawal: the last day the agreement counts. */
  effectiveTo: string | null;
  /** Why (a decline or withdrawal), in the party's words. */
  reason: string | null;
}

export const RecognitionEventEntity = new EntitySchema<RecognitionEventRow>({
  name: 'RecognitionEvent',
  tableName: 'recognition_event',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 64 },
    kind: { type: 'varchar', length: 16 },
    at: { type: 'varchar', length: 24 },
    actorSubject: { name: 'actor_subject', type: 'varchar', length: 200 },
    organizationId: { name: 'organization_id', type: 'varchar', length: 64 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    reason: { type: 'varchar', length: 500, nullable: true },
  },
  indices: [{ name: 'idx_recognition_event_agreement', columns: ['agreementId'] }],
});
