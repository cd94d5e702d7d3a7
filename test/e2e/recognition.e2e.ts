/**
 * Recognition as a two-party agreement, seen through the gateway: what a
 * pending, accepted and withdrawn agreement counts for in the college's
 * progression check and in a learner's recognised certificates; and what an
 * issuer reads of a learner it awarded certificates to, without consent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '@guantong/shared/clock';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // Riverside → Metro; holds X-NED-1 from Zhongxin
const NET_FIRST_YEAR = 'GT2024000136'; // SECONDARY stage, Network Technology, no X-NED-1
const AUTO_GRADUATE = 'GT2021000034'; // X-ICV-2 from Zhilian, E-HD-ICVT from Huadong

const CHECK = /* GraphQL */ `
  query($id: LearnerId!) { student(id: $id) {
    recognizedCertificates { nodes { standard { code } path { id } } }
    progression { checks { requirement { kind } met detail } }
  } }
`;
interface Checked {
  student: { recognizedCertificates: { nodes: { standard: { code: string }; path: { id: string }[] }[] }; progression: { checks: { requirement: { kind: string }; met: boolean; detail: string }[] } };
}
const AGREEMENT = 'id status effectiveTo history { nodes { kind organization { id } } }';

/** Yesterday in China Standard Time: the earliest last day a withdrawal may give. */
const yesterdayInChina = () => addDays(todayInChina(), -1);

describe.each(kinds)('recognition agreed by both issuers, through the gateway (%s)', (kind) => {
  let hub: Hub;
  let college: string;
  let tianyi: string;
  let zhongxin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
    zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
  });
  afterAll(() => hub?.stop());

  /** What the college sees: the learner's recognised certificates, and whether the X-NED-1 requirement of progression is met. */
  const seenByCollege = async () => {
    const res = await hub.query<Checked>(CHECK, { id: NET_FIRST_YEAR }, college);
    expect(res.errors).toBeUndefined();
    const { recognizedCertificates, progression } = res.data!.student;
    return {
      recognized: recognizedCertificates.nodes.map((r) => [r.standard.code, r.path.map((p) => p.id)]),
      certificate: progression.checks.find((c) => c.requirement.kind === 'REQUIRED_CERTIFICATE')!,
    };
  };

  it('Tianyi’s pending proposal counts for nothing; accepted by Zhongxin it counts; withdrawn, it stops after its last day', async () => {
    const award = { studentId: NET_FIRST_YEAR, holderName: demoRoster().students.find((s) => s.id === NET_FIRST_YEAR)!.name, standardCode: 'E-TY-NT', serial: 'TYNT-2026-000001', issuedOn: '2026-06-01', score: 88 };
    expect((await hub.query('mutation($i: AwardCertificateInput!) { awardCertificate(input: $i) { serial } }', { i: award }, tianyi)).errors).toBeUndefined();

    const pending = await seenByCollege();
    expect(pending.recognized).toEqual([]);
    expect(pending.certificate).toMatchObject({ met: false, detail: expect.stringContaining('no valid X-NED-1 certificate or recognised equivalent') });

    const accepted = await hub.query<{ acceptRecognition: { status: string } }>(`mutation { acceptRecognition(id: "rec-tianyi-ned") { ${AGREEMENT} } }`, {}, zhongxin);
    expect(accepted.data?.acceptRecognition).toMatchObject({ status: 'AGREED', history: { nodes: [{ kind: 'PROPOSED', organization: { id: 'org-tianyi' } }, { kind: 'ACCEPTED', organization: { id: 'org-zhongxin' } }] } });
    const agreed = await seenByCollege();
    expect(agreed.recognized).toEqual([['X-NED-1', ['rec-tianyi-ned']]]);
    expect(agreed.certificate).toMatchObject({ met: true, detail: expect.stringContaining('recognised as X-NED-1') });

    const withdrawn = await hub.query<{ withdrawRecognition: { status: string; effectiveTo: string } }>(
      `mutation($to: Date!) { withdrawRecognition(id: "rec-tianyi-ned", effectiveTo: $to, reason: "the technician grade was redesigned") { ${AGREEMENT} } }`, { to: yesterdayInChina() }, zhongxin,
    );
    expect(withdrawn.data?.withdrawRecognition).toMatchObject({ status: 'WITHDRAWN', effectiveTo: yesterdayInChina() });
    const ended = await seenByCollege();
    expect(ended.recognized).toEqual([]);
    expect(ended.certificate.met).toBe(false);
  });

  it('the public catalogue lists only agreements both issuers agreed to', async () => {
    const LISTED = '{ certificateStandard(code: "E-XH-ADAS") { recognitions { id } } }';
    const listed = async () => (await hub.query<{ certificateStandard: { recognitions: { id: string }[] } }>(LISTED)).data!.certificateStandard.recognitions.map((r) => r.id);
    const before = await listed();
    const xinghe = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-xinghe' });
    const proposed = await hub.query<{ proposeRecognition: { id: string } }>(
      'mutation($i: ProposeRecognitionInput!) { proposeRecognition(input: $i) { id } }',
      { i: { fromCode: 'E-XH-ADAS', toCode: 'X-NE-2', direction: 'ONE_WAY', effectiveFrom: '2026-01-01', basis: 'Xinghe asks Zhongxin to count its technicians as network engineers' } }, xinghe,
    );
    expect(proposed.errors).toBeUndefined();
    expect(await listed()).toEqual(before);
    expect(before).not.toContain(proposed.data!.proposeRecognition.id);
  });

  describe('an enterprise reading a learner without consent', () => {
    it('an issuer reads the awards it issued to the learner, and only those', async () => {
      const zhilian = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhilian' });
      const res = await hub.query<{ student: { certificates: { nodes: { serial: string; standard: { code: string } }[] } } }>(
        'query($id: LearnerId!) { student(id: $id) { certificates { nodes { serial standard { code } } } } }', { id: AUTO_GRADUATE }, zhilian,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.student.certificates.nodes.map((c) => c.standard.code)).toEqual(['X-ICV-2']);
      const ned = await hub.query<{ student: { certificates: { nodes: { standard: { code: string } }[] } } }>('query($id: LearnerId!) { student(id: $id) { certificates { nodes { standard { code } } } } }', { id: NET }, zhongxin);
      expect(ned.errors).toBeUndefined();
      expect(ned.data!.student.certificates.nodes.map((c) => c.standard.code)).toContain('X-NED-1');
    });

    it('an enterprise asking only for certificates is told it needs consent for CERTIFICATES, not RESULTS', async () => {
      const huadong = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
      const res = await hub.query<{ student: { certificates: unknown } | null }>('query($id: LearnerId!) { student(id: $id) { certificates { nodes { serial } } } }', { id: NET }, huadong);
      expect(res.data?.student?.certificates ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0].message).toMatch(/consent for CERTIFICATES/);
      expect(res.errors?.[0].message).not.toMatch(/RESULTS/);
    });
  });
});
