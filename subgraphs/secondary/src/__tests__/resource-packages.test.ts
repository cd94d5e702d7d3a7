import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import type { Context } from '../context.ts';
import { secondarySubgraph } from '../definition.ts';
import { ResourcePackageEntity, type ResourcePackageRow } from '../resources/entities.ts';
import { newestPublishedPackage } from '../resources/packages.ts';
import { openHarness, testConfig, type Harness } from './harness.ts';

const kinds = await databaseKinds();

describe.each(kinds)('a module’s newest published resource package (%s)', (kind) => {
  let harness: Harness;
  const fresh = () => ({ loaders: secondarySubgraph.createLoaders(harness.db.dataSource, testConfig) }) as Context;

  beforeAll(async () => {
    harness = await openHarness(kind);
  });
  afterAll(async () => harness?.close());

  it('is the demo package of each Network Technology module, and none for a module without one', async () => {
    const found = await newestPublishedPackage(fresh(), 'X-NED-1-M2');
    expect(found).toMatchObject({ moduleCode: 'X-NED-1-M2', status: 'PUBLISHED', authorId: 'sch-riverside', coAuthorId: 'org-tianyi' });
    expect(await newestPublishedPackage(fresh(), 'X-OSOP-1-M1')).toBeNull();
  });

  it('is the latest confirmed, never a draft however new', async () => {
    const demo = (await newestPublishedPackage(fresh(), 'X-NED-1-M1'))!;
    const { id: _id, ...base } = demo;
    const add = async (row: Partial<ResourcePackageRow>) => Number((await harness.db.dataSource.getRepository(ResourcePackageEntity).insert({ ...base, ...row })).identifiers[0].id);
    const later = await add({ title: 'Revised', confirmedAt: '2025-03-01T00:00:00.000Z' });
    await add({ title: 'Draft', status: 'DRAFT', confirmedAt: null, confirmedBy: null, createdAt: '2026-01-01T00:00:00.000Z' });
    expect((await newestPublishedPackage(fresh(), 'X-NED-1-M1'))?.id).toBe(later);
  });
});
