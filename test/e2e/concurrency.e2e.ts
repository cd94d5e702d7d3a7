/**
 * Two (or twelve) clerks at once: each write sent 12 times at the same moment
 * through the gateway. Every answer is either a success showing what is stored,
 * or a clear refusal; the stored state agrees with exactly the successes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AT_ONCE, atOnce, outcomeOf, tally } from '../helpers/at-once.ts';
import { nationalIdBornOn } from '../helpers/enrol.ts';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // at the higher stage, aged over 14

const ENROL = 'mutation($input: EnrollSecondaryStudentInput!) { enrollSecondaryStudent(input: $input) { student { id } } }';
const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id active revokedAt } }';
const REVOKE = 'mutation($id: ID!) { revokeConsent(id: $id) { id active revokedAt } }';
const RETIRE = 'mutation($id: ID!, $to: Date!) { retireCreditRule(id: $id, effectiveTo: $to) { id effectiveTo } }';

interface Grant { id: string; active: boolean; revokedAt: string | null }

describe.each(kinds)(`writes sent ${AT_ONCE} times at once (%s)`, (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());
  const sql = <T>(db: 'secondary' | 'college', text: string, params: unknown[] = []) => hub.databases[db].dataSource.query(text, params) as Promise<T[]>;

  it('enrolments of 12 different learners in one cohort all succeed, with consecutive learner ids', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const input = (i: number) => ({ name: `并发学生${i}`, nationalId: nationalIdBornOn('2014-05-01'), schoolId: 'sch-riverside', programCode: 'SEC-NET', cohort: 2029, enrolledOn: '2029-09-01' });
    const replies = await atOnce<{ enrollSecondaryStudent: { student: { id: string } } }>((i) => hub.query(ENROL, { input: input(i) }, school));
    expect(tally(replies)).toEqual({ OK: AT_ONCE });
    const ids = replies.map((r) => r.data!.enrollSecondaryStudent.student.id).sort();
    expect(ids).toEqual(Array.from({ length: AT_ONCE }, (_, i) => learnerId(2029, i + 1)));
    const stored = await sql<{ id: string }>('secondary', "SELECT id FROM learner WHERE id LIKE 'GT2029%' ORDER BY id");
    expect(stored.map((r) => r.id)).toEqual(ids);
  });

  it('one person enrolled 12 times at once is enrolled once; the others are told CONFLICT', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const input = { name: '同一人', nationalId: nationalIdBornOn('2014-06-01'), schoolId: 'sch-riverside', programCode: 'SEC-NET', cohort: 2030, enrolledOn: '2030-09-01' };
    const replies = await atOnce<{ enrollSecondaryStudent: { student: { id: string } } }>(() => hub.query(ENROL, { input }, school));
    expect(tally(replies)).toEqual({ OK: 1, CONFLICT: AT_ONCE - 1 });
    const stored = await sql<{ id: string }>('secondary', "SELECT id FROM learner WHERE id LIKE 'GT2030%'");
    expect(stored.map((r) => r.id)).toEqual([replies.find((r) => !r.errors)!.data!.enrollSecondaryStudent.student.id]);
  });

  it('12 identical consent grants at once leave one active grant; revoking it ends the organisation’s access', async () => {
    const learner = await hub.token({ role: 'STUDENT', student: NET });
    const input = { studentId: NET, organizationId: 'org-tianyi', scopes: ['CERTIFICATES'], purpose: 'internship placement', expiresOn: '2027-06-30' };
    const replies = await atOnce<{ grantConsent: Grant }>(() => hub.query(GRANT, { input }, learner));
    const ok = replies.filter((r) => outcomeOf(r) === 'OK').map((r) => r.data!.grantConsent);
    expect(ok.length + (tally(replies).CONFLICT ?? 0)).toBe(AT_ONCE);
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((g) => g.active && g.revokedAt === null)).toBe(true);
    const stored = await sql<{ id: string; revoked_at: string | null }>('college', 'SELECT id, revoked_at FROM consent_grant WHERE student_id = ? AND organization_id = ?', [NET, 'org-tianyi']);
    expect(stored.map((g) => g.id).sort()).toEqual(ok.map((g) => g.id).sort());
    const unrevoked = stored.filter((g) => g.revoked_at === null);
    expect(unrevoked).toHaveLength(1);

    const revoked = await hub.query<{ revokeConsent: Grant }>(REVOKE, { id: unrevoked[0].id }, learner);
    expect(revoked.data!.revokeConsent.active).toBe(false);
    const tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
    const read = await hub.query<{ student: { certificates: unknown } | null }>('query($id: LearnerId!) { student(id: $id) { certificates { nodes { serial } } } }', { id: NET }, tianyi);
    expect(read.data?.student?.certificates ?? null).toBeNull();
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(read.errors?.[0].message).toMatch(/CERTIFICATES/);
  });

  it('a grant revoked 12 times at once: every answer shows it revoked, at the instant that is stored', async () => {
    const learner = await hub.token({ role: 'STUDENT', student: NET });
    const input = { studentId: NET, organizationId: 'org-xinshang', scopes: ['RESULTS'], purpose: 'skills competition entry', expiresOn: '2027-03-31' };
    const granted = await hub.query<{ grantConsent: Grant }>(GRANT, { input }, learner);
    const { id } = granted.data!.grantConsent;
    const replies = await atOnce<{ revokeConsent: Grant }>(() => hub.query(REVOKE, { id }, learner));
    expect(tally(replies)).toEqual({ OK: AT_ONCE });
    const [stored] = await sql<{ revoked_at: string }>('college', 'SELECT revoked_at FROM consent_grant WHERE id = ?', [id]);
    expect(stored.revoked_at).not.toBeNull();
    for (const res of replies) expect(res.data!.revokeConsent).toEqual({ id, active: false, revokedAt: stored.revoked_at });
  });

  it('a credit rule retired 12 times at once with different dates: no end date is lost', async () => {
    const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    const rules = await hub.query<{ creditRules: { nodes: { id: string; effectiveFrom: string; effectiveTo: string | null }[] } }>('{ creditRules(agreementId: "agr-net") { nodes { id effectiveFrom effectiveTo } } }', {}, college);
    const rule = rules.data!.creditRules.nodes.find((r) => r.effectiveTo === null && r.effectiveFrom < '2030-01-01')!;
    const dateOf = (i: number) => `2030-01-${String(AT_ONCE - i).padStart(2, '0')}`;
    const replies = await atOnce<{ retireCreditRule: { id: string; effectiveTo: string } }>((i) => hub.query(RETIRE, { id: rule.id, to: dateOf(i) }, college));
    const counts = tally(replies);
    expect(Object.keys(counts).every((c) => ['OK', 'CONFLICT', 'BAD_USER_INPUT'].includes(c))).toBe(true);
    const applied = replies.flatMap((r, i) => (outcomeOf(r) === 'OK' ? [{ asked: dateOf(i), answered: r.data!.retireCreditRule.effectiveTo }] : []));
    expect(applied.length).toBeGreaterThan(0);
    for (const { asked, answered } of applied) expect(answered).toBe(asked);
    // Retiring only brings an end forward: what is stored is the earliest end any success announced.
    const [stored] = await sql<{ effective_to: string }>('college', 'SELECT effective_to FROM credit_rule WHERE id = ?', [Number(rule.id)]);
    expect(stored.effective_to).toBe(applied.map((a) => a.asked).sort()[0]);
  });
});
