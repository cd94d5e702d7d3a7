import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@guantong/shared/clock';
import { databaseKinds } from '@guantong/shared/testing';
import { ExamGateEntity } from '../entities/exam-gate.ts';
import { ExamRegistrationEntity } from '../entities/exam-registration.ts';
import { callers, openHarness, studentRef, type Harness } from './harness.ts';
import { RECORD_EXAM, REGISTER, TRAINING, attempt, cleanLearners, ecLearners, trainingOf, type TrainingView } from './training-fixtures.ts';

const kinds = await databaseKinds();
const [almost, exactly, resitter, stricter, unsat, fickle] = cleanLearners('2024');

describe.each(kinds)('the preliminary-exam gate to the formal certification exam (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
    // Another standard with a configured, stricter gate; it has no modules here.
    await hub.db.dataSource.getRepository(ExamGateEntity).insert({ standardCode: 'X-OSOP-2', preliminaryThreshold: 90 });
  });
  afterAll(() => hub?.close());

  const sit = async (studentId: string, score: number, takenOn: string, standardCode = 'X-OSOP-1') => {
    const { code } = await attempt(hub, callers.hillview, RECORD_EXAM, { studentId, standardCode, score, takenOn });
    expect(code).toBeUndefined();
  };
  const register = (studentId: string, standardCode = 'X-OSOP-1') => attempt(hub, callers.hillview, REGISTER, { studentId, standardCode });
  const registrations = () => hub.count(ExamRegistrationEntity);

  it('79.5 is refused with the best score and the threshold, and nothing is written', async () => {
    await sit(almost!, 79.5, '2026-05-14');
    const before = await registrations();
    const { data, code, message } = await register(almost!);
    expect(data).toBeNull();
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe('registration refused: best X-OSOP-1 preliminary score 79.5 is below the threshold of 80; registering needs at least 80');
    expect(await registrations()).toBe(before);
  });

  it('examEligibility explains the refusal in the same words', async () => {
    expect((await trainingOf(hub, almost!)).examEligibility).toEqual({
      standardCode: 'X-OSOP-1', eligible: false, bestPreliminaryScore: 79.5, threshold: 80, modulesPassed: 0, modulesTotal: 5, registered: false,
      reasons: ['best X-OSOP-1 preliminary score 79.5 is below the threshold of 80; registering needs at least 80'],
    });
  });

  it('exactly 80 opens the gate: the learner is eligible, and is registered today', async () => {
    await sit(exactly!, 80, '2026-05-14');
    expect((await trainingOf(hub, exactly!)).examEligibility).toMatchObject({ eligible: true, bestPreliminaryScore: 80, registered: false, reasons: [] });
    const before = await registrations();
    const { data, code } = await register(exactly!);
    expect(code).toBeUndefined();
    expect(data).toEqual({ registerForCertificationExam: { standardCode: 'X-OSOP-1', registeredOn: todayInChina() } });
    expect(await registrations()).toBe(before + 1);
  });

  it('once registered, the learner is no longer eligible, and a second registration is a CONFLICT that writes nothing', async () => {
    const eligibility = (await trainingOf(hub, exactly!)).examEligibility!;
    expect(eligibility).toMatchObject({ eligible: false, registered: true });
    expect(eligibility.reasons).toEqual([expect.stringMatching(/^already registered for the X-OSOP-1 formal exam on \d{4}-\d{2}-\d{2}$/)]);
    const before = await registrations();
    const { code, message } = await register(exactly!);
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/already registered for the X-OSOP-1 formal exam/);
    expect(await registrations()).toBe(before);
  });

  it('the best of several sittings counts: a resit that reaches 80 opens the gate, and a worse one later does not shut it', async () => {
    await sit(resitter!, 74, '2026-05-14');
    expect((await register(resitter!)).code).toBe('BAD_USER_INPUT');
    await sit(resitter!, 86, '2026-05-28');
    await sit(fickle!, 86, '2026-05-14');
    await sit(fickle!, 61, '2026-05-28');
    expect((await trainingOf(hub, fickle!)).examEligibility).toMatchObject({ eligible: true, bestPreliminaryScore: 86 });
    expect((await register(resitter!)).code).toBeUndefined();
    expect((await register(fickle!)).code).toBeUndefined();
  });

  it('a learner who has not sat the preliminary exam is refused, and told so', async () => {
    const { code, message } = await register(unsat!);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe('registration refused: no X-OSOP-1 preliminary exam sat yet; registering needs a best preliminary score of at least 80');
    expect((await trainingOf(hub, unsat!)).examEligibility).toMatchObject({ eligible: false, bestPreliminaryScore: null, reasons: [expect.stringMatching(/no X-OSOP-1 preliminary exam sat yet/)] });
  });

  it('a standard’s configured threshold replaces the default: 89 is refused for X-OSOP-2, 90 is allowed', async () => {
    await sit(stricter!, 89, '2026-05-14', 'X-OSOP-2');
    const refused = await register(stricter!, 'X-OSOP-2');
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/score 89 is below the threshold of 90/);
    expect((await trainingOf(hub, stricter!, 'X-OSOP-2')).examEligibility).toMatchObject({ threshold: 90, eligible: false, modulesTotal: 0 });
    await sit(stricter!, 90, '2026-05-28', 'X-OSOP-2');
    expect((await register(stricter!, 'X-OSOP-2')).code).toBeUndefined();
    // The X-OSOP-2 sittings say nothing about X-OSOP-1, whose gate stays at 80.
    expect((await trainingOf(hub, stricter!)).examEligibility).toMatchObject({ threshold: 80, bestPreliminaryScore: null });
  });

  it('a standard not handled here is refused for registration, and examEligibility says why', async () => {
    const before = await registrations();
    const { code, message } = await register(stricter!, 'X-ICV-2');
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/standardCode "X-ICV-2" has no training modules or exam gate here/);
    expect(await registrations()).toBe(before);
    expect((await trainingOf(hub, stricter!, 'X-ICV-2')).examEligibility).toEqual({
      standardCode: 'X-ICV-2', eligible: false, bestPreliminaryScore: null, threshold: 80, modulesPassed: 0, modulesTotal: 0, registered: false,
      reasons: ['X-ICV-2 has no training modules or exam gate here, so its formal exam is not registered through a secondary school'],
    });
  });

  it('in the demo, certificate holders registered after passing the gate, some learners are eligible, and some fell short', async () => {
    const holder = await trainingOf(hub, 'GT2022000028');
    expect(holder.examEligibility).toMatchObject({ registered: true, eligible: false, modulesPassed: 5, modulesTotal: 5 });
    expect(holder.examEligibility!.bestPreliminaryScore).toBeGreaterThanOrEqual(80);
    const { data } = await hub.run<{ _entities: TrainingView[] }>(callers.admin, TRAINING, { r: ecLearners.map((id) => studentRef(id)), standard: 'X-OSOP-1' });
    const outcomes = data!._entities.map((s) => s.examEligibility!);
    expect(outcomes.filter((e) => e.registered).every((e) => e.bestPreliminaryScore! >= 80)).toBe(true);
    expect(outcomes.filter((e) => e.eligible).length).toBeGreaterThan(0);
    expect(outcomes.filter((e) => e.bestPreliminaryScore !== null && e.bestPreliminaryScore < 80).length).toBeGreaterThan(0);
  });
});
