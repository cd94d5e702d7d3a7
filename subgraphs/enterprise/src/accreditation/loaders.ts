/**
 * The accreditation loaders of a request: every standard (or id) asked for in
 * one tick costs two statements together, the rows and their histories.
 */
import { In, type DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity } from '../entities/accreditation.ts';
import { byValidFromThenId, withHistory, type AccreditationRecord } from './store.ts';

export function accreditationLoaders(db: DataSource) {
  const rows = db.getRepository(AccreditationEntity);
  const events = db.getRepository(AccreditationEventEntity);
  return {
    /** Every accreditation for each standard, of any organisation, earliest first. */
    accreditationsByStandard: groupLoader<string, AccreditationRecord>(
      async (codes) => withHistory(events, (await rows.findBy({ standardCode: In(codes) })).sort(byValidFromThenId)),
      (record) => record.standardCode,
    ),
    accreditationById: rowLoader<string, AccreditationRecord>(
      async (ids) => withHistory(events, await rows.findBy({ id: In(ids) })),
      (record) => record.id,
    ),
  };
}
