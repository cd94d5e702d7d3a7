import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { learnerId } from '@guantong/shared/validation';
import { EnrollmentEntity } from '../entities/enrollment.ts';
import { LearnerEntity } from '../entities/learner.ts';
import { blindIndex } from '../identity/national-id.ts';
import { callers, nationalIdFor, openHarness, studentRef, testConfig, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const ENROL = /* GraphQL */ `
  mutation($input: EnrollSecondaryStudentInput!) {
    enrollSecondaryStudent(input: $input) { student { id } institution { id } program { code } enrolledOn completedOn results { nodes { term } } }
  }
`;
interface Enrolled { enrollSecondaryStudent: { student: { id: string }; institution: { id: string }; program: { code: string }; enrolledOn: string; completedOn: string | null; results: { nodes: unknown[] } } }

let sequence = 100;
/** A new learner for Riverside's Network Technology programme, cohort 2025, with a national ID no one has. */
const newcomer = (overrides: Record<string, unknown> = {}) => ({
  name: '李明',
  nationalId: nationalIdFor('20100315', (sequence += 1)),
  schoolId: 'sch-riverside',
  programCode: 'SEC-NET',
  cohort: 2025,
  enrolledOn: '2025-09-01',
  ...overrides,
});

/** The same number with any other check character. */
const withWrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe.each(kinds)('a school enrols a learner (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const rows = async () => ({ learners: await hub.count(LearnerEntity), enrollments: await hub.count(EnrollmentEntity) });
  const enrol = (actor: Actor, input: Record<string, unknown>) => hub.run<Enrolled>(actor, ENROL, { input });

  /** Sends a refused enrolment and checks that nothing at all was written. */
  const refused = async (actor: Actor, input: Record<string, unknown>) => {
    const before = await rows();
    const { data, errors } = await enrol(actor, input);
    expect(data ?? null).toBeNull();
    expect(await rows()).toEqual(before);
    return errors![0]!;
  };

  it('issues the next learner id of the cohort and opens the secondary stage', async () => {
    const { data, errors } = await enrol(callers.riverside, newcomer());
    expect(errors).toBeUndefined();
    // The demo roster holds serials 1–63 of every cohort.
    expect(data?.enrollSecondaryStudent).toEqual({
      student: { id: learnerId(2025, 64) },
      institution: { id: 'sch-riverside' },
      program: { code: 'SEC-NET' },
      enrolledOn: '2025-09-01',
      completedOn: null,
      results: { nodes: [] },
    });
    const second = await enrol(callers.riverside, newcomer());
    expect(second.data?.enrollSecondaryStudent.student.id).toBe(learnerId(2025, 65));
  });

  it('starts a new cohort at serial 1 and takes the birth date from the national ID', async () => {
    const { data } = await enrol(callers.riverside, newcomer({ cohort: 2026, enrolledOn: '2026-09-01', nationalId: nationalIdFor('20110704', 1, '320505') }));
    const id = data!.enrollSecondaryStudent.student.id;
    expect(id).toBe(learnerId(2026, 1));
    const learner = await hub.db.dataSource.getRepository(LearnerEntity).findOneByOrFail({ id });
    expect(learner.birthDate).toBe('2011-07-04');
  });

  it('keeps a name in any script, and SQL-shaped text, exactly as given', async () => {
    const name = "𠮷田 O'Brien\"); DROP TABLE learner; --";
    const { data, errors } = await enrol(callers.hillview, newcomer({ name, schoolId: 'sch-hillview', programCode: 'SEC-EC' }));
    expect(errors).toBeUndefined();
    const id = data!.enrollSecondaryStudent.student.id;
    const read = await hub.run<{ _entities: { name: string }[] }>(
      callers.hillview,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { name } } }',
      { r: [studentRef(id)] },
    );
    expect(read.data?._entities[0]?.name).toBe(name);
  });

  it('an admin may enrol at any school', async () => {
    const { errors } = await enrol(callers.admin, newcomer({ schoolId: 'sch-hillview', programCode: 'SEC-AUTO' }));
    expect(errors).toBeUndefined();
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['another school’s staff', callers.hillview, 'FORBIDDEN'],
    ['the partner college’s staff', callers.metroCollege, 'FORBIDDEN'],
    ['a learner', callers.learner('GT202200001X'), 'FORBIDDEN'],
  ])('%s may not enrol at Riverside', async (_who, actor, code) => {
    expect((await refused(actor, newcomer())).extensions?.code).toBe(code);
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: '名'.repeat(201) }, 'name'],
    ['a national ID with a wrong check digit', { nationalId: withWrongCheck(nationalIdFor('20100315', 1)) }, 'nationalId'],
    ['a national ID with an impossible birth date', { nationalId: nationalIdFor('20100231', 7) }, 'nationalId'],
    ['a cohort before 2000', { cohort: 1999, enrolledOn: '1999-09-01' }, 'cohort'],
    ['a cohort after 2100', { cohort: 2101, enrolledOn: '2101-09-01' }, 'cohort'],
    ['an enrolment date that is not a date', { enrolledOn: '2025-13-01' }, 'enrolledOn'],
    ['an enrolment date before the cohort year', { enrolledOn: '2024-09-01' }, 'enrolledOn'],
    ['a programme of another school', { programCode: 'SEC-EC' }, 'programCode'],
    ['an unknown programme', { programCode: 'SEC-NOPE' }, 'programCode'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides, field) => {
    const error = await refused(callers.riverside, newcomer(overrides));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an unknown school with BAD_USER_INPUT', async () => {
    const error = await refused(callers.admin, newcomer({ schoolId: 'sch-nowhere' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolId' });
  });

  it('refuses to enrol the same person twice, without repeating their national ID', async () => {
    const nationalId = demoRoster().students[0]!.nationalId;
    const error = await refused(callers.riverside, newcomer({ nationalId }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already enrolled/);
    expect(error.message).not.toContain(nationalId);
  });

  it('stores the national ID only sealed, and the enrolling school reads it back in full', async () => {
    const input = newcomer();
    const { data } = await enrol(callers.riverside, input);
    const id = data!.enrollSecondaryStudent.student.id;
    const [row] = await hub.db.dataSource.query<Record<string, unknown>[]>('SELECT * FROM learner WHERE id = ?', [id]);
    expect(Object.values(row!).map(String).filter((value) => value.includes(input.nationalId) || value.includes(input.nationalId.slice(6, 14)))).toEqual([]);
    expect(row!.national_id_index).toBe(blindIndex(input.nationalId, testConfig.pii.indexKey));
    const read = await hub.run<{ _entities: { nationalId: string }[] }>(
      callers.riverside,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { nationalId(unmasked: true) } } }',
      { r: [studentRef(id)] },
    );
    expect(read.data?._entities[0]?.nationalId).toBe(input.nationalId);
  });

  it('lets exactly one of two simultaneous enrolments of the same person through', async () => {
    const input = newcomer({ cohort: 2028, enrolledOn: '2028-09-01' });
    const replies = await Promise.all([enrol(callers.riverside, input), enrol(callers.riverside, input)]);
    expect(replies.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('gives concurrent enrolments of one cohort distinct learner ids', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => enrol(callers.riverside, newcomer({ cohort: 2027, enrolledOn: '2027-09-01' }))));
    expect(replies.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const ids = replies.map((r) => r.data!.enrollSecondaryStudent.student.id).sort();
    expect(ids).toEqual([learnerId(2027, 1), learnerId(2027, 2), learnerId(2027, 3)]);
  });
});
