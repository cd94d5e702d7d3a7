/**
 * Rules that mean what they say, through the gateway: a minScore below the
 * pass mark is refused, the agreement's cap cuts transfers in priority order
 * and says so, every equal-priority tie is reported, and an equivalence never
 * raises a learner's level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // HIGHER, X-NED-1 only, NET-S101 passed

const ADD = 'mutation($input: AddCreditRuleInput!) { addCreditRule(input: $input) { id } }';
const TRANSFERS = /* GraphQL */ `
  query($id: LearnerId!) { student(id: $id) { creditTransfers {
    totalCredits cappedCredits maxTransferCredits agreement { maxTransferCredits }
    transfers { status reason credits cappedCredits rule { id } exemptedCourse { code } }
  } } }
`;
const CONFLICTS = 'query { creditRuleConflicts(agreementId: "agr-net") { nodes { explanation rules { id } } } }';
const RECOGNIZED = 'query($id: LearnerId!) { student(id: $id) { certificates { nodes { standard { code } } } recognizedCertificates { nodes { standard { code } } } } }';

interface Summary {
  totalCredits: number; cappedCredits: number; maxTransferCredits: number; agreement: { maxTransferCredits: number };
  transfers: { status: string; reason: string | null; credits: number; cappedCredits: number; rule: { id: string }; exemptedCourse: { code: string } }[];
}

const s101Rule = (overrides: Record<string, unknown>) => ({
  agreementId: 'agr-net', kind: 'COURSE_RESULT', secondaryCourseCode: 'NET-S101', minScore: 60, effectiveFrom: '2021-09-01', description: 'Network fundamentals', ...overrides,
});

describe.each(kinds)('credit rules and recognitions that mean what they say (%s)', (kind) => {
  let hub: Hub;
  let college: string;
  let admin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    admin = await hub.token({ role: 'ADMIN' });
  });
  afterAll(() => hub?.stop());

  const add = async (input: Record<string, unknown>) => hub.query<{ addCreditRule: { id: string } }>(ADD, { input }, college);

  it('refuses a COURSE_RESULT rule whose minScore is below the pass mark, and says why', async () => {
    const res = await add(s101Rule({ minScore: 30, exemptCourseCodes: ['NET-H220'], credits: 3 }));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/minScore 30 is below the pass mark of 60/);
  });

  it('the agreement’s cap counts transfers in priority order; the summary shows what it cut', async () => {
    const added = await add(s101Rule({ exemptCourseCodes: ['NET-H220'], credits: 3 }));
    expect(added.errors).toBeUndefined();
    await hub.databases.college.dataSource.query("UPDATE articulation_agreement SET max_transfer_credits = 5 WHERE id = 'agr-net'");
    try {
      const res = await hub.query<{ student: { creditTransfers: Summary } }>(TRANSFERS, { id: NET }, college);
      expect(res.errors).toBeUndefined();
      const summary = res.data!.student.creditTransfers;
      const counted = summary.transfers.filter((t) => t.status === 'APPLIED').map((t) => [t.rule.id, t.exemptedCourse.code, t.credits, t.cappedCredits]);
      expect(counted).toEqual([['1', 'NET-H210', 4, 0], [added.data!.addCreditRule.id, 'NET-H220', 3, 2]]);
      expect(summary.transfers.find((t) => t.cappedCredits > 0)!.reason).toMatch(/at most 5 transferred credits: 2 of these 3 credits are over that cap/);
      expect([summary.totalCredits, summary.cappedCredits, summary.maxTransferCredits, summary.agreement.maxTransferCredits]).toEqual([5, 2, 5, 5]);
    } finally {
      await hub.databases.college.dataSource.query("UPDATE articulation_agreement SET max_transfer_credits = 8 WHERE id = 'agr-net'");
    }
  });

  it('creditRuleConflicts reports a tie between rules taking different evidence', async () => {
    const tie = await add(s101Rule({ exemptCourseCodes: ['NET-H210'], credits: 4, priority: 10 }));
    expect(tie.errors).toBeUndefined();
    const res = await hub.query<{ creditRuleConflicts: { nodes: { explanation: string; rules: { id: string }[] }[] } }>(CONFLICTS, {}, college);
    expect(res.errors).toBeUndefined();
    expect(res.data!.creditRuleConflicts.nodes.map((c) => c.rules.map((r) => r.id))).toEqual([['1', tie.data!.addCreditRule.id]]);
  });

  it('after a mutual link ENTRY X-NED-1 ⇄ INTERMEDIATE X-NE-2 stored before the level rule, an X-NED-1 holder still does not count as X-NE-2', async () => {
    await hub.databases.enterprise.dataSource.query(
      'INSERT INTO recognition_agreement (id, from_code, to_code, mutual, effective_from, effective_to, basis, status, proposer_org_id, counterpart_org_id, agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['rec-legacy-ned', 'X-NED-1', 'X-NE-2', true, '2023-01-01', null, 'stored before the level rule', 'AGREED', 'org-zhongxin', 'org-zhongxin', '2022-12-01T00:00:00.000Z'],
    );
    const res = await hub.query<{ student: { certificates: { nodes: { standard: { code: string } }[] }; recognizedCertificates: { nodes: { standard: { code: string } }[] } } }>(RECOGNIZED, { id: NET }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.student.certificates.nodes.map((c) => c.standard.code)).toEqual(['X-NED-1']);
    expect(res.data!.student.recognizedCertificates.nodes.map((r) => r.standard.code)).not.toContain('X-NE-2');
  });
});
