import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refuseAuditEntries } from '@guantong/shared/audit-faults';
import { verifyChain } from '@guantong/shared/audit-verify';
import { databaseKinds } from '@guantong/shared/testing';
import { AwardEntity } from '../entities/award.ts';
import { callers, freshLearner, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const AWARD = /* GraphQL */ `mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }`;

let next = 0;
const awardOf = (studentId: string, standardCode: string) => ({
  studentId, holderName: 'Audit Tester', standardCode, serial: `AUDITED-${(next += 1)}`, issuedOn: '2026-06-01', score: 88,
});

describe.each(kinds)('an award and its audit entry are stored together or not at all (%s)', (kind) => {
  let hub: Harness;
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  afterAll(() => hub?.close());

  const award = (input: ReturnType<typeof awardOf>) => {
    hub.schoolEnrols(input.studentId, input.holderName);
    return hub.run(callers.zhongxin, AWARD, { input });
  };
  const stored = (serial: string) => hub.db.dataSource.getRepository(AwardEntity).countBy({ serial });

  it('when the audit store refuses the ladder check’s entry, the award is not written, the answer says to retry, and the retry succeeds', async () => {
    const learner = freshLearner();
    expect((await award(awardOf(learner, 'X-NED-1'))).errors).toBeUndefined();
    const climb = awardOf(learner, 'X-NE-2');

    restore = await refuseAuditEntries(hub.audit.dataSource);
    const refused = await award(climb);
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(refused.errors?.[0].extensions?.retryable).toBe(true);
    expect(refused.errors?.[0].message).toMatch(/could not be recorded in the audit trail, so nothing was written/);
    expect(await stored(climb.serial)).toBe(0);

    await restore();
    restore = undefined;
    const retried = await award(climb);
    expect(retried.errors).toBeUndefined();
    expect(await stored(climb.serial)).toBe(1);
    const entries = await hub.audit.dataSource.query('SELECT parts, outcome FROM audit_entry WHERE student_id = ?', [learner]);
    expect(entries).toContainEqual({ parts: 'CERTIFICATES:awardCertificate', outcome: 'ALLOWED' });
    expect((await verifyChain(hub.audit.dataSource)).broken).toBeUndefined();
  });

  it('an award that reads nothing of the record is stored while the audit store is down: there is no entry to lose', async () => {
    restore = await refuseAuditEntries(hub.audit.dataSource);
    const first = awardOf(freshLearner(), 'X-NED-1');
    expect((await award(first)).errors).toBeUndefined();
    expect(await stored(first.serial)).toBe(1);
  });
});
