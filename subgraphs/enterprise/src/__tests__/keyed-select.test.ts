import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In, type ObjectLiteral, type Repository } from 'typeorm';
import { findIn, type KeyedOrder } from '@guantong/shared/keyed-select';
import { databaseKinds } from '@guantong/shared/testing';
import { AwardEntity } from '../entities/award.ts';
import { JobRequirementEntity } from '../entities/curriculum.ts';
import { OrganizationEntity } from '../entities/organization.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

/** The keys to ask for: a sample of those in the table, one absent, and one repeated. */
async function sampleKeys(repo: Repository<ObjectLiteral>, key: string, take: number): Promise<unknown[]> {
  const values = [...new Set((await repo.find()).map((row) => row[key]))].slice(0, take);
  return [...values, 'absent-key', values[0]];
}

describe.each(kinds)('kept keyed selects return what findBy returns (%s)', (kind) => {
  let enterprise: Harness;
  beforeAll(async () => {
    enterprise = await openHarness(kind, { seed: true });
  });
  afterAll(async () => enterprise.close());

  // Booleans (SQLite 0/1, MariaDB TINYINT), doubles and nullable columns come back through the drivers' own transforms.
  const cases: [name: string, entity: Parameters<Harness['db']['dataSource']['getRepository']>[0], key: string, order: KeyedOrder][] = [
    ['awards by learner, newest first', AwardEntity, 'studentId', { issuedOn: 'DESC', serial: 'DESC' }],
    ['awards by learner', AwardEntity, 'studentId', {}],
    ['standards by code', StandardEntity, 'code', {}],
    ['recognitions by standard (booleans)', RecognitionEntity, 'fromCode', { id: 'ASC' }],
    ['job requirements by position (booleans, nullable)', JobRequirementEntity, 'positionId', { id: 'ASC' }],
    ['organisations by id', OrganizationEntity, 'id', {}],
  ];

  it.each(cases)('%s: the same entities, values and types, for 1, 7 and 60 keys', async (_name, entity, key, order) => {
    const repo = enterprise.db.dataSource.getRepository(entity) as Repository<ObjectLiteral>;
    for (const take of [1, 7, 60]) {
      const keys = await sampleKeys(repo, key, take);
      const expected = await repo.find({ where: { [key]: In(keys) }, order });
      const kept = await findIn(repo, key, keys, order);
      const byOrderOrKey = (rows: ObjectLiteral[]) => (Object.keys(order).length ? rows : [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
      expect(byOrderOrKey(kept)).toStrictEqual(byOrderOrKey(expected));
      // A second call with other keys of the same number reuses the statement and binds the new keys.
      const again = await findIn(repo, key, [...keys].reverse(), order);
      expect(byOrderOrKey(again)).toStrictEqual(byOrderOrKey(expected));
    }
  });

  it('asks nothing for no keys, and counts one statement per call as findBy does', async () => {
    const repo = enterprise.db.dataSource.getRepository(StandardEntity);
    const before = enterprise.db.statements.count;
    expect(await findIn(repo, 'code', [])).toEqual([]);
    expect(enterprise.db.statements.count).toBe(before);
    await findIn(repo, 'code', ['X-NE-2', 'X-ICV-2']);
    expect(enterprise.db.statements.count).toBe(before + 1);
  });
});
