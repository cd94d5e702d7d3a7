/**
 * completeSecondaryStage through the gateway: the school closes a learner's
 * secondary stage on the day the college recorded their progression, only at
 * the word of that college's staff (or an admin), only for a learner who did
 * progress, and reporting again changes nothing. A refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const PROGRESSED = 'GT2024000013'; // Network Technology, eligible since X-NED-1 was issued on 2026-06-20
const DECIDED_ON = '2026-09-01'; // a day before today, so the stage's end cannot be mistaken for today
const NOT_PROGRESSED = 'GT2024000136'; // Network Technology, still at the secondary stage
const UNKNOWN = learnerId(2026, 99999); // well-formed, on no registry

const COMPLETE = 'mutation($id: ID!) { completeSecondaryStage(studentId: $id) { completedOn } }';
const PROGRESS = 'mutation($id: ID!, $on: Date) { progressStudent(studentId: $id, effectiveOn: $on) { stage } }';
const READ = 'query($id: LearnerId!) { student(id: $id) { secondaryStage { completedOn } progressionDecision { decidedOn } } }';

describe.each(kinds)('the school closes the secondary stage from the college’s record (%s)', (kind) => {
  let hub: Hub;
  let registrar: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    registrar = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
  });
  afterAll(() => hub?.stop());

  /** The learner's secondary enrolment row as stored. */
  const stored = async (id: string) => (await hub.databases.secondary.dataSource.query('SELECT * FROM secondary_enrollment WHERE student_id = ?', [id]))[0] ?? null;
  /** Runs a report that must be refused, and proves it changed no enrolment. */
  const refused = async (id: string, token?: string) => {
    const before = await hub.databases.secondary.dataSource.query('SELECT * FROM secondary_enrollment ORDER BY student_id');
    const res = await hub.query(COMPLETE, { id }, token);
    expect(res.data?.completeSecondaryStage ?? null).toBeNull();
    expect(await hub.databases.secondary.dataSource.query('SELECT * FROM secondary_enrollment ORDER BY student_id')).toEqual(before);
    return res.errors?.[0];
  };

  it('progressing a learner closes their secondary stage on the decision’s date', async () => {
    expect((await hub.query(PROGRESS, { id: PROGRESSED, on: DECIDED_ON }, registrar)).errors).toBeUndefined();
    const res = await hub.query<{ student: { secondaryStage: { completedOn: string }; progressionDecision: { decidedOn: string } } }>(READ, { id: PROGRESSED }, registrar);
    expect(res.errors).toBeUndefined();
    expect(res.data!.student.progressionDecision.decidedOn).toBe(DECIDED_ON);
    expect(res.data!.student.secondaryStage.completedOn).toBe(DECIDED_ON);
  });

  it('reporting again, as the registrar or an admin, answers the same day and changes nothing', async () => {
    const before = await stored(PROGRESSED);
    for (const token of [registrar, await hub.token({ role: 'ADMIN' })]) {
      const res = await hub.query(COMPLETE, { id: PROGRESSED }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ completeSecondaryStage: { completedOn: DECIDED_ON } });
    }
    expect(await stored(PROGRESSED)).toEqual(before);
  });

  describe('when the first report was lost', () => {
    beforeAll(async () => {
      await hub.databases.secondary.dataSource.query('UPDATE secondary_enrollment SET completed_on = NULL WHERE student_id = ?', [PROGRESSED]);
    });

    it('another college’s staff, the school’s own staff and anonymous callers cannot close the stage', async () => {
      for (const claims of [{ role: 'COLLEGE_STAFF', org: 'col-elsewhere' }, { role: 'SECONDARY_STAFF', org: 'sch-riverside' }] as const) {
        expect((await refused(PROGRESSED, await hub.token(claims)))?.extensions?.code).toBe('FORBIDDEN');
      }
      expect((await refused(PROGRESSED))?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await stored(PROGRESSED)).completed_on).toBeNull();
    });

    it('the registrar reports it again: the stage closes on the decision’s date, not today', async () => {
      const res = await hub.query(COMPLETE, { id: PROGRESSED }, registrar);
      expect(res.errors).toBeUndefined();
      expect((await stored(PROGRESSED)).completed_on).toBe(DECIDED_ON);
    });
  });

  it('a learner who has not progressed keeps an open stage: CONFLICT', async () => {
    const error = await refused(NOT_PROGRESSED, registrar);
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.message).toMatch(/has not recorded learner GT2024000136's progression/);
    expect((await stored(NOT_PROGRESSED)).completed_on).toBeNull();
  });

  it('an unknown learner is NOT_FOUND, a malformed id BAD_USER_INPUT', async () => {
    expect((await refused(UNKNOWN, registrar))?.extensions?.code).toBe('NOT_FOUND');
    expect((await refused('GT2024000011', registrar))?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
