import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { admin, anonymous, codeOf, EC_LEARNER, fieldOf, metro, NET_LEARNER, openCollege, riverside, SCHOOL_LEARNER, staff, UNREGISTERED, type College } from './harness.ts';

const kinds = await databaseKinds();

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordResultInput!) {
    recordCollegeResult(input: $input) { course { code program { code } } term score passed }
  }
`;

const RESULTS = /* GraphQL */ `
  query($id: LearnerId!) { student(id: $id) { higherStage { results { nodes { course { code } term score passed } } } } }
`;

interface Results {
  student: { higherStage: { results: { nodes: { course: { code: string }; term: string; score: number; passed: boolean }[] } } };
}

/** NET-H220 is taught in year 5 (2026-2027) of the 2022 cohort: no demo result yet. */
const input = (overrides: Record<string, unknown> = {}) => ({ studentId: NET_LEARNER, courseCode: 'NET-H220', term: '2026-2027-1', score: 59.5, ...overrides });

describe.each(kinds)('recording a college course result (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  /** Runs a recording that must be refused, and proves no result was written. */
  const refused = async (actor: Parameters<College['run']>[0], variables: ReturnType<typeof input>) => {
    const before = await college.count('college_course_result');
    const res = await college.run(actor, RECORD, { input: variables });
    expect(res.data).toBeNull();
    expect(await college.count('college_course_result')).toBe(before);
    return res;
  };

  it('college staff record a failing score; it shows last in the learner’s higher stage, in term order', async () => {
    const res = await college.run(metro, RECORD, { input: input() });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ recordCollegeResult: { course: { code: 'NET-H220', program: { code: 'COL-NET' } }, term: '2026-2027-1', score: 59.5, passed: false } });
    const read = await college.run<Results>(metro, RESULTS, { id: NET_LEARNER });
    const results = read.data!.student.higherStage.results.nodes;
    expect(results.at(-1)).toEqual({ course: { code: 'NET-H220' }, term: '2026-2027-1', score: 59.5, passed: false });
  });

  it('a score of exactly 60 passes, and an admin may record', async () => {
    const res = await college.run<{ recordCollegeResult: { passed: boolean } }>(admin, RECORD, { input: input({ term: '2025-2026-2', score: 60 }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordCollegeResult.passed).toBe(true);
  });

  it('a second result for the same course and term is a conflict', async () => {
    const existing = demoRoster().collegeResults.find((r) => r.studentId === NET_LEARNER)!;
    const res = await refused(metro, input({ courseCode: existing.courseCode, term: existing.term, score: 99 }));
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('refuses a course that is not a college course, naming the field and an example', async () => {
    const res = await refused(metro, input({ courseCode: 'NET-S120' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('courseCode');
    expect(res.errors![0].message).toContain('NET-H201');
  });

  it('refuses a learner still at the secondary stage', async () => {
    const res = await refused(metro, input({ studentId: SCHOOL_LEARNER }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('studentId');
  });

  it('refuses a learner whose higher stage is in another programme', async () => {
    const res = await refused(metro, input({ studentId: EC_LEARNER }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('studentId');
  });

  it('refuses a learner unknown to the hub', async () => {
    expect(fieldOf(await refused(metro, input({ studentId: UNREGISTERED })))).toBe('studentId');
  });

  it.each([
    ['a mistyped learner id', { studentId: 'GT2022000011' }, 'studentId'],
    ['a term whose years do not follow', { term: '2026-2028-1' }, 'term'],
    ['a third semester', { term: '2026-2027-3' }, 'term'],
    ['a score above 100', { score: 100.5 }, 'score'],
    ['a negative score', { score: -1 }, 'score'],
    ['a term that has not started (2027-02-01, after today 2026-11-23)', { term: '2026-2027-2' }, 'term'],
    ['a term that ended before the learner’s higher-stage enrolment (2025-09-01)', { term: '2024-2025-2' }, 'term'],
  ])('refuses %s', async (_what, overrides, field) => {
    const res = await refused(metro, input(overrides));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe(field);
  });

  it('a secondary school may not record results in a college course', async () => {
    expect(codeOf(await refused(riverside, input({ term: '2027-2028-1' })))).toBe('FORBIDDEN');
  });

  it('staff of another college may not record at Metro, and are not told who is enrolled there', async () => {
    const elsewhere = staff('COLLEGE_STAFF', 'col-elsewhere');
    expect(codeOf(await refused(elsewhere, input({ term: '2027-2028-1' })))).toBe('FORBIDDEN');
    expect(codeOf(await refused(elsewhere, input({ studentId: SCHOOL_LEARNER })))).toBe('FORBIDDEN');
  });

  it('an anonymous caller is asked to sign in', async () => {
    expect(codeOf(await refused(anonymous, input({ term: '2027-2028-1' })))).toBe('UNAUTHENTICATED');
  });

  it('of two recordings of the same result at once, exactly one wins', async () => {
    const same = input({ term: '2025-2026-1', score: 71 });
    const outcomes = await Promise.all([college.run(metro, RECORD, { input: same }), college.run(metro, RECORD, { input: same })]);
    expect(outcomes.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  });
});
