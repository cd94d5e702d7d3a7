/**
 * Rules that mean what they say, on a real database: minScore is the lowest
 * score that counts, a transfer never grants more than the course it exempts
 * is worth, an agreement caps what a learner may transfer in, and every tie a
 * transfer's reason cites is in the conflict report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { demoEvidence, result, withEvidence } from './credit-fixtures.ts';
import { anonymous, codeOf, fieldOf, metro, NET_LEARNER, openCollege, type College } from './harness.ts';

const kinds = await databaseKinds();

const ADD = 'mutation($input: AddCreditRuleInput!) { addCreditRule(input: $input) { id minScore credits } }';
const CONFLICTS = 'query($id: ID!) { creditRuleConflicts(agreementId: $id) { nodes { explanation rules { id } } } }';
const SUMMARY = 'agreement { id maxTransferCredits } totalCredits cappedCredits maxTransferCredits transfers { status reason credits cappedCredits rule { id } exemptedCourse { code } }';
const TRANSFERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { creditTransfers { ${SUMMARY} } } } }`;

interface Transfer { status: string; reason: string | null; credits: number; cappedCredits: number; rule: { id: string }; exemptedCourse: { code: string } }
interface Summary { agreement: { id: string; maxTransferCredits: number }; totalCredits: number; cappedCredits: number; maxTransferCredits: number; transfers: Transfer[] }

const courseInput = (overrides: Record<string, unknown> = {}) => ({
  agreementId: 'agr-net', kind: 'COURSE_RESULT', secondaryCourseCode: 'NET-S130', minScore: 60, exemptCourseCodes: ['NET-H220'], credits: 3,
  effectiveFrom: '2021-09-01', priority: 0, description: 'Server Operating Systems passed exempts Cloud and Data Centre Networks', ...overrides,
});

/** NET_LEARNER's demo evidence, with a passed NET-S130 and a 92 in NET-S101 added. */
const evidence = () => {
  const own = demoEvidence(NET_LEARNER);
  const extra = [result('NET-S130', 75, '2023-2024-2'), result('NET-S101', 92, '2023-2024-2')].map((r) => ({ course: { code: r.courseCode }, term: r.term, score: r.score, passed: r.passed }));
  return withEvidence(NET_LEARNER, { ...own, secondaryStage: { resultFacts: [...own.secondaryStage!.resultFacts, ...extra] } });
};

