import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { learnerId } from '@guantong/shared/validation';
import { ResultEntity } from '../entities/result.ts';
import { EC_LEARNER, NET_LEARNER, callers, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const RECORD = /* GraphQL */ `
  mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { course { code title } term score passed } }
`;
interface Recorded { recordSecondaryResult: { course: { code: string; title: string }; term: string; score: number; passed: boolean } }

/**
 * A Riverside learner's result in a term with none in that course yet: the
 * learner (cohort 2022) was at school from 2022-09-01 to 2025-07-01, and sat
 * NET-S140 in their third year, so their first two years are free for it.
 */
const result = (overrides: Record<string, unknown> = {}) => ({ studentId: NET_LEARNER, courseCode: 'NET-S140', term: '2023-2024-1', score: 75, ...overrides });

describe.each(kinds)('a school records course results (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const record = (actor: Actor, input: Record<string, unknown>) => hub.run<Recorded>(actor, RECORD, { input });

  /** Sends a refused result and checks that nothing was written. */
  const refused = async (actor: Actor, input: Record<string, unknown>) => {
    const before = await hub.count(ResultEntity);
    const { data, errors } = await record(actor, input);
    expect(data).toBeNull();
    expect(await hub.count(ResultEntity)).toBe(before);
    return errors![0]!;
  };

  it('the teaching school records a result, and it shows in the learner’s stage in term order', async () => {
    const { data, errors } = await record(callers.riverside, result({ score: 59.5 }));
    expect(errors).toBeUndefined();
    expect(data?.recordSecondaryResult).toEqual({
      course: { code: 'NET-S140', title: 'Basic Network Device Operation Practicum' }, term: '2023-2024-1', score: 59.5, passed: false,
    });
    const stage = await hub.run<{ _entities: { secondaryStage: { results: { nodes: { course: { code: string }; term: string }[] } } }[] }>(
      callers.riverside,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { secondaryStage { results { nodes { course { code } term } } } } } }',
      { r: [studentRef(NET_LEARNER)] },
    );
    const results = stage.data?._entities[0]?.secondaryStage.results.nodes ?? [];
    expect(results).toContainEqual({ course: { code: 'NET-S140' }, term: '2023-2024-1' });
    expect(results.map((r) => r.term)).toEqual(results.map((r) => r.term).sort());
  });

  it('a score of exactly 60 passes', async () => {
    const { data } = await record(callers.admin, result({ term: '2023-2024-2', score: 60 }));
    expect(data?.recordSecondaryResult.passed).toBe(true);
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['another school’s staff', callers.hillview, 'FORBIDDEN'],
    ['the partner college’s staff', callers.metroCollege, 'FORBIDDEN'],
    ['the learner themself', callers.learner(NET_LEARNER), 'FORBIDDEN'],
  ])('%s may not record a Riverside course result', async (_who, actor, code) => {
    expect((await refused(actor, result({ term: '2022-2023-1' }))).extensions?.code).toBe(code);
  });

  it.each([
    ['a learner id with a wrong check character', { studentId: 'GT2022000011' }, 'studentId'],
    ['a national ID in place of a learner id', { studentId: '620102201003151016' }, 'studentId'],
    ['a term whose years do not follow', { term: '2024-2026-1' }, 'term'],
    ['a third semester', { term: '2024-2025-3' }, 'term'],
    ['a score above 100', { score: 100.5 }, 'score'],
    ['a negative score', { score: -1 }, 'score'],
    ['a college course', { courseCode: 'NET-H201' }, 'courseCode'],
    ['an unknown course', { courseCode: "NET-S120' OR '1'='1" }, 'courseCode'],
    ['a learner not enrolled at any secondary school', { studentId: learnerId(2030, 1) }, 'studentId'],
    ['a term that has not started (2027-02-01, after today 2026-11-23)', { term: '2026-2027-2' }, 'term'],
    ['a term that ended before the learner enrolled', { term: '2021-2022-2' }, 'term'],
    ['a term that started after the learner’s secondary stage ended', { term: '2025-2026-1' }, 'term'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides, field) => {
    const error = await refused(callers.riverside, result(overrides));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('says why a term cannot be recorded: not started yet, or outside the enrolment', async () => {
    expect((await refused(callers.riverside, result({ term: '2026-2027-2' }))).message).toBe(
      'term 2026-2027-2 starts on 2027-02-01, after today 2026-11-23 (China Standard Time); record its results once the term has started',
    );
    expect((await refused(callers.riverside, result({ term: '2025-2026-1' }))).message).toContain('after the learner\'s secondary stage ended on 2025-07-01');
  });

  it('names an example of a secondary course code when the code is not one', async () => {
    const error = await refused(callers.riverside, result({ courseCode: 'NET-H201' }));
    expect(error.message).toContain('NET-S120');
  });

  it('says when no learner with the id is enrolled on the hub', async () => {
    const error = await refused(callers.riverside, result({ studentId: learnerId(2030, 1) }));
    expect(error.message).toBe('no learner with that id is enrolled at a secondary school on the hub');
  });

  it('refuses a result in a Riverside course for a Hillview learner, even from an admin', async () => {
    for (const actor of [callers.riverside, callers.admin]) {
      const error = await refused(actor, result({ studentId: EC_LEARNER }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'studentId' });
    }
  });

  it('refuses a second result for the same learner, course and term with CONFLICT', async () => {
    const existing = demoRoster().secondaryResults.find((r) => r.studentId === NET_LEARNER)!;
    const error = await refused(callers.riverside, { ...existing, score: 99 });
    expect(error.extensions?.code).toBe('CONFLICT');
    const input = result({ term: '2022-2023-1' });
    expect((await record(callers.riverside, input)).errors).toBeUndefined();
    expect((await refused(callers.riverside, input)).extensions?.code).toBe('CONFLICT');
  });

  it('lets exactly one of two simultaneous identical results through', async () => {
    const input = result({ term: '2022-2023-2' });
    const replies = await Promise.all([record(callers.riverside, input), record(callers.riverside, input)]);
    expect(replies.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });
});
