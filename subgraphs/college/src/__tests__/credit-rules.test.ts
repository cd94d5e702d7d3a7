import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { admin, anonymous, codeOf, fieldOf, hillview, metro, openCollege, staff, type College } from './harness.ts';

const kinds = await databaseKinds();

const RULES = /* GraphQL */ `
  query Rules($agreementId: ID!, $activeOn: Date) {
    creditRules(agreementId: $agreementId, activeOn: $activeOn) { nodes {
      id kind standardCode minLevel minScore secondaryCourseCode credits effectiveFrom effectiveTo priority description
      agreement { id } exemptCourses { code program { code } }
    } }
  }
`;
const CONFLICTS = 'query($id: ID!) { creditRuleConflicts(agreementId: $id) { nodes { explanation rules { id credits priority } } } }';
const ADD = /* GraphQL */ `
  mutation Add($input: AddCreditRuleInput!) {
    addCreditRule(input: $input) { id kind standardCode minLevel minScore secondaryCourseCode credits effectiveFrom effectiveTo priority exemptCourses { code } }
  }
`;
// Past ends are corrections and need a reason; these stories are about the end itself, so every call gives one.
const RETIRE = 'mutation($id: ID!, $to: Date!, $reason: String = "catalogue correction") { retireCreditRule(id: $id, effectiveTo: $to, correctionReason: $reason) { id effectiveFrom effectiveTo } }';

interface Rule { id: string; kind: string; priority: number; credits: number; effectiveTo: string | null; exemptCourses: { code: string }[] }

const certificateInput = (overrides: Record<string, unknown> = {}) => ({
  agreementId: 'agr-net', kind: 'CERTIFICATE', standardCode: 'X-NE-2', minLevel: 'INTERMEDIATE', minScore: 70,
  exemptCourseCodes: ['NET-H201'], credits: 4, effectiveFrom: '2025-09-01', priority: 3, description: 'Network Engineer exempts Network Security Technology', ...overrides,
});

