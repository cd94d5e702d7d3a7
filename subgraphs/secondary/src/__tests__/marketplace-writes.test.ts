import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { LearningReportEntity } from '../entities/learning-report.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { ModuleEnrolmentEntity } from '../entities/module-catalogue.ts';
import { callers, openHarness, type Harness } from './harness.ts';
import { RECORD_ASSESSMENT, attempt, cleanLearners } from './training-fixtures.ts';

const kinds = await databaseKinds();
const [learner, other] = cleanLearners('2024');
const ENROL = /* GraphQL */ `
  mutation($input: EnrolInModuleInput!) { enrolInModule(input: $input) { module { code } status enrolledOn startsOn attempts bestScore } }
`;
const enrolment = (over: Record<string, unknown> = {}) => ({ studentId: learner, moduleCode: 'X-NE-2-M3', enrolledOn: '2026-11-02', startsOn: '2026-11-09', ...over });

describe.each(kinds)('enrolling learners in modules, and what a refused write leaves behind (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const counts = async () => [await hub.count(ModuleEnrolmentEntity), await hub.count(ModuleAssessmentEntity), await hub.count(LearningReportEntity)];

  it('the learner’s school enrols them; the module is in progress once it starts, and the write is audited', async () => {
    const { data, errors, audit } = await hub.runAudited(callers.hillview, ENROL, { input: enrolment() });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ enrolInModule: { module: { code: 'X-NE-2-M3' }, status: 'IN_PROGRESS', enrolledOn: '2026-11-02', startsOn: '2026-11-09', attempts: 0, bestScore: null } });
    expect(audit).toMatchObject([{ studentId: learner, outcome: 'ALLOWED', parts: 'RESULTS:enrolInModule' }]);
  });

  it('a second enrolment in the same module is a CONFLICT, writing nothing', async () => {
    const before = await counts();
    expect((await attempt(hub, callers.hillview, ENROL, enrolment({ enrolledOn: '2026-11-03' }))).code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an unknown module', { moduleCode: 'X-NONE-1-M1' }, /is not a module on the hub/],
    ['a start before the enrolment', { studentId: other, startsOn: '2026-10-01' }, /startsOn 2026-10-01 is before enrolledOn/],
    ['an enrolment in the future', { studentId: other, enrolledOn: '2099-01-01', startsOn: '2099-01-02' }, /in the future/],
    ['a malformed learner id', { studentId: 'nobody' }, /is not a Guantong learner id/],
  ])('%s is refused with BAD_USER_INPUT, writing nothing', async (_case, over, message) => {
    const before = await counts();
    const outcome = await attempt(hub, callers.hillview, ENROL, enrolment(over));
    expect(outcome).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    expect(await counts()).toEqual(before);
  });

  it('another school may not enrol the learner, and nothing is written', async () => {
    const before = await counts();
    expect((await attempt(hub, callers.riverside, ENROL, enrolment({ studentId: other }))).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('a refused module assessment writes neither the assessment nor a report', async () => {
    const before = await counts();
    const outcome = await attempt(hub, callers.hillview, RECORD_ASSESSMENT, { studentId: learner, moduleCode: 'X-NE-2-M3', score: 140, assessedOn: '2026-11-20' });
    expect(outcome.code).toBe('BAD_USER_INPUT');
    const future = await attempt(hub, callers.hillview, RECORD_ASSESSMENT, { studentId: learner, moduleCode: 'X-NE-2-M3', score: 70, assessedOn: '2099-11-20' });
    expect(future.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('a recorded assessment stores its report in the same write, and the report cannot be changed', async () => {
    const before = await counts();
    const { errors } = await hub.run(callers.hillview, RECORD_ASSESSMENT, { input: { studentId: learner, moduleCode: 'X-NE-2-M3', score: 48, assessedOn: '2026-11-20' } });
    expect(errors).toBeUndefined();
    expect(await counts()).toEqual([before[0], before[1]! + 1, before[2]! + 1]);
    const reports = hub.db.dataSource.getRepository(LearningReportEntity);
    const report = (await reports.findBy({ studentId: learner }))[0]!;
    expect(JSON.parse(report.body)).toMatchObject({ score: 48, passed: false, suggestions: [{ kind: 'RETAKE', moduleCode: 'X-NE-2-M3' }] });
    await expect(reports.update({ id: report.id }, { printableHtml: 'changed' })).rejects.toThrow(/immutable/);
    await expect(reports.delete({ id: report.id })).rejects.toThrow(/immutable/);
  });
});
