/**
 * An equivalence never raises a learner's level. proposeRecognition refuses
 * such agreements today, but one stored before that rule (written straight
 * into the table here) must not let an ENTRY holder count as an INTERMEDIATE
 * standard: not in recognizedCertificates, not on the ladder.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { AwardEntity } from '../entities/award.ts';
import { RecognitionEntity, type RecognitionRow } from '../entities/recognition.ts';
import { callers, freshLearner, openHarness, studentRef, type Harness } from './harness.ts';
import { pinToday, readerOf } from './recognized.ts';

const kinds = await databaseKinds();
pinToday();

const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }';
const RUNG = 'mutation($s: ID!, $r: ID!) { addPrerequisite(standardCode: $s, requiresCode: $r) { code } }';

/** An agreement both issuers agreed to before levels were checked. */
const legacy = (id: string, fromCode: string, toCode: string, proposerOrgId: string, counterpartOrgId: string): RecognitionRow => ({
  id, fromCode, toCode, mutual: true, effectiveFrom: '2023-01-01', effectiveTo: null, basis: 'stored before the level rule',
  status: 'AGREED', proposerOrgId, counterpartOrgId, agreedAt: '2022-12-01T00:00:00.000Z',
});

describe.each(kinds)('recognition never raises a level (%s)', (kind) => {
  let hub: Harness;
  beforeEach(async () => {
    hub = await openHarness(kind);
  });
  afterEach(() => hub?.close());
  const { linesSeenBy } = readerOf(() => hub);

  let serial = 0;
  const award = (actor: Actor, studentId: string, standardCode: string) => {
    hub.schoolEnrols(studentId, 'Level Tester');
    const input = { studentId, holderName: 'Level Tester', standardCode, serial: `LEVEL-${kind}-${(serial += 1)}`, issuedOn: '2026-06-01', score: 88 };
    return hub.run(actor, AWARD, { input });
  };

  it('after a mutual link ENTRY X-NED-1 ⇄ INTERMEDIATE X-NE-2, an X-NED-1 holder does not count as X-NE-2; an X-NE-2 holder counts as X-NED-1', async () => {
    await hub.db.dataSource.getRepository(RecognitionEntity).insert(legacy('rec-legacy-ned', 'X-NED-1', 'X-NE-2', 'org-zhongxin', 'org-zhongxin'));
    const entry = freshLearner();
    expect((await award(callers.zhongxin, entry, 'X-NED-1')).errors).toBeUndefined();
    // Before, the path search followed the mutual link upward and listed X-NE-2 here.
    expect((await linesSeenBy(callers.admin, studentRef(entry, [])))?.map((l) => l.standard)).toEqual(['E-TY-NT']);

    // Written straight in: the ladder would want X-NED-1 first, and this learner is to hold X-NE-2 alone.
    const intermediate = freshLearner();
    await hub.db.dataSource.getRepository(AwardEntity).insert({
      serial: `LEVEL-${kind}-NE2`, studentId: intermediate, holderName: 'Level Tester', standardCode: 'X-NE-2', issuedOn: '2026-06-01', score: 80, status: 'VALID', revokedOn: null, revocationReason: null,
    });
    expect(await linesSeenBy(callers.admin, studentRef(intermediate, []))).toEqual([
      expect.objectContaining({ standard: 'X-NED-1', path: ['rec-legacy-ned'] }),
    ]);
  });

  it('the ladder does not let an ENTRY certificate meet an INTERMEDIATE rung through such a link', async () => {
    await hub.db.dataSource.getRepository(RecognitionEntity).insert(legacy('rec-legacy-icv', 'X-NED-1', 'X-ICV-2', 'org-zhongxin', 'org-zhilian'));
    expect((await hub.run(callers.xinghe, RUNG, { s: 'E-XH-ADAS', r: 'X-ICV-2' })).errors).toBeUndefined();
    const learner = freshLearner();
    expect((await award(callers.zhongxin, learner, 'X-NED-1')).errors).toBeUndefined();
    const refused = await award(callers.xinghe, learner, 'E-XH-ADAS');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/requires X-ICV-2/);
  });
});
