/**
 * Moving the hub's one clock through the gateway: every decision changes on
 * the day its evidence or rule says, and not a day earlier. One learner is
 * followed from the demo's today across a term's end, a credit rule's last
 * day, a certificate's issue date and a recognition agreement's last day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY, demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

/** Cohort 2025, Network Technology, at school: year-one results only, no certificate yet. */
const LEARNER = learnerId(2025, 1);
const NAME = demoRoster().students.find((s) => s.id === LEARNER)!.name;

const DECISIONS = /* GraphQL */ `
  query($id: LearnerId!) { student(id: $id) {
    creditTransfers { totalCredits transfers { status rule { id } evidence { kind evidencedOn } exemptedCourse { code } } }
    recognizedCertificates { nodes { standard { code } } }
    progression { eligible checks { requirement { kind } met } }
  } }
`;
interface Decisions {
  creditTransfers: { totalCredits: number; transfers: { status: string; rule: { id: string }; evidence: { kind: string; evidencedOn: string }; exemptedCourse: { code: string } }[] };
  recognizedCertificates: { nodes: { standard: { code: string } }[] };
  progression: { eligible: boolean; checks: { requirement: { kind: string }; met: boolean }[] };
}

describe.each(kinds)('decisions as the clock moves (%s)', (kind) => {
  let hub: Hub;
  let tokens: Record<'college' | 'school' | 'zhongxin', string>;
  let ruleId: string;

  const on = async (day: string) => {
    pinClock(day);
    const res = await hub.query<{ student: Decisions }>(DECISIONS, { id: LEARNER }, tokens.college);
    expect(res.errors).toBeUndefined();
    const { creditTransfers, recognizedCertificates, progression } = res.data!.student;
    return {
      transfers: Object.fromEntries(creditTransfers.transfers.map((t) => [`rule ${t.rule.id} → ${t.exemptedCourse.code}`, `${t.status} from ${t.evidence.evidencedOn}`])),
      totalCredits: creditTransfers.totalCredits,
      recognized: recognizedCertificates.nodes.map((r) => r.standard.code),
      met: Object.fromEntries(progression.checks.map((c) => [c.requirement.kind, c.met])),
    };
  };

  beforeAll(async () => {
    hub = await startHub(kind);
    tokens = {
      college: await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' }),
      school: await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' }),
      zhongxin: await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' }),
    };
    const record = (courseCode: string, score: number) => hub.query('mutation($i: RecordResultInput!) { recordSecondaryResult(input: $i) { term } }', { i: { studentId: LEARNER, courseCode, term: '2026-2027-1', score } }, tokens.school);
    // The term has begun on the demo's today: its results may be recorded, and count once it ends on 2027-01-31.
    for (const reply of [await record('NET-S120', 92), await record('NET-S130', 80)]) expect(reply.errors).toBeUndefined();
    const rule = await hub.query<{ addCreditRule: { id: string } }>('mutation($i: AddCreditRuleInput!) { addCreditRule(input: $i) { id } }', { i: {
      agreementId: 'agr-net', kind: 'COURSE_RESULT', secondaryCourseCode: 'NET-S130', minScore: 60, exemptCourseCodes: ['NET-H220'], credits: 2,
      effectiveFrom: '2021-09-01', effectiveTo: '2027-01-31', description: 'Server Operating Systems exempts NET-H220, for results of terms ending by 31 January 2027',
    } }, tokens.college);
    expect(rule.errors).toBeUndefined();
    ruleId = rule.data!.addCreditRule.id;
    // A certificate can be awarded only on or after its issue date, so the award is made with the clock there.
    pinClock('2027-06-20');
    const award = await hub.query('mutation($i: AwardCertificateInput!) { awardCertificate(input: $i) { serial } }', { i: {
      serial: 'NED1-2027-900001', studentId: LEARNER, holderName: NAME, standardCode: 'X-NED-1', issuedOn: '2027-06-20', score: 90,
    } }, tokens.zhongxin);
    expect(award.errors).toBeUndefined();
  });
  afterAll(async () => {
    pinClock(DEMO_TODAY);
    await hub?.stop();
  });

  it('on the demo’s today: the term’s results and the certificate are PENDING, with their dates, and count nowhere', async () => {
    expect(await on(DEMO_TODAY)).toEqual({
      transfers: { 'rule 1 → NET-H210': 'PENDING from 2027-06-20', 'rule 2 → NET-H210': 'PENDING from 2027-01-31', [`rule ${ruleId} → NET-H220`]: 'PENDING from 2027-01-31' },
      totalCredits: 0,
      recognized: [],
      met: { CORE_COURSES_PASSED: false, MIN_AVERAGE_SCORE: true, REQUIRED_CERTIFICATE: false },
    });
  });

  it('across the term’s end (2027-01-31): the results count, the day it ends and not before', async () => {
    expect((await on('2027-01-30')).totalCredits).toBe(0);
    expect(await on('2027-01-31')).toMatchObject({
      transfers: { 'rule 1 → NET-H210': 'PENDING from 2027-06-20', 'rule 2 → NET-H210': 'APPLIED from 2027-01-31', [`rule ${ruleId} → NET-H220`]: 'APPLIED from 2027-01-31' },
      totalCredits: 6,
      met: { CORE_COURSES_PASSED: true, REQUIRED_CERTIFICATE: false },
    });
  });

  it('across the rule’s last day (2027-01-31): evidence dated while it was in force keeps its credit', async () => {
    expect((await on('2027-02-01')).transfers[`rule ${ruleId} → NET-H220`]).toBe('APPLIED from 2027-01-31');
  });

  it('across the certificate’s issue date (2027-06-20): it counts, wins the course by priority, and is recognised', async () => {
    expect(await on('2027-06-19')).toMatchObject({ recognized: [], met: { REQUIRED_CERTIFICATE: false } });
    expect(await on('2027-06-20')).toEqual({
      transfers: { 'rule 1 → NET-H210': 'APPLIED from 2027-06-20', 'rule 2 → NET-H210': 'SUPERSEDED from 2027-01-31', [`rule ${ruleId} → NET-H220`]: 'APPLIED from 2027-01-31' },
      totalCredits: 6,
      recognized: ['E-TY-NT'],
      met: { CORE_COURSES_PASSED: true, MIN_AVERAGE_SCORE: true, REQUIRED_CERTIFICATE: true },
    });
  });

  it('across the recognition agreement’s end (2028-12-31): it counts on its last day, and not the day after', async () => {
    expect((await on('2028-12-31')).recognized).toEqual(['E-TY-NT']);
    expect((await on('2029-01-01')).recognized).toEqual([]);
  });
});
