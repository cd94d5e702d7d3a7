/**
 * Accreditation of issuers through the gateway: the supervisor suspends an
 * issuer, its new awards are refused while the earlier ones still verify as
 * made under accreditation, and the issuing report is the supervisor's and
 * the issuer's alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const SET = 'mutation($input: SetAccreditationStatusInput!) { setAccreditationStatus(input: $input) { status statusFrom history { nodes { kind actorSubject } } } }';
const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }';
const VERIFY = 'query($serial: String!, $name: String!) { verifyCertificate(serial: $serial, holderName: $name) { authentic issuerAccreditation { standing accreditation { id status } organization { name } } } }';
const REPORT = 'query($org: ID!) { issuingReport(organizationId: $org, from: "2026-01", to: "2026-12") { totals { month awards } byStandard(first: 5) { totalCount nodes { standard { code name } month awards passRate } } } }';

describe.each(kinds)('accreditation of issuers through the gateway (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  let zhongxin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
    zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
  });
  afterAll(() => hub?.stop());

  it('a suspended issuer’s new award is refused and nothing is written, while its earlier award verifies as made under accreditation', async () => {
    const suspended = await hub.query<{ setAccreditationStatus: { status: string; history: { nodes: { kind: string; actorSubject: string | null }[] } } }>(
      SET, { input: { id: 'acc-zhongxin-ne2-2023', status: 'SUSPENDED', reason: 'supervision visit after a complaint' } }, admin,
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.setAccreditationStatus.history.nodes.map((e) => e.kind)).toEqual(['GRANTED', 'SUSPENDED']);

    const { awards, students } = demoRoster();
    const earlier = awards.find((a) => a.standardCode === 'X-NE-2')!;
    const graduate = students.find((s) => s.id === earlier.studentId)!;
    const refused = await hub.query(AWARD, { input: { studentId: graduate.id, holderName: graduate.name, standardCode: 'X-NE-2', serial: 'NE2-2026-880001', issuedOn: '2026-11-20', score: 91 } }, zhongxin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/was suspended from \d{4}-\d{2}-\d{2} \(supervision visit after a complaint\)/);
    const missing = await hub.query<{ verifyCertificate: { authentic: boolean } }>(VERIFY, { serial: 'NE2-2026-880001', name: graduate.name }, admin);
    expect(missing.data!.verifyCertificate.authentic).toBe(false);

    const checked = await hub.query<{ verifyCertificate: Record<string, unknown> }>(VERIFY, { serial: earlier.serial, name: graduate.name }, zhongxin);
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.verifyCertificate).toEqual({
      authentic: true,
      issuerAccreditation: { standing: 'ACCREDITED', accreditation: { id: 'acc-zhongxin-ne2-2023', status: 'SUSPENDED' }, organization: { name: 'Zhongxin Network Skills Evaluation Centre' } },
    });
  });

  it('the issuing report is the issuer’s and the supervisor’s, and anyone may see who is accredited', async () => {
    const own = await hub.query<{ issuingReport: { totals: { month: string; awards: number }[]; byStandard: { totalCount: number; nodes: { standard: { code: string } }[] } } }>(REPORT, { org: 'org-zhongxin' }, zhongxin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.issuingReport.byStandard.totalCount).toBe(24);
    expect(own.data!.issuingReport.totals.find((t) => t.month === '2026-06')?.awards).toBeGreaterThan(20);
    const xinshang = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-xinshang' });
    const other = await hub.query(REPORT, { org: 'org-zhongxin' }, xinshang);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hub.query(REPORT, { org: 'org-zhongxin' }, admin)).errors).toBeUndefined();

    const open = await hub.query<{ accreditationStanding: { standing: string; explanation: string } }>(
      '{ accreditationStanding(organizationId: "org-xinshang", standardCode: "X-OSOP-1", on: "2026-11-01") { standing explanation } }',
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.accreditationStanding.standing).toBe('SUSPENDED');
  });
});
