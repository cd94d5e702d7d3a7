import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { In } from 'typeorm';
import { enterpriseSubgraph } from '../definition.ts';
import { Accreditation1768200000000 } from '../migrations/1768200000000-Accreditation.ts';
import { ladderOrganizations, ladderPrerequisites, ladderRecognitions, ladderStandards } from '../demo/ladder.ts';
import { AwardEntity } from '../entities/award.ts';
import { OrganizationEntity } from '../entities/organization.ts';
import { PrerequisiteEntity } from '../entities/prerequisite.ts';
import { RecognitionEventEntity } from '../entities/recognition-event.ts';
import { RecognitionEntity, type RecognitionRow } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity } from '../entities/accreditation.ts';
import { ExamSessionEntity } from '../entities/exam-session.ts';
import { demoAccreditations, demoExamSessions } from '../demo/accreditations.ts';
import { missingPrerequisites } from '../prerequisites/ladder.ts';
import { NET_GRADUATE, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const config = loadConfig({});
const TABLES = [
  'certification_organization', 'certificate_standard', 'certificate_award', 'recognition_agreement', 'recognition_event', 'standard_prerequisite',
  'credential_status_list', 'credential_status_entry', 'credential_share',
  'issuer_accreditation', 'issuer_accreditation_event', 'certificate_exam_session',
  'content_unit', 'content_unit_item', 'job_position', 'job_requirement',
];
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
/** An agreement's terms, as the demo dataset and the table both state them. */
const termsOf = ({ id, fromCode, toCode, mutual, effectiveFrom, effectiveTo, basis }: Omit<RecognitionRow, 'status' | 'proposerOrgId' | 'counterpartOrgId' | 'agreedAt'>) => ({
  id, fromCode, toCode, mutual, effectiveFrom, effectiveTo, basis,
});

describe.each(kinds)('the demo dataset and the schema (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind, { seed: false });
  });
  afterAll(() => hub?.close());

  it('seeds an empty database once, with the catalogue, the ladder additions and every award of the demo roster', async () => {
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(true);
    const { awards } = demoRoster();
    expect(await hub.count(OrganizationEntity)).toBe(catalog.organizations.length + ladderOrganizations.length);
    expect(await hub.count(StandardEntity)).toBe(catalog.standards.length + ladderStandards.length);
    expect(await hub.count(RecognitionEntity)).toBe(catalog.recognitions.length + ladderRecognitions.length);
    expect(await hub.count(PrerequisiteEntity)).toBe(ladderPrerequisites.length);
    expect(await hub.count(AwardEntity)).toBe(awards.length);
    expect(await hub.count(AccreditationEntity)).toBe(demoAccreditations.length);
    expect(await hub.count(AccreditationEventEntity)).toBe(demoAccreditations.flatMap((a) => a.steps).length);
    expect(await hub.count(ExamSessionEntity)).toBe(demoExamSessions(awards).length);
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(false);
    expect(await hub.count(AwardEntity)).toBe(awards.length);
    expect(await hub.count(AccreditationEntity)).toBe(demoAccreditations.length);
  });

  it('accredits every demo evaluation organisation for each 1+X standard it awards, and no enterprise', async () => {
    const accredited = new Set(demoAccreditations.map((a) => `${a.organizationId} ${a.standardCode}`));
    const issuing = [...catalog.standards, ...ladderStandards].filter((s) => s.kind === 'VOCATIONAL_SKILL_LEVEL').map((s) => `${s.issuerId} ${s.code}`);
    expect([...accredited].sort()).toEqual([...new Set(issuing)].sort());
    const enterprises = new Set([...catalog.organizations, ...ladderOrganizations].filter((o) => o.kind === 'ENTERPRISE').map((o) => o.id));
    expect(demoAccreditations.filter((a) => enterprises.has(a.organizationId))).toEqual([]);
  });

  it('stores awards and agreements exactly as the demo dataset has them, printed with the learner’s name', async () => {
    const { awards, students } = demoRoster();
    const nameOf = new Map(students.map((s) => [s.id, s.name]));
    const stored = await hub.db.dataSource.getRepository(AwardEntity).find();
    const bySerial = (a: { serial: string }, b: { serial: string }) => (a.serial < b.serial ? -1 : 1);
    expect(stored.sort(bySerial)).toEqual(awards.map((a) => ({ ...a, holderName: nameOf.get(a.studentId) })).sort(bySerial));
    expect(stored.find((a) => a.serial === 'NED1-2023-000001')).toMatchObject({ studentId: NET_GRADUATE, holderName: '孙一诺' });
    const agreements = await hub.db.dataSource.getRepository(RecognitionEntity).find();
    expect(agreements.map(termsOf).sort(byId)).toEqual([...catalog.recognitions, ...ladderRecognitions].map(termsOf).sort(byId));
  });

  it('stores each demo agreement as agreed by both issuers, with its history, and the one pending proposal as PROPOSED', async () => {
    const repository = hub.db.dataSource.getRepository(RecognitionEntity);
    const parties = (await repository.find()).sort(byId).map((a) => [a.id, a.status, a.proposerOrgId, a.counterpartOrgId]);
    expect(parties).toEqual([
      ['rec-huadong-xinghe', 'AGREED', 'org-xinghe', 'org-huadong'],
      ['rec-icv-huadong', 'AGREED', 'org-huadong', 'org-zhilian'],
      ['rec-icv-xinghe', 'AGREED', 'org-zhilian', 'org-xinghe'],
      ['rec-ned-tianyi', 'AGREED', 'org-tianyi', 'org-zhongxin'],
      ['rec-tianyi-ned', 'PROPOSED', 'org-tianyi', 'org-zhongxin'],
    ]);
    const events = await hub.db.dataSource.getRepository(RecognitionEventEntity).find({ where: { agreementId: In(['rec-ned-tianyi', 'rec-tianyi-ned']) }, order: { id: 'ASC' } });
    expect(events.map((e) => [e.agreementId, e.kind, e.organizationId, e.actorSubject])).toEqual([
      ['rec-ned-tianyi', 'PROPOSED', 'org-tianyi', 'demo:staff@org-tianyi'],
      ['rec-ned-tianyi', 'ACCEPTED', 'org-zhongxin', 'demo:staff@org-zhongxin'],
      ['rec-tianyi-ned', 'PROPOSED', 'org-tianyi', 'demo:staff@org-tianyi'],
    ]);
  });

  it('every demo award respects the demo ladder: each X-NE-2 and X-OSOP-2 holder held the rung below first', async () => {
    const em = hub.db.dataSource.manager;
    const laddered = await em.findBy(AwardEntity, { standardCode: In(ladderPrerequisites.map((r) => r.standardCode)) });
    expect(laddered.length).toBeGreaterThan(10);
    for (const award of laddered) expect([award.serial, await missingPrerequisites(em, award)]).toEqual([award.serial, []]);
  });

  it('a demo database seeded before the ladder gets the additions once, and keeps its prerequisites once it has some', async () => {
    const { manager } = hub.db.dataSource;
    await manager.clear(PrerequisiteEntity);
    await manager.delete(RecognitionEntity, { id: In(ladderRecognitions.map((r) => r.id)) });
    await manager.delete(StandardEntity, { code: In(ladderStandards.map((s) => s.code)) });
    await manager.delete(OrganizationEntity, { id: In(ladderOrganizations.map((o) => o.id)) });
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(true);
    expect((await manager.find(RecognitionEntity)).map(termsOf).sort(byId)).toEqual([...catalog.recognitions, ...ladderRecognitions].map(termsOf).sort(byId));
    expect(await hub.count(PrerequisiteEntity)).toBe(ladderPrerequisites.length);
    await manager.delete(PrerequisiteEntity, { standardCode: 'X-OSOP-2' });
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(false);
    expect(await hub.count(PrerequisiteEntity)).toBe(ladderPrerequisites.length - 1);
  });

  it('a demo database seeded before accreditations gets them, with their history and the exam sessions, once', async () => {
    const { dataSource } = hub.db;
    const migrations = enterpriseSubgraph.migrations as unknown[];
    const later = migrations.length - migrations.indexOf(Accreditation1768200000000);
    for (let i = 0; i < later; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await hub.count(AccreditationEntity)).toBe(0);
    expect(await enterpriseSubgraph.seedDemo(dataSource, config)).toBe(true);
    expect(await hub.count(AccreditationEntity)).toBe(demoAccreditations.length);
    expect(await hub.count(ExamSessionEntity)).toBe(demoExamSessions(demoRoster().awards).length);
    const history = await dataSource.getRepository(AccreditationEventEntity).find({ where: { accreditationId: 'acc-xinshang-osop1-2023' }, order: { id: 'ASC' } });
    expect(history.map((e) => [e.kind, e.status, e.effectiveOn, e.actorSubject])).toEqual([
      ['GRANTED', 'ACTIVE', '2023-01-01', 'demo:supervisor'],
      ['SUSPENDED', 'SUSPENDED', '2026-10-15', 'demo:supervisor'],
    ]);
    expect(await enterpriseSubgraph.seedDemo(dataSource, config)).toBe(false);
  });

  it('the migrations can be reverted, dropping every table they created', async () => {
    const { dataSource } = hub.db;
    for (const _migration of enterpriseSubgraph.migrations as unknown[]) await dataSource.undoLastMigration({ transaction: 'each' });
    const runner = dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(false);
    } finally {
      await runner.release();
    }
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await hub.count(AwardEntity)).toBe(0);
  });
});
