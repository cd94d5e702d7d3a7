import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { ExamRegistrationEntity } from '../entities/exam-registration.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { PreliminaryExamEntity } from '../entities/preliminary-exam.ts';
import { callers, openHarness, type Harness } from './harness.ts';
import { RECORD_ASSESSMENT, RECORD_EXAM, REGISTER, attempt, cleanLearners } from './training-fixtures.ts';

const kinds = await databaseKinds();
const [learner, byAdmin] = cleanLearners('2024');
/** Enrolled 2022-09-01; the secondary stage ended 2025-07-01. */
const [graduate] = cleanLearners('2022');
const NOBODY = learnerId(2030, 1);

const NOT_YOUR_LEARNER = 'only SECONDARY_STAFF of the school where the learner is enrolled, or an administrator, may record this; the learner is not enrolled at your school';

describe.each(kinds)('recording module assessments, preliminary exams and registrations (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  /** Rows in the three tiers' tables, to prove a refused write left nothing behind. */
  const rows = async () => [await hub.count(ModuleAssessmentEntity), await hub.count(PreliminaryExamEntity), await hub.count(ExamRegistrationEntity)];
  const refused = async (actor: Actor, query: string, input: Record<string, unknown>) => {
    const before = await rows();
    const outcome = await attempt(hub, actor, query, input);
    expect(await rows()).toEqual(before);
    expect(outcome.data ?? null).toBeNull();
    return outcome;
  };
  const assessment = (overrides: Record<string, unknown> = {}) => ({ studentId: learner, moduleCode: 'X-OSOP-1-M1', score: 70, assessedOn: '2025-10-16', ...overrides });
  const exam = (overrides: Record<string, unknown> = {}) => ({ studentId: learner, standardCode: 'X-OSOP-1', score: 85, takenOn: '2026-05-14', ...overrides });

  describe('who may record', () => {
    it.each([
      ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
      ['staff of another school', callers.riverside, 'FORBIDDEN'],
      ['the partner college', callers.metroCollege, 'FORBIDDEN'],
      ['an enterprise', callers.huadong, 'FORBIDDEN'],
      ['the learner themself', callers.learner(learner!), 'FORBIDDEN'],
    ])('%s may not record anything for a Hillview learner', async (_who, actor, code) => {
      for (const [query, input] of [[RECORD_ASSESSMENT, assessment()], [RECORD_EXAM, exam()], [REGISTER, { studentId: learner, standardCode: 'X-OSOP-1' }]] as const) {
        expect((await refused(actor, query, input)).code).toBe(code);
      }
    });

    it('a refusal does not say where, or whether, the learner is enrolled', async () => {
      const elsewhere = await refused(callers.riverside, RECORD_ASSESSMENT, assessment());
      const nowhere = await refused(callers.riverside, RECORD_ASSESSMENT, assessment({ studentId: NOBODY }));
      expect(elsewhere).toMatchObject({ code: 'FORBIDDEN', message: NOT_YOUR_LEARNER });
      expect(nowhere).toEqual(elsewhere);
    });

    it('an administrator may record for any learner, and is told when no such learner is enrolled', async () => {
      expect((await attempt(hub, callers.admin, RECORD_ASSESSMENT, assessment({ studentId: byAdmin }))).code).toBeUndefined();
      const { code, message } = await refused(callers.admin, RECORD_ASSESSMENT, assessment({ studentId: NOBODY }));
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toMatch(/no learner with that id is enrolled/);
    });

    it('the learner’s own school records all three tiers', async () => {
      const before = await rows();
      expect(await attempt(hub, callers.hillview, RECORD_ASSESSMENT, assessment())).toMatchObject({
        code: undefined,
        data: { recordModuleAssessment: { module: { code: 'X-OSOP-1-M1', standardCode: 'X-OSOP-1', credits: 2 }, score: 70, passed: true, assessedOn: '2025-10-16', creditsEarned: 2 } },
      });
      expect(await attempt(hub, callers.hillview, RECORD_EXAM, exam())).toMatchObject({ data: { recordPreliminaryExam: { standardCode: 'X-OSOP-1', score: 85, takenOn: '2026-05-14' } } });
      expect((await attempt(hub, callers.hillview, REGISTER, { studentId: learner, standardCode: 'X-OSOP-1' })).code).toBeUndefined();
      expect(await rows()).toEqual(before.map((n) => n + 1));
    });
  });

  describe('what is accepted', () => {
    it.each([
      ['a malformed learner id', { studentId: 'GT2024' }, /studentId "GT2024" is not a Guantong learner id/],
      ['a malformed module code', { moduleCode: 'x-osop-1-m1' }, /moduleCode "x-osop-1-m1" is not a module code: use 2 to 40 capital letters/],
      ['a module that does not exist', { moduleCode: 'X-OSOP-1-M9' }, /moduleCode "X-OSOP-1-M9" is not a certificate training module on the hub/],
      ['a score above 100', { score: 100.5 }, /score must be a number from 0 to 100, got 100.5/],
      ['a negative score', { score: -1 }, /score must be a number from 0 to 100/],
      ['a date that is not a calendar date', { assessedOn: '2025-02-30' }, /at "input.assessedOn"; Expected type "Date". Date must be a calendar date written YYYY-MM-DD/],
      ['a date before the enrolment', { assessedOn: '2024-08-31' }, /assessedOn 2024-08-31 is before the learner's enrolment on 2024-09-01/],
      ['a date in the future', { assessedOn: '2099-01-01' }, /assessedOn 2099-01-01 is in the future/],
      ['a date after the secondary stage ended', { studentId: graduate, assessedOn: '2025-07-02' }, /after the learner's secondary stage ended on 2025-07-01/],
    ])('an assessment with %s is refused with BAD_USER_INPUT, writing nothing', async (_case, overrides, message) => {
      const outcome = await refused(callers.hillview, RECORD_ASSESSMENT, assessment(overrides));
      expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    });

    it.each([
      ['a malformed standard code', { standardCode: 'X OSOP 1' }, /standardCode "X OSOP 1" is not a certificate standard code/],
      ['a standard not handled here', { standardCode: 'X-ICV-2' }, /standardCode "X-ICV-2" has no training modules or exam gate here/],
      ['a score above 100', { score: 101 }, /score must be a number from 0 to 100/],
      ['a malformed date', { takenOn: '14/05/2026' }, /at "input.takenOn"; Expected type "Date". Date must be a calendar date/],
      ['a date before the enrolment', { takenOn: '2020-05-14' }, /takenOn 2020-05-14 is before the learner's enrolment/],
    ])('a preliminary exam with %s is refused with BAD_USER_INPUT, writing nothing', async (_case, overrides, message) => {
      expect(await refused(callers.hillview, RECORD_EXAM, exam(overrides))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    });

    it.each([
      ['a malformed learner id', { studentId: 'nobody', standardCode: 'X-OSOP-1' }, /is not a Guantong learner id/],
      ['a malformed standard code', { studentId: learner, standardCode: '' }, /is not a certificate standard code/],
    ])('a registration with %s is refused with BAD_USER_INPUT, writing nothing', async (_case, input, message) => {
      expect(await refused(callers.hillview, REGISTER, input)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    });

    it('the same assessment twice is a CONFLICT; a retake on another day is not', async () => {
      const first = assessment({ moduleCode: 'X-OSOP-1-M2', score: 50, assessedOn: '2025-11-13' });
      expect((await attempt(hub, callers.hillview, RECORD_ASSESSMENT, first)).code).toBeUndefined();
      const again = await refused(callers.hillview, RECORD_ASSESSMENT, { ...first, score: 65 });
      expect(again).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already recorded; .* record a retake with its own date/) });
      expect((await attempt(hub, callers.hillview, RECORD_ASSESSMENT, { ...first, score: 65, assessedOn: '2025-12-11' })).code).toBeUndefined();
    });

    it('the same preliminary sitting twice is a CONFLICT', async () => {
      const sitting = exam({ takenOn: '2026-04-02', score: 70 });
      expect((await attempt(hub, callers.hillview, RECORD_EXAM, sitting)).code).toBeUndefined();
      expect(await refused(callers.hillview, RECORD_EXAM, { ...sitting, score: 90 })).toMatchObject({ code: 'CONFLICT' });
    });
  });
});
