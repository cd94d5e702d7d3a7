/**
 * The certificate side of the articulation engine through the gateway: module
 * credits, the preliminary-exam gate, recognition chains and the ladder.
 */
import { demoRoster } from '@guantong/shared/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const EC = 'GT2022000028';
const AUTO_GRADUATE = 'GT2021000034';

interface Eligibility { eligible: boolean; bestPreliminaryScore: number | null; threshold: number; registered: boolean; reasons: string[] }

describe.each(kinds)('certificates: modules, the exam gate, recognition and the ladder (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  let hillview: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
    hillview = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
  });
  afterAll(() => hub?.stop());

  it('an e-commerce learner earns 2 credits per passed module of the 5-module X certificate', async () => {
    const modules = await hub.query<{ certificateModules: { nodes: { code: string; credits: number }[] } }>('{ certificateModules(standardCode: "X-OSOP-1") { nodes { code credits } } }');
    expect(modules.data!.certificateModules.nodes).toHaveLength(5);
    expect(modules.data!.certificateModules.nodes.every((m) => m.credits === 2)).toBe(true);
    const res = await hub.query<{ student: { moduleCredits: number; moduleAssessments: { nodes: { passed: boolean; module: { code: string } }[] } } }>('query($id: LearnerId!) { student(id: $id) { moduleCredits moduleAssessments { nodes { passed module { code } } } } }', { id: EC }, hillview);
    expect(res.errors).toBeUndefined();
    const passedModules = new Set(res.data!.student.moduleAssessments.nodes.filter((a) => a.passed).map((a) => a.module.code));
    expect(res.data!.student.moduleCredits).toBe(2 * passedModules.size);
  });

  it('the 80% gate: below the threshold registration is refused with the reason; at or above it succeeds', async () => {
    const cohort = await hub.query<{ students: { nodes: { id: string; examEligibility: Eligibility }[] } }>(
      '{ students(filter: { agreementId: "agr-ec" }, first: 100) { nodes { id examEligibility(standardCode: "X-OSOP-1") { eligible bestPreliminaryScore threshold registered reasons } } } }', {}, hillview,
    );
    expect(cohort.errors).toBeUndefined();
    const nodes = cohort.data!.students.nodes;
    const below = nodes.find((n) => n.examEligibility.bestPreliminaryScore !== null && n.examEligibility.bestPreliminaryScore < 80 && !n.examEligibility.registered);
    const above = nodes.find((n) => n.examEligibility.eligible);
    expect(below?.examEligibility).toMatchObject({ eligible: false, threshold: 80 });
    expect(below!.examEligibility.reasons.length).toBeGreaterThan(0);
    const REGISTER = 'mutation($input: ExamRegistrationInput!) { registerForCertificationExam(input: $input) { standardCode registeredOn } }';
    const refused = await hub.query(REGISTER, { input: { studentId: below!.id, standardCode: 'X-OSOP-1' } }, hillview);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/80/);
    const accepted = await hub.query(REGISTER, { input: { studentId: above!.id, standardCode: 'X-OSOP-1' } }, hillview);
    expect(accepted.errors).toBeUndefined();
    const again = await hub.query<{ student: { examEligibility: Eligibility } }>('query($id: LearnerId!) { student(id: $id) { examEligibility(standardCode: "X-OSOP-1") { eligible registered } } }', { id: above!.id }, hillview);
    expect(again.data!.student.examEligibility).toMatchObject({ registered: true, eligible: false });
  });

  it('a certificate counts transitively through mutual agreements, a cycle included, each standard once', async () => {
    const res = await hub.query<{ student: { recognizedCertificates: { nodes: { standard: { code: string }; award: { serial: string }; path: { id: string }[] }[] } } }>(
      'query($id: LearnerId!) { student(id: $id) { recognizedCertificates { nodes { standard { code } award { serial } path { id mutual } effectiveFrom effectiveTo } } } }', { id: AUTO_GRADUATE }, admin,
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data!.student.recognizedCertificates.nodes.map((r) => r.standard.code);
    expect(codes).toContain('E-XH-ADAS');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('X-ICV-2'); // held directly, not "recognised as"
  });

  it('the ladder: an intermediate certificate is refused to a learner without the entry one, and nothing is written', async () => {
    const zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const ecName = demoRoster().students.find((s) => s.id === EC)!.name;
    const res = await hub.query('mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }', { input: { studentId: EC, holderName: ecName, standardCode: 'X-NE-2', serial: 'NE2-2026-990001', issuedOn: '2026-11-01', score: 90 } }, zhongxin);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/X-NED-1/);
    const check = await hub.query<{ verifyCertificate: { authentic: boolean } }>('query($name: String!) { verifyCertificate(serial: "NE2-2026-990001", holderName: $name) { authentic } }', { name: ecName }, admin);
    expect(check.data!.verifyCertificate.authentic).toBe(false);
  });
});
