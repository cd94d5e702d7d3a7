import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AgreementEntity } from '../entities/agreement.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import { admin, anonymous, codeOf, fieldOf, hillview, metro, NET_LEARNER, openCollege, riverside, staff, type College } from './harness.ts';

const kinds = await databaseKinds();

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPathwayInput!) {
    registerPathway(input: $input) { stage cohort registeredOn agreement { id college { id } } }
  }
`;

describe.each(kinds)('registering a learner on a pathway (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
    // An agreement that stopped taking cohorts, to test the effective range.
    await college.db.dataSource.getRepository(AgreementEntity).insert({
      id: 'agr-closed', name: 'Closed pathway', collegeId: 'col-metro', collegeProgramCode: 'COL-NET',
      secondarySchoolId: 'sch-riverside', secondaryProgramCode: 'SEC-NET', effectiveFrom: '2019-09-01', effectiveTo: '2023-08-31', maxTransferCredits: 8,
    });
  });
  afterAll(() => college?.close());

  let serial = 500;
  /** A fresh 2026 learner for each story, enrolled by Riverside in SEC-NET unless told otherwise. */
  const newcomer = (birthDate = '2011-03-14', programCode = 'SEC-NET') => {
    const id = learnerId(2026, (serial += 1));
    college.peers.enrol({ id, name: `新生${serial}`, programCode, birthDate });
    return id;
  };
  const input = (overrides: Record<string, unknown> = {}) => ({
    studentId: newcomer(), agreementId: 'agr-net', cohort: '2026', registeredOn: '2026-09-01', ...overrides,
  });

  /** Runs a registration that must be refused, and proves the registry did not change. */
  const refused = async (actor: Parameters<College['run']>[0], variables: ReturnType<typeof input>) => {
    const before = await college.count('pathway');
    const res = await college.run(actor, REGISTER, { input: variables });
    expect(res.data ?? null).toBeNull();
    expect(await college.count('pathway')).toBe(before);
    return res;
  };

  it('college staff register a new learner at the SECONDARY stage, and the partner school can then read them', async () => {
    const studentId = newcomer();
    const res = await college.run(metro, REGISTER, { input: input({ studentId }) });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ registerPathway: { stage: 'SECONDARY', cohort: '2026', registeredOn: '2026-09-01', agreement: { id: 'agr-net', college: { id: 'col-metro' } } } });
    const read = await college.run<{ student: { pathway: { stage: string } } }>(riverside, 'query($id: LearnerId!) { student(id: $id) { pathway { stage } } }', { id: studentId });
    expect(read.data!.student.pathway.stage).toBe('SECONDARY');
  });

  it('keeps the birth date from the national ID the school holds, where it decides who consents for them', async () => {
    const studentId = newcomer('2012-02-29');
    expect((await college.run(metro, REGISTER, { input: input({ studentId }) })).errors).toBeUndefined();
    const row = await college.db.dataSource.getRepository(PathwayEntity).findOneByOrFail({ studentId });
    expect(row.birthDate).toBe('2012-02-29');
  });

  it('accepts a typed birth date only when it is the national ID’s', async () => {
    const studentId = newcomer('2012-02-29');
    expect((await college.run(metro, REGISTER, { input: input({ studentId, birthDate: '2012-02-29' }) })).errors).toBeUndefined();
  });

  it('refuses a typed birth date that differs from the national ID’s, saying where the date comes from', async () => {
    const res = await refused(metro, input({ studentId: newcomer('2013-05-01'), birthDate: '2005-05-01' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('birthDate');
    expect(res.errors![0].message).toMatch(/differs from the birth date in learner GT\w+'s national ID/);
  });

  it('refuses, with NOT_FOUND, a well-formed learner id that no school enrolled', async () => {
    const res = await refused(metro, input({ studentId: learnerId(2026, 99998) }));
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toContain('was not enrolled by any secondary school');
  });

  it('refuses a learner the school enrolled in another programme than the agreement’s', async () => {
    const res = await refused(metro, input({ studentId: newcomer('2011-03-14', 'SEC-EC') }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('agreementId');
    expect(res.errors![0].message).toContain('SEC-NET');
  });

  it.each(['2011-02-29', '14/03/2011', ''])('refuses birthDate "%s", which is not a calendar date', async (birthDate) => {
    const res = await refused(metro, input({ birthDate }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('birthDate');
  });

  it.each(['2026-09-01', '2027-01-01'])('refuses a registration on or before the birth date (%s) in the national ID', async (birthDate) => {
    const res = await refused(metro, input({ studentId: newcomer(birthDate) }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('registeredOn');
    expect(res.errors![0].message).toContain('2026-09-01');
  });

  it('an admin may register too', async () => {
    expect((await college.run(admin, REGISTER, { input: input() })).errors).toBeUndefined();
  });

  it('a learner already on the registry is a conflict', async () => {
    const res = await refused(metro, input({ studentId: NET_LEARNER, cohort: '2022', registeredOn: '2022-09-01' }));
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('refuses a mistyped learner id (the check character catches it)', async () => {
    const valid = newcomer();
    const mistyped = valid.slice(0, -1) + (valid.endsWith('0') ? '1' : '0');
    const res = await refused(metro, input({ studentId: mistyped }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('studentId');
  });

  it('refuses an unknown agreement', async () => {
    const res = await refused(metro, input({ agreementId: "agr-none'; DROP TABLE pathway; --" }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('agreementId');
  });

  it.each([
    ['not a year', 'twenty'],
    ['a 2-digit year', '26'],
  ])('refuses a cohort that is %s', async (_what, cohort) => {
    const res = await refused(metro, input({ cohort }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('cohort');
  });

  it('refuses a cohort that disagrees with the year inside the learner id, and says which', async () => {
    const res = await refused(metro, input({ cohort: '2025' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('cohort');
    expect(res.errors![0].message).toMatch(/2026/);
  });

  it.each(['2026-02-30', '01/09/2026', ''])('refuses registeredOn "%s", which is not a calendar date', async (registeredOn) => {
    const res = await refused(metro, input({ registeredOn }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('registeredOn');
  });

  it('refuses a date before the agreement took effect', async () => {
    const res = await refused(metro, input({ registeredOn: '2021-08-31' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('registeredOn');
    expect(res.errors![0].message).toContain('2021-09-01');
  });

  it('refuses a date after the agreement stopped taking cohorts', async () => {
    const res = await refused(metro, input({ agreementId: 'agr-closed' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('registeredOn');
    expect(res.errors![0].message).toContain('2023-08-31');
  });

  it('a secondary school, even the agreement’s own, may not register', async () => {
    for (const actor of [riverside, hillview]) expect(codeOf(await refused(actor, input()))).toBe('FORBIDDEN');
  });

  it('staff of another college may not register on Metro’s agreement', async () => {
    expect(codeOf(await refused(staff('COLLEGE_STAFF', 'col-elsewhere'), input()))).toBe('FORBIDDEN');
  });

  it('an anonymous caller is asked to sign in', async () => {
    expect(codeOf(await refused(anonymous, input()))).toBe('UNAUTHENTICATED');
  });

  it('of two registrations of the same learner at once, exactly one wins', async () => {
    const same = input();
    const outcomes = await Promise.all([college.run(metro, REGISTER, { input: same }), college.run(metro, REGISTER, { input: same })]);
    expect(outcomes.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
  });
});
