/**
 * Dual-qualified teachers (双师型), under a configurable rule: a teacher
 * qualification by the end of the year, the rule's hours of enterprise
 * practice in the year, and, when the rule asks, an industry qualification.
 */
import { describe, expect, it } from 'vitest';
import { activeIn, combineYears, dualQualifiedYear, isDualQualified, type TeacherFacts } from '../teachers/dual-qualified.ts';

const rule = { minPracticeHours: 160, requireIndustryQualification: false };
const teacher = (over: Partial<TeacherFacts> = {}): TeacherFacts => ({
  activeFrom: '2018-09-01', activeTo: null,
  qualifications: [{ kind: 'TEACHING', obtainedOn: '2016-07-01' }],
  practice: [{ year: 2024, hours: 160 }],
  ...over,
});

describe('a dual-qualified teacher', () => {
  it('holds a teacher qualification and practised at least the rule’s hours that year, added up across enterprises', () => {
    expect(isDualQualified(rule, teacher(), 2024)).toBe(true);
    expect(isDualQualified(rule, teacher({ practice: [{ year: 2024, hours: 159 }] }), 2024)).toBe(false);
    expect(isDualQualified(rule, teacher({ practice: [{ year: 2024, hours: 100 }, { year: 2024, hours: 60 }] }), 2024)).toBe(true);
    expect(isDualQualified(rule, teacher(), 2025)).toBe(false);
  });

  it('counts a qualification from the year it was obtained, to the year’s last day', () => {
    const late = teacher({ qualifications: [{ kind: 'TEACHING', obtainedOn: '2024-12-31' }] });
    expect(isDualQualified(rule, late, 2024)).toBe(true);
    expect(isDualQualified(rule, teacher({ qualifications: [{ kind: 'TEACHING', obtainedOn: '2025-01-01' }] }), 2024)).toBe(false);
    expect(isDualQualified(rule, teacher({ qualifications: [{ kind: 'INDUSTRY', obtainedOn: '2016-01-01' }] }), 2024)).toBe(false);
  });

  it('needs an industry qualification too when the rule says so', () => {
    const strict = { minPracticeHours: 40, requireIndustryQualification: true };
    expect(isDualQualified(strict, teacher(), 2024)).toBe(false);
    const both = teacher({ qualifications: [{ kind: 'TEACHING', obtainedOn: '2016-07-01' }, { kind: 'INDUSTRY', obtainedOn: '2024-12-31' }] });
    expect(isDualQualified(strict, both, 2024)).toBe(true);
    expect(isDualQualified(strict, teacher({ qualifications: [{ kind: 'TEACHING', obtainedOn: '2016-07-01' }, { kind: 'INDUSTRY', obtainedOn: '2025-01-01' }] }), 2024)).toBe(false);
  });
});

describe('a programme’s dual-qualified ratio', () => {
  it('is over the teachers on the staff at some time that year', () => {
    expect(activeIn(teacher({ activeFrom: '2024-12-31' }), 2024)).toBe(true);
    expect(activeIn(teacher({ activeFrom: '2025-01-01' }), 2024)).toBe(false);
    expect(activeIn(teacher({ activeTo: '2024-01-01' }), 2024)).toBe(true);
    expect(activeIn(teacher({ activeTo: '2023-12-31' }), 2024)).toBe(false);
    const staff = [teacher(), teacher({ practice: [] }), teacher({ activeTo: '2023-06-30' }), teacher({ activeFrom: '2025-02-01' })];
    expect(dualQualifiedYear(rule, staff, 2024)).toEqual({ year: 2024, teachers: 2, qualified: 1, ratio: 0.5 });
    expect(dualQualifiedYear(rule, [], 2024)).toEqual({ year: 2024, teachers: 0, qualified: 0, ratio: null });
  });

  it('two programmes add up: 13 of 25, as the demo’s 2024', () => {
    expect(combineYears(2024, [{ year: 2024, teachers: 12, qualified: 7 }, { year: 2024, teachers: 13, qualified: 6 }])).toEqual({ year: 2024, teachers: 25, qualified: 13, ratio: 0.52 });
    expect(combineYears(2030, [])).toEqual({ year: 2030, teachers: 0, qualified: 0, ratio: null });
  });

  it('the demo’s teachers rose from 52% to 88% under the default rule', async () => {
    const { teachers } = await import('../demo.ts');
    const all = [...teachers.secondaryTeachers, ...teachers.collegeTeachers];
    expect(dualQualifiedYear(rule, all, 2024).ratio).toBe(0.52);
    expect(dualQualifiedYear(rule, all, 2025).ratio).toBe(0.88);
  });
});
