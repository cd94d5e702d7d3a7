import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { catalog, demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { enterpriseSubgraph } from '../definition.ts';
import { AwardEntity } from '../entities/award.ts';
import { OrganizationEntity } from '../entities/organization.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { NET_GRADUATE, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const config = loadConfig({});
const TABLES = ['certification_organization', 'certificate_standard', 'certificate_award', 'recognition_agreement'];

describe.each(kinds)('the demo dataset and the schema (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind, { seed: false });
  });
  afterAll(() => hub?.close());

  it('seeds an empty database once, with the catalogue and every award of the demo roster', async () => {
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(true);
    const { awards } = demoRoster();
    expect(await hub.count(OrganizationEntity)).toBe(catalog.organizations.length);
    expect(await hub.count(StandardEntity)).toBe(catalog.standards.length);
    expect(await hub.count(RecognitionEntity)).toBe(catalog.recognitions.length);
    expect(await hub.count(AwardEntity)).toBe(awards.length);
    expect(await enterpriseSubgraph.seedDemo(hub.db.dataSource, config)).toBe(false);
    expect(await hub.count(AwardEntity)).toBe(awards.length);
  });

  it('stores awards and agreements exactly as the demo dataset has them, printed with the learner’s name', async () => {
    const { awards, students } = demoRoster();
    const nameOf = new Map(students.map((s) => [s.id, s.name]));
    const stored = await hub.db.dataSource.getRepository(AwardEntity).find();
    const bySerial = (a: { serial: string }, b: { serial: string }) => (a.serial < b.serial ? -1 : 1);
    expect(stored.sort(bySerial)).toEqual(awards.map((a) => ({ ...a, holderName: nameOf.get(a.studentId) })).sort(bySerial));
    expect(stored.find((a) => a.serial === 'NED1-2023-000001')).toMatchObject({ studentId: NET_GRADUATE, holderName: '孙一诺' });
    const agreements = await hub.db.dataSource.getRepository(RecognitionEntity).find();
    expect(agreements.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...catalog.recognitions].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('the migration can be reverted, dropping every table it created', async () => {
    const { dataSource } = hub.db;
    await dataSource.undoLastMigration({ transaction: 'each' });
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
