/**
 * The articulation engine across the graph: the college decides credit and
 * progression from evidence the enterprise and secondary subgraphs own, brought
 * in through @requires on every request — never from copies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // HIGHER, valid X-NED-1, NET-S120 passed with 86
const REVOKED_HOLDER = 'GT2022000044'; // the demo's revoked X-NED-1

const TRANSFERS = /* GraphQL */ `
  query Transfers($id: LearnerId!) {
    student(id: $id) {
      creditTransfers {
        totalCredits
        transfers { status reason credits rule { id kind priority } evidence { kind certificateSerial standardCode secondaryCourseCode score } exemptedCourse { code } }
      }
    }
  }
`;

interface Transfer { status: string; reason: string | null; credits: number; rule: { id: string; kind: string; priority: number }; evidence: { kind: string; certificateSerial: string | null; standardCode: string | null }; exemptedCourse: { code: string } }
interface Summary { totalCredits: number; transfers: Transfer[] }

describe.each(kinds)('the articulation engine (%s)', (kind) => {
  let hub: Hub;
  let college: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
  });
  afterAll(() => hub?.stop());

  const transfersOf = async (id: string) => {
    const res = await hub.query<{ student: { creditTransfers: Summary } }>(TRANSFERS, { id }, college);
    expect(res.errors).toBeUndefined();
    return res.data!.student.creditTransfers;
  };

  it('@requires brings the certificates (enterprise) and results (secondary) into the college’s credit decision', async () => {
    const before = { ...hub.gateway.fetchCounts };
    const summary = await transfersOf(NET);
    const plan = hub.gateway.lastQueryPlan() ?? '';
    // College first (registry, access), then enterprise and secondary for the evidence, then college again to decide.
    expect(plan).toMatch(/Fetch\(service: "college"\)[\s\S]*Fetch\(service: "(enterprise|secondary)"\)[\s\S]*Fetch\(service: "(enterprise|secondary)"\)[\s\S]*Fetch\(service: "college"\)[\s\S]*creditTransfers/);
    expect(plan).toMatch(/certificateFacts \{[\s\S]*serial[\s\S]*status/);
    expect(plan).toMatch(/secondaryStage \{[\s\S]*resultFacts/);
    const delta = (name: string) => (hub.gateway.fetchCounts[name] ?? 0) - (before[name] ?? 0);
    expect(delta('college')).toBe(2);
    expect(delta('enterprise')).toBe(1);
    expect(delta('secondary')).toBe(1);
    const applied = summary.transfers.filter((t) => t.status === 'APPLIED');
    expect(applied.some((t) => t.evidence.kind === 'CERTIFICATE' && t.evidence.standardCode === 'X-NED-1')).toBe(true);
    expect(summary.totalCredits).toBeGreaterThan(0);
  });

  it('a rule of higher priority supersedes another exempting the same course, and says which', async () => {
    const { transfers } = await transfersOf(NET);
    const superseded = transfers.filter((t) => t.status === 'SUPERSEDED');
    expect(superseded.length).toBeGreaterThan(0);
    for (const loser of superseded) {
      const winner = transfers.find((t) => t.status === 'APPLIED' && t.exemptedCourse.code === loser.exemptedCourse.code);
      expect(winner).toBeDefined();
      expect(winner!.rule.priority).toBeGreaterThanOrEqual(loser.rule.priority);
      expect(loser.reason).toBeTruthy();
    }
  });

  it('a transfer resting on a revoked certificate shows REVERSED with the reason, and its credits stop counting', async () => {
    const { transfers, totalCredits } = await transfersOf(REVOKED_HOLDER);
    const reversed = transfers.filter((t) => t.status === 'REVERSED');
    expect(reversed.length).toBeGreaterThan(0);
    expect(reversed[0].reason).toMatch(/revoked/i);
    const counted = transfers.filter((t) => t.status === 'APPLIED');
    expect(counted.every((t) => t.evidence.certificateSerial !== reversed[0].evidence.certificateSerial)).toBe(true);
    expect(totalCredits).toBeLessThanOrEqual(counted.reduce((sum, t) => sum + t.credits, 0));
  });

  it('what-if: previews the credit under another agreement’s rules', async () => {
    const res = await hub.query<{ student: { creditTransferPreview: { agreement: { id: string }; transfers: Transfer[] } } }>(
      'query($id: LearnerId!) { student(id: $id) { creditTransferPreview(agreementId: "agr-auto") { agreement { id } totalCredits transfers { status rule { id } } } } }', { id: NET }, college,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.student.creditTransferPreview.agreement.id).toBe('agr-auto');
    const own = await transfersOf(NET);
    const ownRules = new Set(own.transfers.map((t) => t.rule.id));
    expect(res.data!.student.creditTransferPreview.transfers.every((t) => !ownRules.has(t.rule.id))).toBe(true);
  });

  it('progression: refused with every unmet requirement, and nothing changes', async () => {
    const firstYear = await hub.query<{ students: { nodes: { id: string; progression: { eligible: boolean; unmet: { requirement: { kind: string }; missing: string[] }[] } }[] } }>(
      '{ students(filter: { cohort: "2025", agreementId: "agr-net" }, first: 1) { nodes { id progression { eligible unmet { requirement { kind } missing } } } } }', {}, college,
    );
    expect(firstYear.errors).toBeUndefined();
    const learner = firstYear.data!.students.nodes[0];
    expect(learner.progression.eligible).toBe(false);
    expect(learner.progression.unmet.map((u) => u.requirement.kind)).toContain('CORE_COURSES_PASSED');
    const res = await hub.query('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', { id: learner.id }, college);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/NET-S120/);
    const after = await hub.query<{ student: { pathway: { stage: string }; higherStage: unknown } }>('query($id: LearnerId!) { student(id: $id) { pathway { stage } higherStage { enrolledOn } } }', { id: learner.id }, college);
    expect(after.data!.student.pathway.stage).toBe('SECONDARY');
    expect(after.data!.student.higherStage).toBeNull();
  });

  it('progression: an eligible learner moves to the higher stage and is enrolled at the college', async () => {
    const cohort = await hub.query<{ students: { nodes: { id: string; progression: { eligible: boolean } }[] } }>(
      '{ students(filter: { cohort: "2024", agreementId: "agr-net" }, first: 25) { nodes { id progression { eligible } } } }', {}, college,
    );
    const eligible = cohort.data!.students.nodes.find((n) => n.progression.eligible);
    expect(eligible).toBeDefined();
    const res = await hub.query<{ progressStudent: { stage: string } }>('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', { id: eligible!.id }, college);
    expect(res.errors).toBeUndefined();
    expect(res.data!.progressStudent.stage).toBe('HIGHER');
    const after = await hub.query<{ student: { higherStage: { program: { code: string } } } }>('query($id: LearnerId!) { student(id: $id) { higherStage { program { code } } } }', { id: eligible!.id }, college);
    expect(after.data!.student.higherStage.program.code).toBe('COL-NET');
  });

  it('creditTransfers over 100 learners costs the same SQL statements as over 10', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    const measure = async (first: number) => {
      const before = hub.statementCount();
      const res = await hub.query<{ students: { nodes: unknown[] } }>('query($first: Int) { students(first: $first) { nodes { id creditTransfers { totalCredits transfers { status credits rule { id } exemptedCourse { code title } } } } } }', { first }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.students.nodes).toHaveLength(first);
      return hub.statementCount() - before;
    };
    await measure(5);
    const ten = await measure(10);
    const hundred = await measure(100);
    console.log(`[${kind}] creditTransfers: ${ten} SQL statements for 10 learners, ${hundred} for 100`);
    expect(hundred).toBe(ten);
  });
});

describe.each(kinds)('the revocation cascade (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  it('revoking a certificate reverses the transfers that rested on it on the next request, with no manual step', async () => {
    const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const read = async () => (await hub.query<{ student: { creditTransfers: Summary } }>(TRANSFERS, { id: NET }, college)).data!.student.creditTransfers;
    const before = await read();
    const resting = before.transfers.filter((t) => t.status === 'APPLIED' && t.evidence.kind === 'CERTIFICATE');
    expect(resting.length).toBeGreaterThan(0);
    const serial = resting[0].evidence.certificateSerial;
    const issuer = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const revoked = await hub.query('mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { status } }', { input: { serial, reason: 'assessment irregularity found on audit' } }, issuer);
    expect(revoked.errors).toBeUndefined();
    const after = await read();
    const reversed = after.transfers.filter((t) => t.evidence.certificateSerial === serial);
    expect(reversed.length).toBeGreaterThan(0);
    expect(reversed.every((t) => t.status === 'REVERSED' && /assessment irregularity/.test(t.reason ?? ''))).toBe(true);
    expect(after.totalCredits).toBeLessThan(before.totalCredits + 0.0001);
  });
});
