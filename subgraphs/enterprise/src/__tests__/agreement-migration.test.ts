import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { RecognitionEventEntity } from '../entities/recognition-event.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { RecognitionGraph } from '../recognition/paths.ts';
import { openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

describe.each(kinds)('the migration to two-party agreements (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind, { seed: false });
  });
  afterAll(() => hub?.close());

  it('carries an agreement one issuer made alone over as its PROPOSED one, with a history entry saying so, counting for nothing', async () => {
    const { dataSource } = hub.db;
    // Back to just before the agreements, whatever migrations came after them.
    const executed = async () => ((await dataSource.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);
    while ((await executed()).includes('RecognitionAgreements1767398400300')) await dataSource.undoLastMigration({ transaction: 'each' });
    const standard = 'INSERT INTO certificate_standard (code, name, kind, level, description, issuer_id) VALUES (?, ?, ?, ?, ?, ?)';
    await dataSource.query(standard, ['X-OLD-1', 'Old X', 'VOCATIONAL_SKILL_LEVEL', 'ENTRY', 'd', 'org-eval']);
    await dataSource.query(standard, ['E-OLD-1', 'Old grade', 'ENTERPRISE_TECHNICAL', 'ENTRY', 'd', 'org-firm']);
    await dataSource.query(
      'INSERT INTO recognition_agreement (id, from_code, to_code, mutual, effective_from, effective_to, basis) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ['rec-old', 'E-OLD-1', 'X-OLD-1', 1, '2024-01-01', null, 'declared by the firm alone'],
    );
    await dataSource.runMigrations({ transaction: 'each' });

    const carried = await dataSource.getRepository(RecognitionEntity).findOneByOrFail({ id: 'rec-old' });
    expect(carried).toMatchObject({ status: 'PROPOSED', proposerOrgId: 'org-firm', counterpartOrgId: 'org-eval', agreedAt: null, mutual: true });
    const history = await dataSource.getRepository(RecognitionEventEntity).findBy({ agreementId: 'rec-old' });
    expect(history.map((e) => [e.kind, e.organizationId, e.actorSubject])).toEqual([['PROPOSED', 'org-firm', 'migration']]);
    expect(history[0]?.reason).toMatch(/counts once the counterpart issuer accepts it/);
    expect(new RecognitionGraph([carried], '2025-01-01', new Map()).pathsFrom('E-OLD-1').size).toBe(0);
  });
});
