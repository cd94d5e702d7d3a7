/**
 * The request's DataLoaders. Each batch is one `WHERE key IN (…)` statement, so
 * a page of 1,000 learners costs the same number of statements as a page of 10.
 *
 * Lists are sorted here rather than with ORDER BY: MariaDB compares text with
 * its collation and SQLite byte by byte, and the API must order rows the same
 * way on both.
 */
import { webhookSettings } from '@guantong/shared/feed/sealing';
import DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import { findIn } from '@guantong/shared/keyed-select';
import { compareText, groupLoader, rowLoader } from '@guantong/shared/loaders';
import { AwardEntity, type AwardRow } from './entities/award.ts';
import { OrganizationEntity, type OrganizationRow } from './entities/organization.ts';
import { PrerequisiteEntity, type PrerequisiteRow } from './entities/prerequisite.ts';
import { RecognitionEventEntity, type RecognitionEventRow } from './entities/recognition-event.ts';
import { RecognitionEntity, type RecognitionRow } from './entities/recognition.ts';
import { StandardEntity, type CertificateLevel, type StandardRow } from './entities/standard.ts';
import { RecognitionGraph } from './recognition/paths.ts';
import { recognitionViews, type RecognitionView } from './agreements/terms.ts';
import type { Config } from '@guantong/shared/config';
import { credentialLoaders } from './credentials/loaders.ts';
import { accreditationLoaders } from './accreditation/loaders.ts';
import { createCurriculumLoaders } from './curriculum/loaders.ts';

export type Loaders = ReturnType<typeof createLoaders>;

/** Newest first; the serial breaks ties so the order is stable. */
const newestFirst = (a: AwardRow, b: AwardRow) => compareText(b.issuedOn, a.issuedOn) || compareText(a.serial, b.serial);

/** Every standard's level, by code: the catalogue is small, like the agreements. */
export async function standardLevels(standards: Repository<StandardRow>): Promise<Map<string, CertificateLevel | null>> {
  const rows = await standards.find({ select: { code: true, level: true } });
  return new Map(rows.map((row) => [row.code, row.level]));
}

/** Creates fresh loaders for one request; never share them between callers. */
export function createLoaders(db: DataSource, config: Config) {
  const organizations = db.getRepository(OrganizationEntity);
  const standards = db.getRepository(StandardEntity);
  const awards = db.getRepository(AwardEntity);
  const recognitions = db.getRepository(RecognitionEntity);
  const prerequisites = db.getRepository(PrerequisiteEntity);
  const events = db.getRepository(RecognitionEventEntity);
  return {
    /** Webhook settings and the key that seals signing secrets, for registering change-feed subscriptions. */
    webhooks: webhookSettings(config),
    /** Signing identities and status entries of verifiable certificates (credentials/). */
    credentials: credentialLoaders(db, config),
    ...createCurriculumLoaders(db),
    organizationById: rowLoader<string, OrganizationRow>((ids) => findIn(organizations, 'id', ids), (row) => row.id),
    standardByCode: rowLoader<string, StandardRow>((codes) => findIn(standards, 'code', codes), (row) => row.code),
    awardsByStudent: groupLoader<string, AwardRow>(
      async (ids) => (await findIn(awards, 'studentId', ids)).sort(newestFirst),
      (row) => row.studentId,
    ),
    /**
     * What each standard is recognised as, in one statement for the whole batch:
     * `WHERE from_code IN (…) OR (to_code IN (…) AND mutual = true)`. A mutual
     * agreement between two standards of the batch is listed under both.
     */
    recognitionsByStandard: groupLoader<string, RecognitionView>(
      async (codes) => {
        const rows = await recognitions.find({ where: [{ fromCode: In(codes) }, { toCode: In(codes), mutual: true }] });
        return recognitionViews(rows, codes);
      },
      (view) => view.standardCode,
    ),
    /**
     * The whole recognition graph as in force on each day asked for. Chains
     * can run through any agreement, so all of them are read, in one
     * statement, instead of one round trip per hop: the catalogue is small
     * (the national credit bank holds a few thousand rules), and the cost no
     * longer depends on how long the chains are or how many learners ask.
     */
    recognitionGraphOn: new DataLoader<string, RecognitionGraph>(async (days) => {
      // The standards' levels too, so that no path raises one (see RecognitionGraph).
      const [agreements, levels] = await Promise.all([recognitions.find(), standardLevels(standards)]);
      return days.map((day) => new RecognitionGraph(agreements, day, levels));
    }),
    recognitionById: rowLoader<string, RecognitionRow>((ids) => findIn(recognitions, 'id', ids), (row) => row.id),
    /** Each agreement's history, oldest step first (ids increase as events are appended). */
    eventsByAgreement: groupLoader<string, RecognitionEventRow>(
      async (ids) => (await findIn(events, 'agreementId', ids)).sort((a, b) => a.id - b.id),
      (row) => row.agreementId,
    ),
    /** The rungs below each standard, ordered by the code of the standard required. */
    prerequisitesByStandard: groupLoader<string, PrerequisiteRow>(
      async (codes) => (await findIn(prerequisites, 'standardCode', codes)).sort((a, b) => compareText(a.requiresCode, b.requiresCode)),
      (row) => row.standardCode,
    ),
    ...accreditationLoaders(db),
  };
}
