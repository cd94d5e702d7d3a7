/**
 * The other writes, each sent 12 times at once through the gateway: a write
 * with a natural key is stored once and every other request is told CONFLICT;
 * a write without one is stored once per request. The stored row is the one
 * the successful answer showed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { AT_ONCE, atOnce, outcomeOf, tally } from '../helpers/at-once.ts';
import { enrolLearner } from '../helpers/enrol.ts';
import { startHub, type GraphQLResponse, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // at the higher stage of agr-net, in COL-NET
const NAME = '并发甲';

type Db = 'secondary' | 'college' | 'enterprise';
type Reply = GraphQLResponse<Record<string, Record<string, unknown>>>;

describe.each(kinds)(`writes with a natural key, sent ${AT_ONCE} times at once (%s)`, (kind) => {
  let hub: Hub;
  let learner: string;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startHub(kind);
    learner = await enrolLearner(hub, { name: NAME, birthDate: '2010-04-01' });
    tokens.school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    tokens.college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    tokens.zhongxin = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    tokens.tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
  });
  afterAll(() => hub?.stop());
  const rows = (db: Db, text: string, params: unknown[]) => hub.databases[db].dataSource.query(text, params) as Promise<Record<string, unknown>[]>;

  /** Sends `mutation` 12 times with `variables(i)`; one succeeds, the rest are CONFLICT; returns the success. */
  async function exactlyOnce(mutation: string, variables: (i: number) => Record<string, unknown>, token: string): Promise<{ index: number; data: Record<string, unknown> }> {
    const replies: Reply[] = await atOnce((i) => hub.query(mutation, variables(i), token));
    expect(tally(replies)).toEqual({ OK: 1, CONFLICT: AT_ONCE - 1 });
    for (const res of replies.filter((r) => outcomeOf(r) === 'CONFLICT')) expect(res.errors![0].message).not.toMatch(/internal|SQL|ER_/i);
    const index = replies.findIndex((r) => outcomeOf(r) === 'OK');
    return { index, data: Object.values(replies[index].data!)[0] };
  }

  it('registerPathway: the learner is registered once', async () => {
    const input = { studentId: learner, agreementId: 'agr-net', cohort: '2026', registeredOn: '2026-09-01' };
    await exactlyOnce('mutation($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage } }', () => ({ input }), tokens.college);
    expect(await rows('college', 'SELECT stage FROM pathway WHERE student_id = ?', [learner])).toEqual([{ stage: 'SECONDARY' }]);
  });

  it('recordSecondaryResult: one score per course and term, the one the success answered', async () => {
    const input = (i: number) => ({ input: { studentId: learner, courseCode: 'NET-S101', term: '2026-2027-1', score: 60 + i } });
    const { data } = await exactlyOnce('mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score } }', input, tokens.school);
    expect(await rows('secondary', 'SELECT score FROM secondary_result WHERE student_id = ?', [learner])).toEqual([{ score: data.score }]);
  });

  it('recordCollegeResult: one score per course and term, the one the success answered', async () => {
    const input = (i: number) => ({ input: { studentId: NET, courseCode: 'NET-H230', term: '2026-2027-1', score: 70 + i } });
    const { data } = await exactlyOnce('mutation($input: RecordResultInput!) { recordCollegeResult(input: $input) { score } }', input, tokens.college);
    expect(await rows('college', 'SELECT score FROM college_course_result WHERE student_id = ? AND term = ?', [NET, '2026-2027-1'])).toEqual([{ score: data.score }]);
  });

  it('awardCertificate then revokeCertificate: one award, revoked once, with the reason the success answered', async () => {
    const serial = 'NED1-2026-970001';
    const award = (i: number) => ({ input: { studentId: learner, holderName: NAME, standardCode: 'X-NED-1', serial, issuedOn: '2026-11-01', score: 80 + i } });
    const awarded = await exactlyOnce('mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { score } }', award, tokens.zhongxin);
    const revoke = (i: number) => ({ input: { serial, reason: `assessment irregularity ${i}` } });
    const revoked = await exactlyOnce('mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { status revocationReason } }', revoke, tokens.zhongxin);
    expect(revoked.data).toEqual({ status: 'REVOKED', revocationReason: `assessment irregularity ${revoked.index}` });
    const stored = await rows('enterprise', 'SELECT score, status, revocation_reason FROM certificate_award WHERE serial = ?', [serial]);
    expect(stored).toEqual([{ score: awarded.data.score, status: 'REVOKED', revocation_reason: revoked.data.revocationReason }]);
  });

  it('addPrerequisite: the rung is recorded once', async () => {
    await exactlyOnce('mutation { addPrerequisite(standardCode: "E-TY-NT", requiresCode: "X-NED-1") { code } }', () => ({}), tokens.tianyi);
    expect(await rows('enterprise', 'SELECT requires_code FROM standard_prerequisite WHERE standard_code = ?', ['E-TY-NT'])).toEqual([{ requires_code: 'X-NED-1' }]);
  });

  it('the three tiers: one assessment and one preliminary exam per day, one registration per standard', async () => {
    const assess = (i: number) => ({ input: { studentId: learner, moduleCode: 'X-OSOP-1-M1', score: 70 + i, assessedOn: '2026-10-01' } });
    const assessed = await exactlyOnce('mutation($input: RecordModuleAssessmentInput!) { recordModuleAssessment(input: $input) { score } }', assess, tokens.school);
    expect(await rows('secondary', 'SELECT score FROM module_assessment WHERE student_id = ?', [learner])).toEqual([{ score: assessed.data.score }]);
    const sit = (i: number) => ({ input: { studentId: learner, standardCode: 'X-OSOP-1', score: 85 + i, takenOn: '2026-10-02' } });
    const sat = await exactlyOnce('mutation($input: RecordPreliminaryExamInput!) { recordPreliminaryExam(input: $input) { score } }', sit, tokens.school);
    expect(await rows('secondary', 'SELECT score FROM preliminary_exam WHERE student_id = ?', [learner])).toEqual([{ score: sat.data.score }]);
    const register = () => ({ input: { studentId: learner, standardCode: 'X-OSOP-1' } });
    await exactlyOnce('mutation($input: ExamRegistrationInput!) { registerForCertificationExam(input: $input) { standardCode } }', register, tokens.school);
    expect(await rows('secondary', 'SELECT standard_code FROM exam_registration WHERE student_id = ?', [learner])).toEqual([{ standard_code: 'X-OSOP-1' }]);
  });

  it('progressStudent: an eligible learner moves to the higher stage once, with one college enrolment', async () => {
    const cohort = await hub.query<{ students: { nodes: { id: string; progression: { eligible: boolean } }[] } }>(
      '{ students(filter: { cohort: "2024", agreementId: "agr-net" }, first: 25) { nodes { id progression { eligible } } } }', {}, tokens.college,
    );
    const eligible = cohort.data!.students.nodes.find((n) => n.progression.eligible)!;
    const { data } = await exactlyOnce('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', () => ({ id: eligible.id }), tokens.college);
    expect(data).toEqual({ stage: 'HIGHER' });
    expect(await rows('college', 'SELECT program_code FROM higher_enrollment WHERE student_id = ?', [eligible.id])).toEqual([{ program_code: 'COL-NET' }]);
  });

  it('addCreditRule: twelve different rules at once are twelve rules', async () => {
    const rule = (i: number) => ({ input: { agreementId: 'agr-net', kind: 'CERTIFICATE', standardCode: 'X-NED-1', exemptCourseCodes: ['NET-H220'], credits: 1, effectiveFrom: '2031-01-01', priority: 0, description: `concurrent rule ${i}` } });
    const replies: Reply[] = await atOnce((i) => hub.query('mutation($input: AddCreditRuleInput!) { addCreditRule(input: $input) { id description } }', rule(i), tokens.college));
    expect(tally(replies)).toEqual({ OK: AT_ONCE });
    const stored = await rows('college', "SELECT id, description FROM credit_rule WHERE description LIKE 'concurrent rule %'", []);
    expect(stored.map((r) => `${r.id}:${r.description}`).sort()).toEqual(replies.map((r) => `${r.data!.addCreditRule.id}:${r.data!.addCreditRule.description}`).sort());
  });
});
