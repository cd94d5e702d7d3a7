import { EntitySchema } from 'typeorm';
import type { AccreditationEventKind } from '../accreditation/rules.ts';
import type { AccreditationStatus } from '../accreditation/timeline.ts';

/**
 * One word of the supervisor in an accreditation's history: the grant, or a
 * suspension, reinstatement or withdrawal from a day on; who said it, when,
 * and why. Append-only: triggers refuse UPDATE and DELETE, so what was decided
 * is never lost.
 */
export interface AccreditationEventRow {
  /** Increasing: a history is read in id order. */
  id: number;
  accreditationId: string;
  kind: AccreditationEventKind;
  /** The status from `effectiveOn` on. */
  status: AccreditationStatus;
  /** ISO date the status takes effect. */
  effectiveOn: string;
  reason: string;
  /** ISO 8601 instant (UTC) it was recorded. */
  at: string;
  /** The token subject of the administrator who decided. */
  actorSubject: string;
}

export const AccreditationEventEntity = new EntitySchema<AccreditationEventRow>({
  name: 'AccreditationEvent',
  tableName: 'issuer_accreditation_event',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    accreditationId: { name: 'accreditation_id', type: 'varchar', length: 64 },
    kind: { type: 'varchar', length: 16 },
    status: { type: 'varchar', length: 16 },
    effectiveOn: { name: 'effective_on', type: 'varchar', length: 10 },
    reason: { type: 'varchar', length: 500 },
    at: { type: 'varchar', length: 24 },
    actorSubject: { name: 'actor_subject', type: 'varchar', length: 200 },
  },
  indices: [{ name: 'idx_accreditation_event_accreditation', columns: ['accreditationId'] }],
});
