/**
 * When the audit store cannot take an entry, the client is told so, with a
 * code it can act on (SERVICE_UNAVAILABLE, retryable), through the gateway;
 * and a write whose entry could not be stored is not stored either.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { refuseAuditEntries } from '@guantong/shared/audit-faults';
import { verifyChain } from '@guantong/shared/audit-verify';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../../helpers/operations.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // 李一诺, holds X-NED-1: may climb to X-NE-2
const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial status } }';

describe.each(kinds)('an audit store that refuses entries (%s)', (kind) => {
  let hub: Hub;
  let restore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  afterAll(() => hub?.stop());

  it('a read is withheld with SERVICE_UNAVAILABLE and the subgraph’s own message, not “Internal server error”', async () => {
    restore = await refuseAuditEntries(hub.audit.dataSource);
    const res = await hub.query<{ student: unknown }>(FIVE_YEAR_RECORD, { id: NET }, await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' }));
    expect(res.status).toBe(200);
    expect(res.data?.student ?? null).toBeNull();
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors!) {
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(error.message).toMatch(/could not be recorded in the audit trail/);
    }
  });

  it('awardCertificate whose ladder entry cannot be recorded stores nothing; the retry is awarded, not a CONFLICT', async () => {
    const zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const input = { studentId: NET, holderName: '李一诺', standardCode: 'X-NE-2', serial: 'NE2-2026-770001', issuedOn: '2026-11-01', score: 90 };
    const count = async () => Number((await hub.databases.enterprise.dataSource.query('SELECT COUNT(*) AS n FROM certificate_award WHERE serial = ?', [input.serial]))[0].n);
    restore = await refuseAuditEntries(hub.audit.dataSource, 'enterprise');
    const refused = await hub.query(AWARD, { input }, zhongxin);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(await count()).toBe(0);
    await restore();
    restore = undefined;
    const retried = await hub.query(AWARD, { input }, zhongxin);
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ awardCertificate: { serial: input.serial, status: 'VALID' } });
    expect(await count()).toBe(1);
    expect((await verifyChain(hub.audit.dataSource)).broken).toBeUndefined();
  });
});
