/**
 * Accreditations as stored: each row with its history, read in one statement
 * for any number of rows, and turned into the timeline the rules reason about.
 */
import { In, type EntityManager, type FindOptionsWhere, type Repository } from 'typeorm';
import { compareText } from '@guantong/shared/loaders';
import { AccreditationEventEntity, type AccreditationEventRow } from '../entities/accreditation-event.ts';
import { AccreditationEntity, type AccreditationRow } from '../entities/accreditation.ts';
import type { Accreditation, StatusChange } from './timeline.ts';

/** A stored accreditation with its history: what resolvers and the rules receive. */
export interface AccreditationRecord extends AccreditationRow, Accreditation {
  /** Every step, oldest first. */
  events: AccreditationEventRow[];
  changes: StatusChange[];
}

/** Earliest first day first; the id breaks ties so the order is stable. */
export const byValidFromThenId = (a: AccreditationRow, b: AccreditationRow): number =>
  compareText(a.validFrom, b.validFrom) || compareText(a.id, b.id);

/** Attaches each row's history, read in one statement (none for no rows). */
export async function withHistory(events: Repository<AccreditationEventRow>, rows: readonly AccreditationRow[], lock = false): Promise<AccreditationRecord[]> {
  if (rows.length === 0) return [];
  const found = await events.find({ where: { accreditationId: In(rows.map((row) => row.id)) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  const byAccreditation = new Map<string, AccreditationEventRow[]>(rows.map((row) => [row.id, []]));
  for (const event of found.sort((a, b) => a.id - b.id)) byAccreditation.get(event.accreditationId)?.push(event);
  return rows.map((row) => {
    const own = byAccreditation.get(row.id) ?? [];
    return { ...row, events: own, changes: own.map(({ status, effectiveOn, reason }) => ({ status, effectiveOn, reason })) };
  });
}

/**
 * The accreditations matching `where`, with their history, inside a write
 * transaction, locked on MariaDB (SQLite runs write transactions one at a
 * time). Locking reads see the latest committed rows whatever the
 * transaction read before: a change of status waits for an award that relies
 * on the old one, or the award waits for the change and sees it, so no award
 * slips past a suspension being recorded. The locks are exclusive (FOR
 * UPDATE): TypeORM writes shared locks as FOR SHARE, which MariaDB does not
 * know, and exclusive ones make two changes queue rather than deadlock.
 * Awards of one standard by one issuer therefore commit one at a time.
 */
export async function readLocked(em: EntityManager, where: FindOptionsWhere<AccreditationRow>): Promise<AccreditationRecord[]> {
  const lock = em.connection.options.type === 'mysql';
  const rows = await em.find(AccreditationEntity, { where, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  return withHistory(em.getRepository(AccreditationEventEntity), rows.sort(byValidFromThenId), lock);
}
