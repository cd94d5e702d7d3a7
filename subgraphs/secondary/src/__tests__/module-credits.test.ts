import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { callers, openHarness, type Harness } from './harness.ts';
import { RECORD_ASSESSMENT, attempt, cleanLearners, trainingOf } from './training-fixtures.ts';

const kinds = await databaseKinds();
const [passer, failer, retaker, twoStandards] = cleanLearners('2024');

describe.each(kinds)('module assessments earn credits (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const assess = async (studentId: string, moduleCode: string, score: number, assessedOn: string) => {
    const { data, code, message } = await attempt(hub, callers.hillview, RECORD_ASSESSMENT, { studentId, moduleCode, score, assessedOn });
    expect({ code, message }).toEqual({ code: undefined, message: '' });
    return (data as { recordModuleAssessment: { passed: boolean; creditsEarned: number } }).recordModuleAssessment;
  };

  it('a learner with no assessments has 0 module credits', async () => {
    const view = await trainingOf(hub, passer!);
    expect(view.moduleCredits).toBe(0);
    expect(view.moduleAssessments).toEqual({ nodes: [] });
  });

  it('a passed module earns its 2 credits, and the pass mark of 60 passes', async () => {
    expect(await assess(passer!, 'X-OSOP-1-M1', 60, '2025-10-16')).toMatchObject({ passed: true, creditsEarned: 2 });
    expect((await trainingOf(hub, passer!)).moduleCredits).toBe(2);
  });

  it('a failed module earns nothing', async () => {
    expect(await assess(failer!, 'X-OSOP-1-M2', 59.5, '2025-11-13')).toMatchObject({ passed: false, creditsEarned: 0 });
    const view = await trainingOf(hub, failer!);
    expect(view.moduleCredits).toBe(0);
    expect(view.moduleAssessments?.nodes).toEqual([{ module: { code: 'X-OSOP-1-M2' }, score: 59.5, passed: false, creditsEarned: 0, assessedOn: '2025-11-13' }]);
  });

  it('a retake that passes counts once, however often the module is passed again', async () => {
    await assess(retaker!, 'X-OSOP-1-M3', 45, '2025-12-11');
    await assess(retaker!, 'X-OSOP-1-M3', 72, '2026-01-08');
    expect((await trainingOf(hub, retaker!)).moduleCredits).toBe(2);
    await assess(retaker!, 'X-OSOP-1-M3', 90, '2026-02-05');
    const view = await trainingOf(hub, retaker!);
    expect(view.moduleCredits).toBe(2);
    expect(view.examEligibility).toMatchObject({ modulesPassed: 1, modulesTotal: 5 });
  });

  it('lists assessments in the order taken, whatever order they were recorded in', async () => {
    await assess(retaker!, 'X-OSOP-1-M1', 80, '2025-10-16');
    const dates = (await trainingOf(hub, retaker!)).moduleAssessments!.nodes.map((a) => `${a.assessedOn} ${a.module.code} ${a.score}`);
    expect(dates).toEqual(['2025-10-16 X-OSOP-1-M1 80', '2025-12-11 X-OSOP-1-M3 45', '2026-01-08 X-OSOP-1-M3 72', '2026-02-05 X-OSOP-1-M3 90']);
    expect((await trainingOf(hub, retaker!)).moduleCredits).toBe(4);
  });

  it('credits add up across standards, and only the standard asked about counts towards its modules', async () => {
    await assess(twoStandards!, 'X-OSOP-1-M1', 88, '2025-10-16');
    await assess(twoStandards!, 'X-NED-1-M1', 75, '2025-10-23');
    await assess(twoStandards!, 'X-NED-1-M2', 30, '2025-12-04');
    const view = await trainingOf(hub, twoStandards!, 'X-NED-1');
    expect(view.moduleCredits).toBe(4);
    expect(view.examEligibility).toMatchObject({ standardCode: 'X-NED-1', modulesPassed: 1, modulesTotal: 4 });
  });

  it('the demo’s E-commerce learners have credits from their X-OSOP-1 modules', async () => {
    const view = await trainingOf(hub, 'GT2022000028');
    expect(view.moduleCredits).toBe(10);
    expect(view.moduleAssessments!.nodes.map((a) => a.module.code)).toEqual(['X-OSOP-1-M1', 'X-OSOP-1-M2', 'X-OSOP-1-M3', 'X-OSOP-1-M4', 'X-OSOP-1-M5']);
  });

  it('an assessment counts from its date: with the clock moved back, a module passed later is not yet earned', async () => {
    // The retaker passed M1 on 2025-10-16 and M3 at the second attempt, on 2026-01-08.
    const on = async (day: string) => {
      pinClock(day);
      try {
        const view = await trainingOf(hub, retaker!);
        return [view.moduleCredits, view.examEligibility?.modulesPassed];
      } finally {
        pinClock(DEMO_TODAY);
      }
    };
    expect(await on('2026-01-07')).toEqual([2, 1]);
    expect(await on('2026-01-08')).toEqual([4, 2]);
  });
});
