/**
 * The report of competing credit rules, read in full as staff read it: how one
 * learner can meet both rules, in which dates, scores and levels, and which
 * rule the transfers apply.
 */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../credit-bank/conflicts.ts';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import { certRule, courseRule } from './credit-fixtures.ts';

const explain = (a: CreditRuleRow, b: CreditRuleRow) => findConflicts([a, b]).map((c) => c.explanation);

describe('the same evidence in force together', () => {
  it('names the common dates, the higher minimum score and the higher level, whichever rule sets them', () => {
    const a = certRule({ effectiveFrom: '2024-09-01', effectiveTo: '2027-08-31', minScore: 70, minLevel: 'INTERMEDIATE', credits: 3 });
    const b = certRule({ effectiveFrom: '2023-09-01', effectiveTo: '2026-08-31', minScore: null, minLevel: 'ENTRY', credits: 4 });
    const sentence = (x: CreditRuleRow, y: CreditRuleRow) =>
      `rules ${x.id} and ${y.id} take the same evidence (certificate X-NED-1) in force together from 2024-09-01 to 2026-08-31, for scores 70–100, levels INTERMEDIATE and above, ` +
      `and both exempt NET-H210 at the same priority (0), giving ${x.credits} and ${y.credits} credits. Transfers apply rule ${a.id} (the lower rule id) and supersede rule ${b.id} until one is retired or reprioritised.`;
    expect(explain(a, b)).toEqual([sentence(a, b)]);
    const [c, d] = [certRule({ ...b, id: 901 }), certRule({ ...a, id: 902 })];
    expect(explain(c, d)[0]).toContain('in force together from 2024-09-01 to 2026-08-31, for scores 70–100, levels INTERMEDIATE and above,');
  });

  it('a rule with no end meets the other up to the other’s end; two rules with no end meet onwards', () => {
    const open = certRule({ effectiveFrom: '2025-01-01' });
    expect(explain(open, certRule({ effectiveTo: '2026-08-31' }))[0]).toContain('in force together from 2025-01-01 to 2026-08-31, for scores 0–100, and both exempt NET-H210');
    expect(explain(certRule({ effectiveTo: '2026-08-31' }), open)[0]).toContain('in force together from 2025-01-01 to 2026-08-31,');
    expect(explain(open, certRule())[0]).toContain('in force together from 2025-01-01 onwards,');
  });

  it('ranges meeting on a single day are in force together on that day', () => {
    const a = certRule({ effectiveTo: '2025-01-01' });
    expect(explain(a, certRule({ effectiveFrom: '2025-01-01' }))[0]).toContain('in force together from 2025-01-01 to 2025-01-01,');
  });

  it('ranges that end apart, whichever is listed first, do not meet', () => {
    const early = certRule({ effectiveFrom: '2020-01-01', effectiveTo: '2021-12-31' });
    const late = certRule({ effectiveFrom: '2022-01-01', effectiveTo: '2023-12-31' });
    expect(explain(early, late)[0]).toContain('at different times (from 2020-01-01 to 2021-12-31; from 2022-01-01 to 2023-12-31)');
    expect(explain(certRule({ ...late, id: 950 }), certRule({ ...early, id: 951 }))[0]).toContain('at different times');
  });

  it('the same course result taken by two rules is the same evidence; another course is not', () => {
    expect(explain(courseRule(), courseRule())[0]).toContain('take the same evidence (secondary course result NET-S120) in force together');
    expect(explain(courseRule(), courseRule({ secondaryCourseCode: 'NET-S101' }))[0]).toContain('take different evidence (secondary course result NET-S120; secondary course result NET-S101)');
    expect(explain(courseRule({ priority: 1, credits: 2 }), courseRule({ secondaryCourseCode: 'NET-S101', priority: 2 }))).toEqual([]);
  });

  it('rules sharing two courses list both; equal credits at equal priority give no credits clause', () => {
    const [a, b] = [certRule({ exemptCourseCodes: 'NET-H210,NET-H220' }), certRule({ exemptCourseCodes: 'NET-H220,NET-H210' })];
    expect(explain(a, b)[0]).toContain('and both exempt NET-H210, NET-H220 at the same priority (0). Transfers apply');
  });
});
