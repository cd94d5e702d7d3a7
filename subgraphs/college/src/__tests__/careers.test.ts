/**
 * Placements, career targets and training subsidies: part RESULTS of a
 * learner's record, recorded by the institutions of the learner's pathway
 * (a career target also by the learner), read under the existing consent rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AUTO_GRADUATE } from '../demo/consents.ts';
import { admin, codeOf, fieldOf, guardian, hillview, huadong, learner, metro, NET_LEARNER, openCollege, riverside, tianyi, type College } from './harness.ts';

const kinds = await databaseKinds();
const RECORD = 'mutation($input: RecordPlacementInput!) { recordPlacement(input: $input) { id kind employerName jobPosition { id } startedOn endedOn outcome recordedByOrganizationId } }';
const PLACEMENTS = 'query($id: LearnerId!, $first: Int, $after: String) { student(id: $id) { placements(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { kind jobPosition { id } startedOn outcome } } } }';
const TARGET = 'mutation($s: ID!, $j: ID!) { setCareerTarget(studentId: $s, jobPositionId: $j) { jobPosition { id } setByRole } }';
const placement = (over: Record<string, unknown> = {}) => ({
  studentId: AUTO_GRADUATE, kind: 'EMPLOYMENT', employerName: 'Huadong Automobile Group', employerId: 'org-huadong', jobPositionId: 'jp-hd-icv', startedOn: '2026-08-01', outcome: 'ONGOING', ...over,
});

describe.each(kinds)('placements, career targets and subsidies (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  it('the learner’s college records a placement; the write and its audit entry are kept together', async () => {
    const res = await college.run<{ recordPlacement: { id: string } }>(metro, RECORD, { input: placement() });
    expect(res.data!.recordPlacement).toMatchObject({ kind: 'EMPLOYMENT', jobPosition: { id: 'jp-hd-icv' }, endedOn: null, outcome: 'ONGOING', recordedByOrganizationId: 'col-metro' });
    const [entry] = await college.audit.dataSource.query("SELECT student_id, parts, outcome FROM audit_entry WHERE parts = 'RESULTS:recordPlacement'");
    expect(entry).toEqual({ student_id: AUTO_GRADUATE, parts: 'RESULTS:recordPlacement', outcome: 'ALLOWED' });
  });

  it('placements are part RESULTS: the learner, their pathway and an enterprise with RESULTS consent read them; others are refused', async () => {
    const read = (actor: Parameters<College['run']>[0]) => college.run<{ student: { placements: { totalCount: number } | null } }>(actor, PLACEMENTS, { id: AUTO_GRADUATE });
    for (const actor of [learner(AUTO_GRADUATE), guardian(AUTO_GRADUATE), hillview, metro, admin, huadong]) {
      expect((await read(actor)).data!.student.placements!.totalCount).toBe(1);
    }
    const refused = await read(tianyi);
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('pages a learner’s placements, earliest first', async () => {
    const id = learnerId(2021, 1);
    await college.run(metro, RECORD, { input: placement({ studentId: id, kind: 'INTERNSHIP', employerName: 'Tianyi', employerId: 'org-tianyi', jobPositionId: 'jp-ty-noc', startedOn: '2025-03-03', endedOn: '2025-06-30', outcome: 'RETAINED' }) });
    const first = await college.run<{ student: { placements: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { startedOn: string }[] } } }>(metro, PLACEMENTS, { id, first: 1 });
    const page = first.data!.student.placements;
    expect([page.totalCount, page.pageInfo.hasNextPage, page.nodes[0].startedOn]).toEqual([2, true, '2025-03-03']);
    const next = await college.run<{ student: { placements: { nodes: { startedOn: string; outcome: string }[]; pageInfo: { hasNextPage: boolean } } } }>(metro, PLACEMENTS, { id, first: 1, after: page.pageInfo.endCursor });
    expect(next.data!.student.placements).toMatchObject({ nodes: [{ startedOn: '2026-07-15', outcome: 'ONGOING' }], pageInfo: { hasNextPage: false } });
  });

  it('only an institution of the learner’s pathway (or an admin) records: not another school, the employer or the learner', async () => {
    const before = await college.count('placement');
    for (const actor of [hillview, huadong, learner(NET_LEARNER)]) expect(codeOf(await college.run(actor, RECORD, { input: placement({ studentId: NET_LEARNER }) }))).toBe('FORBIDDEN');
    expect(await college.count('placement')).toBe(before);
    expect(codeOf(await college.run(metro, RECORD, { input: placement({ studentId: learnerId(2026, 99999) }) }))).toBe('NOT_FOUND');
  });

  it('refuses what cannot be true, naming the field, and writes nothing', async () => {
    const before = await college.count('placement');
    for (const [over, field] of [
      [{ jobPositionId: 'jp-none' }, 'jobPositionId'],
      [{ startedOn: '2026-11-24' }, 'startedOn'],
      [{ endedOn: '2026-07-31' }, 'endedOn'],
      [{ outcome: 'COMPLETED' }, 'endedOn'],
      [{ outcome: 'COMPLETED', endedOn: '2026-07-31' }, 'endedOn'],
      [{ employerId: 'Not An Id' }, 'employerId'],
      [{ employerName: ' ' }, 'employerName'],
    ] as const) {
      const res = await college.run(riverside, RECORD, { input: placement({ studentId: NET_LEARNER, ...over }) });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(await college.count('placement')).toBe(before);
  });

  it('the learner sets their own career target, replacing the last; another learner may not', async () => {
    const own = await college.run(learner(NET_LEARNER), TARGET, { s: NET_LEARNER, j: 'jp-ty-5g' });
    expect(own.data).toEqual({ setCareerTarget: { jobPosition: { id: 'jp-ty-5g' }, setByRole: 'STUDENT' } });
    const staffSet = await college.run(riverside, TARGET, { s: NET_LEARNER, j: 'jp-ty-noc' });
    expect(staffSet.data).toEqual({ setCareerTarget: { jobPosition: { id: 'jp-ty-noc' }, setByRole: 'SECONDARY_STAFF' } });
    expect(codeOf(await college.run(learner(AUTO_GRADUATE), TARGET, { s: NET_LEARNER, j: 'jp-ty-5g' }))).toBe('FORBIDDEN');
    expect(codeOf(await college.run(tianyi, TARGET, { s: NET_LEARNER, j: 'jp-ty-5g' }))).toBe('FORBIDDEN');
    const unknown = await college.run(learner(NET_LEARNER), TARGET, { s: NET_LEARNER, j: 'jp-none' });
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'jobPositionId']);
    const read = await college.run<{ student: { careerTarget: { jobPosition: { id: string } } } }>(learner(NET_LEARNER), 'query($id: LearnerId!) { student(id: $id) { careerTarget { jobPosition { id } } } }', { id: NET_LEARNER });
    expect(read.data!.student.careerTarget.jobPosition.id).toBe('jp-ty-noc');
    // The demo's two targets: this learner's was replaced, not added to.
    expect(await college.count('career_target')).toBe(2);
  });

  it('a career target is part RESULTS: the learner, their pathway, admins and an enterprise with RESULTS consent read it; others are refused', async () => {
    const id = learnerId(2024, 3);
    expect((await college.run(learner(id), TARGET, { s: id, j: 'jp-hd-icv' })).data).toBeTruthy();
    const read = (actor: Parameters<College['run']>[0], studentId = id) =>
      college.run<{ student: { careerTarget: { jobPosition: { id: string } } | null } }>(actor, 'query($id: LearnerId!) { student(id: $id) { careerTarget { jobPosition { id } } } }', { id: studentId });
    for (const actor of [learner(id), guardian(id), admin]) expect((await read(actor)).data!.student.careerTarget!.jobPosition.id).toBe('jp-hd-icv');
    const [pathway] = await college.db.dataSource.query('SELECT agreement_id FROM pathway WHERE student_id = ?', [id]);
    const school = pathway.agreement_id === 'agr-net' ? riverside : hillview;
    expect((await read(school)).data!.student.careerTarget!.jobPosition.id).toBe('jp-hd-icv');
    // Without a grant, an enterprise, another learner and the other school are refused, and learn nothing of the target.
    const other = school === riverside ? hillview : riverside;
    for (const actor of [tianyi, learner(NET_LEARNER), other]) {
      const refused = await read(actor);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(JSON.stringify(refused.data ?? {})).not.toContain('jp-hd-icv');
    }
    // The demo graduate has granted Huadong RESULTS: its target (if set) is readable by Huadong, not by Tianyi.
    await college.run(learner(AUTO_GRADUATE), TARGET, { s: AUTO_GRADUATE, j: 'jp-hd-icv' });
    expect((await read(huadong, AUTO_GRADUATE)).data!.student.careerTarget!.jobPosition.id).toBe('jp-hd-icv');
    expect(codeOf(await read(tianyi, AUTO_GRADUATE))).toBe('FORBIDDEN');
  });

  it('a training subsidy is flagged once, by the learner’s pathway, and read as part RESULTS', async () => {
    const flag = 'mutation($s: ID!) { flagTrainingSubsidy(input: { studentId: $s, scheme: "certificate training subsidy", grantedOn: "2026-03-01" }) { scheme grantedOn recordedByOrganizationId } }';
    const id = learnerId(2025, 2);
    expect(codeOf(await college.run(riverside, flag, { s: id }))).toBe('FORBIDDEN');
    expect((await college.run(hillview, flag, { s: id })).data).toEqual({ flagTrainingSubsidy: { scheme: 'certificate training subsidy', grantedOn: '2026-03-01', recordedByOrganizationId: 'sch-hillview' } });
    expect(codeOf(await college.run(hillview, flag, { s: id }))).toBe('CONFLICT');
    const read = await college.run<{ student: { trainingSubsidy: { scheme: string } | null } }>(tianyi, 'query($id: LearnerId!) { student(id: $id) { trainingSubsidy { scheme } } }', { id });
    expect(codeOf(read)).toBe('FORBIDDEN');
  });
});
