import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { AwardEntity } from '../entities/award.ts';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const REVOKE = /* GraphQL */ `
  mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { serial status revokedOn revocationReason } }
`;

describe.each(kinds)('an issuer revokes a certificate (%s)', (kind) => {
  let hub: Harness;
  let serial: string;
  beforeAll(async () => {
    hub = await openHarness(kind);
    const award = await hub.db.dataSource.getRepository(AwardEntity).findOneByOrFail({ standardCode: 'X-NED-1', status: 'VALID' });
    serial = award.serial;
  });
  afterAll(() => hub?.close());

  const statusOf = async (s: string) => (await hub.db.dataSource.getRepository(AwardEntity).findOneByOrFail({ serial: s })).status;

  it('another organisation may not revoke it, and nothing changes', async () => {
    const res = await hub.run(callers.huadong, REVOKE, { input: { serial, reason: 'not ours' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await statusOf(serial)).toBe('VALID');
  });

  it('a revocation date before the issue date is refused, and nothing changes', async () => {
    const res = await hub.run(callers.zhongxin, REVOKE, { input: { serial, reason: 'audit', revokedOn: '2001-01-01' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('revokedOn');
    expect(await statusOf(serial)).toBe('VALID');
  });

  it('the issuer revokes it with a reason and a date', async () => {
    const res = await hub.run<{ revokeCertificate: { status: string; revokedOn: string; revocationReason: string } }>(callers.zhongxin, REVOKE, { input: { serial, reason: 'assessment irregularity found on audit', revokedOn: '2026-11-01' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.revokeCertificate).toMatchObject({ status: 'REVOKED', revokedOn: '2026-11-01', revocationReason: 'assessment irregularity found on audit' });
    expect(await statusOf(serial)).toBe('REVOKED');
  });

  it('revoking it again is a CONFLICT; an unknown serial is NOT_FOUND', async () => {
    expect(codeOf(await hub.run(callers.zhongxin, REVOKE, { input: { serial, reason: 'again' } }))).toBe('CONFLICT');
    expect(codeOf(await hub.run(callers.zhongxin, REVOKE, { input: { serial: 'NO-SUCH-1', reason: 'x' } }))).toBe('NOT_FOUND');
  });
});