describe.each(kinds)('credit conversion rules (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const rulesOf = async (agreementId: string, activeOn?: string) => {
    const res = await college.run<{ creditRules: { nodes: Rule[] } }>(anonymous, RULES, { agreementId, activeOn });
    expect(res.errors).toBeUndefined();
    return res.data!.creditRules.nodes;
  };

  /** Runs an addCreditRule that must be refused, and proves no rule was written. */
  const refused = async (actor: Parameters<College['run']>[0], input: Record<string, unknown>) => {
    const before = await college.count('credit_rule');
    const res = await college.run(actor, ADD, { input });
    expect(res.data ?? null).toBeNull();
    expect(await college.count('credit_rule')).toBe(before);
    return res;
  };

  describe('reading (public, like a catalogue)', () => {
    it('lists an agreement’s rules highest priority first, with their exempted courses, to anyone', async () => {
      const rules = await rulesOf('agr-net');
      expect(rules.map((r) => [r.kind, r.priority])).toEqual([['CERTIFICATE', 10], ['COURSE_RESULT', 5]]);
      expect(rules[0]).toMatchObject({ standardCode: 'X-NED-1', minScore: 60, credits: 4, agreement: { id: 'agr-net' }, exemptCourses: [{ code: 'NET-H210', program: { code: 'COL-NET' } }] });
      expect(rules[1]).toMatchObject({ secondaryCourseCode: 'NET-S120', minScore: 85 });
    });

    it('activeOn keeps only the rules in force that day', async () => {
      expect((await rulesOf('agr-net', '2022-09-01')).map((r) => r.kind)).toEqual(['COURSE_RESULT']);
      expect(await rulesOf('agr-net', '2023-09-01')).toHaveLength(2);
    });

    it('refuses an unknown agreement and a malformed activeOn', async () => {
      const unknown = await college.run(anonymous, RULES, { agreementId: 'agr-none' });
      expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'agreementId']);
      const malformed = await college.run(anonymous, RULES, { agreementId: 'agr-net', activeOn: '01/09/2023' });
      expect([codeOf(malformed), fieldOf(malformed)]).toEqual(['BAD_USER_INPUT', 'activeOn']);
    });

    it('the demo’s conflicting pair is reported with an explanation, not silently resolved', async () => {
      const res = await college.run<{ creditRuleConflicts: { nodes: { explanation: string; rules: { id: string; credits: number }[] }[] } }>(anonymous, CONFLICTS, { id: 'agr-ec' });
      expect(res.errors).toBeUndefined();
      const [conflict, ...others] = res.data!.creditRuleConflicts.nodes;
      expect(others).toEqual([]);
      expect(conflict.rules.map((r) => r.credits)).toEqual([3, 4]);
      expect(conflict.explanation).toMatch(/certificate X-OSOP-1.*EC-H201 at the same priority \(0\), giving 3 and 4 credits/);
    });

    it('rules of clear precedence are no conflict', async () => {
      const res = await college.run<{ creditRuleConflicts: { nodes: unknown[] } }>(anonymous, CONFLICTS, { id: 'agr-net' });
      expect(res.data!.creditRuleConflicts.nodes).toEqual([]);
    });

    it('an agreement lists its progression requirements', async () => {
      const res = await college.run<{ articulationAgreement: { progressionRequirements: { kind: string; courseCodes: string[] | null; minScore: number | null; standardCode: string | null }[] } }>(
        anonymous, '{ articulationAgreement(id: "agr-net") { progressionRequirements { id kind description courseCodes minScore standardCode minCredits } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.articulationAgreement.progressionRequirements).toEqual([
        expect.objectContaining({ kind: 'CORE_COURSES_PASSED', courseCodes: ['NET-S101', 'NET-S120'] }),
        expect.objectContaining({ kind: 'MIN_AVERAGE_SCORE', minScore: 60, courseCodes: null }),
        expect.objectContaining({ kind: 'REQUIRED_CERTIFICATE', standardCode: 'X-NED-1' }),
      ]);
    });
  });

  describe('addCreditRule', () => {
    it('college staff add a CERTIFICATE rule; it is listed in precedence order', async () => {
      const res = await college.run<{ addCreditRule: Rule }>(metro, ADD, { input: certificateInput() });
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCreditRule).toMatchObject({ kind: 'CERTIFICATE', standardCode: 'X-NE-2', minLevel: 'INTERMEDIATE', minScore: 70, priority: 3, effectiveTo: null, exemptCourses: [{ code: 'NET-H201' }] });
      const listed = await rulesOf('agr-net');
      expect(listed.map((r) => r.priority)).toEqual([10, 5, 3]);
      expect(listed[2].id).toBe(res.data!.addCreditRule.id);
    });

    it('an admin adds a COURSE_RESULT rule exempting two courses; priority defaults to 0', async () => {
      const input = { agreementId: 'agr-auto', kind: 'COURSE_RESULT', secondaryCourseCode: 'AUTO-S120', minScore: 90, exemptCourseCodes: ['AUTO-H210', 'AUTO-H220'], credits: 5, effectiveFrom: '2024-09-01', effectiveTo: '2027-08-31', description: 'Excellent ICV introduction' };
      const res = await college.run<{ addCreditRule: Rule }>(admin, ADD, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data!.addCreditRule).toMatchObject({ kind: 'COURSE_RESULT', priority: 0, effectiveTo: '2027-08-31', exemptCourses: [{ code: 'AUTO-H210' }, { code: 'AUTO-H220' }] });
    });

    it.each([
      ['a CERTIFICATE rule without a standard', { standardCode: null }, 'standardCode'],
      ['a CERTIFICATE rule with a secondary course', { secondaryCourseCode: 'NET-S120' }, 'secondaryCourseCode'],
      ['a COURSE_RESULT rule without a secondary course', { kind: 'COURSE_RESULT', standardCode: null, minLevel: null }, 'secondaryCourseCode'],
      ['a COURSE_RESULT rule without a minimum score', { kind: 'COURSE_RESULT', standardCode: null, minLevel: null, secondaryCourseCode: 'NET-S120', minScore: null }, 'minScore'],
      ['a COURSE_RESULT rule with a standard', { kind: 'COURSE_RESULT', minLevel: null, secondaryCourseCode: 'NET-S120' }, 'standardCode'],
      ['no exempted course', { exemptCourseCodes: [] }, 'exemptCourseCodes'],
      ['an exempted course listed twice', { exemptCourseCodes: ['NET-H201', 'NET-H201'] }, 'exemptCourseCodes'],
      ['a course of another programme', { exemptCourseCodes: ['NET-H201', 'EC-H201'] }, 'exemptCourseCodes'],
      ['a course that does not exist', { exemptCourseCodes: ['NET-H999'] }, 'exemptCourseCodes'],
      ['zero credits', { credits: 0 }, 'credits'],
      ['more than 30 credits', { credits: 30.5 }, 'credits'],
      ['a score above 100', { minScore: 101 }, 'minScore'],
      ['a negative score', { minScore: -1 }, 'minScore'],
      ['a date that is not a calendar date', { effectiveFrom: '2025-02-30' }, 'effectiveFrom'],
      ['an end before the start', { effectiveTo: '2025-08-31' }, 'effectiveTo'],
      ['a negative priority', { priority: -1 }, 'priority'],
      ['an empty description', { description: '   ' }, 'description'],
      ['a malformed standard code', { standardCode: "x'; DROP TABLE credit_rule; --" }, 'standardCode'],
      ['an unknown agreement', { agreementId: 'agr-none' }, 'agreementId'],
    ])('refuses %s and writes nothing', async (_what, overrides, field) => {
      const res = await refused(metro, certificateInput(overrides));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
    });

    it('says which courses are not the programme’s', async () => {
      const res = await refused(metro, certificateInput({ exemptCourseCodes: ['NET-H201', 'EC-H201'] }));
      expect(res.errors![0].message).toMatch(/EC-H201 are not courses of programme COL-NET/);
    });

    it('only staff of the agreement’s college may add rules', async () => {
      for (const actor of [hillview, staff('COLLEGE_STAFF', 'col-elsewhere'), staff('ENTERPRISE_STAFF', 'org-zhongxin')]) {
        expect(codeOf(await refused(actor, certificateInput()))).toBe('FORBIDDEN');
      }
      expect(codeOf(await refused(anonymous, certificateInput()))).toBe('UNAUTHENTICATED');
    });
  });

  describe('retireCreditRule', () => {
    const fresh = async () => (await college.run<{ addCreditRule: Rule }>(metro, ADD, { input: certificateInput({ priority: 1 }) })).data!.addCreditRule.id;

    it('ends a rule on a date: it stays listed, but not among the rules in force after it', async () => {
      const id = await fresh();
      const res = await college.run<{ retireCreditRule: Rule }>(metro, RETIRE, { id, to: '2026-08-31' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.retireCreditRule).toMatchObject({ id, effectiveTo: '2026-08-31' });
      expect((await rulesOf('agr-net')).some((r) => r.id === id)).toBe(true);
      expect((await rulesOf('agr-net', '2026-09-01')).some((r) => r.id === id)).toBe(false);
      expect((await rulesOf('agr-net', '2026-08-31')).some((r) => r.id === id)).toBe(true);
    });

    it('refuses an end before the rule took effect, or later than an end already set', async () => {
      const id = await fresh();
      const early = await college.run(metro, RETIRE, { id, to: '2025-08-31' });
      expect([codeOf(early), fieldOf(early)]).toEqual(['BAD_USER_INPUT', 'effectiveTo']);
      await college.run(metro, RETIRE, { id, to: '2026-08-31' });
      const later = await college.run(metro, RETIRE, { id, to: '2027-08-31' });
      expect(codeOf(later)).toBe('BAD_USER_INPUT');
      expect(later.errors![0].message).toContain('already ends on 2026-08-31');
      expect((await rulesOf('agr-net')).find((r) => r.id === id)!.effectiveTo).toBe('2026-08-31');
    });

    it('refuses an end before today without a correction reason, writing nothing; with one, records it', async () => {
      const id = await fresh();
      const refused = await college.run(metro, RETIRE, { id, to: '2026-01-31', reason: null });
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'effectiveTo']);
      expect(refused.errors![0].message).toMatch(/is a correction; give a correctionReason/);
      expect(await college.count(`credit_rule_retirement WHERE rule_id = ${id}`)).toBe(0);
      expect((await rulesOf('agr-net')).find((r) => r.id === id)!.effectiveTo).toBeNull();
      expect((await college.run(metro, RETIRE, { id, to: '2026-01-31', reason: 'the rule was published with the wrong end date' })).errors).toBeUndefined();
      const [row] = await college.db.dataSource.query(`SELECT effective_to, correction_reason, retired_by FROM credit_rule_retirement WHERE rule_id = ${id}`);
      expect(row).toEqual({ effective_to: '2026-01-31', correction_reason: 'the rule was published with the wrong end date', retired_by: 'COLLEGE_STAFF:col-metro' });
    });

    it('an end from today on needs no reason', async () => {
      const id = await fresh();
      expect((await college.run(metro, RETIRE, { id, to: '2999-12-31', reason: null })).errors).toBeUndefined();
    });

    it('an unknown rule is NOT_FOUND; another college’s staff are refused', async () => {
      for (const id of ['99999', 'abc']) expect(codeOf(await college.run(metro, RETIRE, { id, to: '2026-08-31' }))).toBe('NOT_FOUND');
      const id = await fresh();
      expect(codeOf(await college.run(staff('COLLEGE_STAFF', 'col-elsewhere'), RETIRE, { id, to: '2026-08-31' }))).toBe('FORBIDDEN');
      expect((await rulesOf('agr-net')).find((r) => r.id === id)!.effectiveTo).toBeNull();
    });
  });
});