describe.each(kinds)('rules that mean what they say (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const add = (input: Record<string, unknown>) => college.run<{ addCreditRule: { id: string; minScore: number; credits: number } }>(metro, ADD, { input });
  const summary = async () => {
    const res = await college.run<{ _entities: { creditTransfers: Summary }[] }>(metro, TRANSFERS, { r: [evidence()] });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].creditTransfers;
  };
  const setCap = (credits: number) => college.db.dataSource.query("UPDATE articulation_agreement SET max_transfer_credits = ? WHERE id = 'agr-net'", [credits]);

  it('refuses a COURSE_RESULT minScore below the pass mark, saying why, rather than silently requiring 60 as well', async () => {
    // Before, minScore 30 was stored and the rule then quietly required a pass (60) too.
    const before = await college.count('credit_rule');
    const res = await add(courseInput({ minScore: 30 }));
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'minScore']);
    expect(res.errors![0].message).toBe("minScore 30 is below the pass mark of 60: a failed course earns no credit, so a COURSE_RESULT rule's minScore must be from 60 to 100");
    expect(await college.count('credit_rule')).toBe(before);
  });

  it('refuses a rule giving more credits than the courses it exempts are worth together', async () => {
    const before = await college.count('credit_rule');
    const res = await add(courseInput({ exemptCourseCodes: ['NET-H220', 'NET-H230'], credits: 8 }));
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'credits']);
    expect(res.errors![0].message).toMatch(/credits 8 are more than the exempted courses are worth \(NET-H220, NET-H230: 7 credits together\)/);
    expect(await college.count('credit_rule')).toBe(before);
  });

  it('a rule stored before the course bound still grants no more than its course is worth: 4 credits for the 3-credit NET-H220 count as 3', async () => {
    const res = await add(courseInput({ minScore: 60 }));
    expect(res.errors).toBeUndefined();
    await college.db.dataSource.query('UPDATE credit_rule SET credits = 4 WHERE id = ?', [Number(res.data!.addCreditRule.id)]);
    const { transfers, totalCredits, cappedCredits, maxTransferCredits } = await summary();
    expect(transfers.map((t) => [t.rule.id, t.exemptedCourse.code, t.status, t.credits])).toEqual([
      ['1', 'NET-H210', 'APPLIED', 4], ['2', 'NET-H210', 'SUPERSEDED', 4], [res.data!.addCreditRule.id, 'NET-H220', 'APPLIED', 3],
    ]);
    expect(transfers[2].reason).toBe(`rule ${res.data!.addCreditRule.id} gives 4 credits; NET-H220 is worth 3, so 3 count`);
    // Before the bound: 8 credits for two courses worth 7 together.
    expect([totalCredits, cappedCredits, maxTransferCredits]).toEqual([7, 0, 8]);
  });

  it('the agreement’s cap counts transfers in priority order and shows what it cut', async () => {
    const low = await add(courseInput({ secondaryCourseCode: 'NET-S101', minScore: 90, exemptCourseCodes: ['NET-H230'], credits: 4, priority: 0 }));
    expect(low.errors).toBeUndefined();
    await setCap(5);
    try {
      const s = await summary();
      const applied = s.transfers.filter((t) => t.status !== 'SUPERSEDED').map((t) => [t.exemptedCourse.code, t.status, t.credits, t.cappedCredits]);
      expect(applied).toEqual([['NET-H210', 'APPLIED', 4, 0], ['NET-H220', 'APPLIED', 3, 2], ['NET-H230', 'CAPPED', 4, 4]]);
      expect(s.transfers.find((t) => t.status === 'CAPPED')!.reason).toBe('the agreement counts at most 5 transferred credits, and transfers of higher priority already reach that cap');
      expect([s.totalCredits, s.cappedCredits, s.maxTransferCredits, s.agreement.maxTransferCredits]).toEqual([5, 6, 5, 5]);
    } finally {
      await setCap(8);
    }
  });

  it('creditRuleConflicts reports the tie a transfer’s reason cites, between rules taking different evidence', async () => {
    // The two NET-S1xx rules above exempt different courses; this one ties with rule 1 on NET-H210 at priority 10.
    const tie = await add(courseInput({ secondaryCourseCode: 'NET-S101', minScore: 85, exemptCourseCodes: ['NET-H210'], credits: 4, priority: 10 }));
    expect(tie.errors).toBeUndefined();
    const id = tie.data!.addCreditRule.id;
    const superseded = (await summary()).transfers.find((t) => t.rule.id === id)!;
    expect(superseded.reason).toMatch(/superseded by rule 1 \(priority 10\).*equal priority, so the lower rule id wins \(see creditRuleConflicts\)/);
    const res = await college.run<{ creditRuleConflicts: { nodes: { explanation: string; rules: { id: string }[] }[] } }>(anonymous, CONFLICTS, { id: 'agr-net' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.creditRuleConflicts.nodes.map((c) => c.rules.map((r) => r.id))).toEqual([['1', id]]);
    expect(res.data!.creditRuleConflicts.nodes[0].explanation).toContain('take different evidence (certificate X-NED-1; secondary course result NET-S101)');
  });
});

describe.each(kinds)('the transfer cap migration (%s)', (kind) => {
  it('gives agreements stored before it their programme’s total course credits, so no decision changes', async () => {
    const college = await openCollege(kind);
    try {
      const db = college.db.dataSource;
      const executed = async () => ((await db.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);
      while ((await executed()).includes('TransferCap1767580000000')) await db.undoLastMigration({ transaction: 'each' });
      await db.runMigrations({ transaction: 'each' });
      const rows: { id: string; max_transfer_credits: number }[] = await db.query('SELECT id, max_transfer_credits FROM articulation_agreement ORDER BY id');
      // COL-NET's courses are worth 18 credits: 15, and the 3 of NET-H240, the course the committee moved from 4G to 5G.
      expect(rows.map((r) => [r.id, Number(r.max_transfer_credits)])).toEqual([['agr-auto', 11], ['agr-ec', 10], ['agr-net', 18]]);
    } finally {
      await college.close();
    }
  });
});
