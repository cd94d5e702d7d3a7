/**
 * The story: an enterprise without the learner's consent sees only the
 * certificate's authenticity; with the learner's consent for CERTIFICATES it
 * sees the learner's certificates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActiveGrant } from '@guantong/shared/policy';
import { databaseKinds } from '@guantong/shared/testing';
import { NET_GRADUATE, REVOKED_HOLDER, callers, consentTo, entryOf, holderNameOf, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const CERTIFICATES = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id certificates { nodes { serial status standard { code } } } } } }
`;
const VERIFY = /* GraphQL */ `
  query($serial: String!, $name: String!) {
    verifyCertificate(serial: $serial, holderName: $name) {
      authentic status issuedOn revokedOn
      standard { code issuer { id } recognitions { counterpart { code } mutual effectiveFrom effectiveTo } }
    }
  }
`;
interface Certificates { _entities: { id: string; certificates: { nodes: { serial: string; status: string; standard: { code: string } }[] } | null }[] }
interface Verified { verifyCertificate: Record<string, unknown> }

/** A Network Technology graduate: X-NED-1 and X-NE-2 from Zhongxin; Huadong has no tie to them. */
const NED_SERIAL = 'NED1-2023-000001';
const NOT_AUTHENTIC = { authentic: false, status: null, issuedOn: null, revokedOn: null, standard: null };

describe.each(kinds)('an enterprise without the learner’s consent sees only the certificate’s authenticity (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const certificatesSeenByHuadong = async (grants: ActiveGrant[]) => {
    const { data, errors } = await hub.run<Certificates>(callers.huadong, CERTIFICATES, {
      r: [studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro'], grants)],
    });
    expect(errors).toBeUndefined();
    return data?._entities[0]?.certificates?.nodes.map((c) => c.serial);
  };
  const verify = (serial: string, name: string) => hub.run<Verified>(callers.huadong, VERIFY, { serial, name });

  it('Huadong, with no grant, gets none of the learner’s certificates but is told why, and the refused look is audited', async () => {
    const audit = await hub.auditedBy(async () => {
      const { data, errors } = await hub.run<Certificates>(callers.huadong, CERTIFICATES, { r: [studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro'])] });
      expect([data?._entities[0]?.certificates, errors?.[0]?.extensions?.code]).toEqual([null, 'FORBIDDEN']);
    });
    expect(audit.map(entryOf)).toEqual([
      {
        service: 'enterprise', actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', studentId: NET_GRADUATE,
        parts: 'CERTIFICATES:certificates', outcome: 'DENIED', reason: expect.stringContaining('consent for CERTIFICATES'), purpose: null,
      },
    ]);
  });

  it('…but verifying the serial with the holder’s name says authentic, with its status, standard and recognitions', async () => {
    let reply: Awaited<ReturnType<typeof verify>> | undefined;
    const audit = await hub.auditedBy(async () => {
      reply = await verify(NED_SERIAL, holderNameOf(NET_GRADUATE));
    });
    expect(reply?.errors).toBeUndefined();
    expect(reply?.data?.verifyCertificate).toEqual({
      authentic: true,
      status: 'VALID',
      issuedOn: '2023-06-20',
      revokedOn: null,
      standard: {
        code: 'X-NED-1',
        issuer: { id: 'org-zhongxin' },
        recognitions: [{ counterpart: { code: 'E-TY-NT' }, mutual: false, effectiveFrom: '2024-01-01', effectiveTo: '2028-12-31' }],
      },
    });
    expect(audit.map(entryOf)).toEqual([
      {
        service: 'enterprise', actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', studentId: NET_GRADUATE,
        parts: 'CERTIFICATES:verification', outcome: 'ALLOWED', reason: 'verification', purpose: 'certificate verification',
      },
    ]);
  });

  it('a wrong name and an unknown serial both answer “not authentic”, identically', async () => {
    const wrongName = await verify(NED_SERIAL, '孙一');
    const unknownSerial = await verify('NED1-2023-999999', holderNameOf(NET_GRADUATE));
    expect(wrongName).toEqual({ data: { verifyCertificate: NOT_AUTHENTIC }, errors: undefined });
    expect(unknownSerial).toEqual(wrongName);
  });

  it('a revoked certificate is still authentic, and says it is revoked and since when', async () => {
    const { data, errors } = await verify('NED1-2024-000077', holderNameOf(REVOKED_HOLDER));
    expect(errors).toBeUndefined();
    expect(data?.verifyCertificate).toMatchObject({ authentic: true, status: 'REVOKED', issuedOn: '2024-06-20', revokedOn: '2025-03-01', standard: { code: 'X-NED-1' } });
  });

  it('with the learner’s consent for CERTIFICATES, Huadong sees all their certificates, audited with the grant’s purpose', async () => {
    const audit = await hub.auditedBy(async () => {
      expect(await certificatesSeenByHuadong([consentTo('org-huadong', 'CERTIFICATES')])).toEqual(['NE2-2026-000002', NED_SERIAL]);
    });
    expect(audit.map((e) => [e.organizationId, e.parts, e.outcome, e.reason, e.purpose])).toEqual([
      ['org-huadong', 'CERTIFICATES:certificates', 'ALLOWED', 'consent', 'recruitment'],
    ]);
  });

  it.each([
    ['consent for RESULTS only', [consentTo('org-huadong', 'RESULTS', 'IDENTITY')]],
    ['consent given to another enterprise', [consentTo('org-tianyi', 'CERTIFICATES')]],
  ])('%s does not show Huadong the certificates: FORBIDDEN, naming the consent it needs', async (_case, grants) => {
    const audit = await hub.auditedBy(async () => {
      const { data, errors } = await hub.run<Certificates>(callers.huadong, CERTIFICATES, { r: [studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro'], grants)] });
      expect(data?._entities[0]?.certificates).toBeNull();
      expect(errors?.map((e) => [e.extensions?.code, e.message.includes('consent for CERTIFICATES')])).toEqual([['FORBIDDEN', true]]);
    });
    expect(audit.map((e) => [e.organizationId, e.outcome])).toEqual([['org-huadong', 'DENIED']]);
  });
});
