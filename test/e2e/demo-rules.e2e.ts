/**
 * The demo obeys every rule the API enforces on writes. The hub is loaded with
 * the demo, as `npm start` loads it, and every stored row is put through the
 * same validation functions the mutations call, on the demo's today: a row
 * the API would refuse is a demo that teaches the wrong thing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { DEMO_TODAY, demoRoster } from '@guantong/shared/demo';
import { todayInChina } from '@guantong/shared/clock';
import { requireRecordableTerm } from '@guantong/shared/terms';
import { databaseKinds } from '@guantong/shared/testing';
import { requireDate, requireLearnerId, requireNationalId, requireScore, requireTerm } from '@guantong/shared/validation';
import { validateAward } from '../../subgraphs/enterprise/src/mutations/award-certificate.ts';
import { requireRevokedOn } from '../../subgraphs/enterprise/src/mutations/revoke-certificate.ts';
import { missingPrerequisites } from '../../subgraphs/enterprise/src/prerequisites/ladder.ts';
import type { AwardRow } from '../../subgraphs/enterprise/src/entities/award.ts';
import { requireDuringStage } from '../../subgraphs/secondary/src/training/inputs.ts';
import { bestPreliminaryScore, gateRefusal, heldOn } from '../../subgraphs/secondary/src/training/rules.ts';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

interface Stage { studentId: string; enrolledOn: string; completedOn: string | null }
interface Result { studentId: string; courseCode: string; term: string; score: number }

/** The refusals, one line per row: empty when every row would have been accepted. */
function refusals<T>(rows: readonly T[], check: (row: T) => void, name: (row: T) => string): string[] {
  const out: string[] = [];
  for (const row of rows) {
    try {
      check(row);
    } catch (err) {
      out.push(`${name(row)}: ${(err as Error).message}`);
    }
  }
  return out;
}

const byStudent = <T extends { studentId: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.studentId, r]));

function requireStage<T>(stages: Map<string, T>, studentId: string): T {
  const stage = stages.get(studentId);
  if (!stage) throw new Error(`no enrolment of ${studentId}`);
  return stage;
}

/** recordSecondaryResult's and recordCollegeResult's checks of a row. */
const resultChecks = (stages: Map<string, Stage>, stageName: string) => (r: Result) => {
  requireLearnerId(r.studentId);
  requireTerm(r.term);
  requireScore(r.score);
  requireRecordableTerm(r.term, todayInChina(), requireStage(stages, r.studentId), stageName);
};

describe.each(kinds)('the demo, loaded fresh, obeys every rule the API enforces on writes (%s)', (kind) => {
  let hub: Hub;
  const rows = <T extends object>(subgraph: 'secondary' | 'college' | 'enterprise', entity: string) => hub.databases[subgraph].dataSource.getRepository<T>(entity).find();
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  it('is checked on the demo’s own today', () => {
    expect(todayInChina()).toBe(DEMO_TODAY);
  });

  it('every secondary result is for a term that has started, during the learner’s enrolment, with a valid score', async () => {
    const stages = byStudent(await rows<Stage>('secondary', 'SecondaryEnrollment'));
    const results = await rows<Result>('secondary', 'SecondaryResult');
    expect(results.length).toBeGreaterThan(1000);
    expect(refusals(results, resultChecks(stages, 'secondary'), (r) => `${r.studentId} ${r.courseCode} ${r.term}`)).toEqual([]);
  });

  it('every college result is for a term that has started, during the learner’s higher-stage enrolment', async () => {
    const stages = byStudent(await rows<Stage>('college', 'HigherEnrollment'));
    const results = await rows<Result>('college', 'CollegeCourseResult');
    expect(results.length).toBeGreaterThan(300);
    expect(refusals(results, resultChecks(stages, 'higher-stage'), (r) => `${r.studentId} ${r.courseCode} ${r.term}`)).toEqual([]);
  });

  it('every learner has a valid learner id, national ID and enrolment date', () => {
    const { students } = demoRoster();
    const check = (s: (typeof students)[number]) => {
      requireLearnerId(s.id);
      requireNationalId(s.nationalId);
      requireDate(s.secondary.enrolledOn, 'enrolledOn');
      if (s.secondary.enrolledOn > todayInChina()) throw new Error('enrolled in the future');
    };
    expect(refusals(students, check, (s) => s.id)).toEqual([]);
  });

  it('every award passes awardCertificate’s checks (issued by today, to the enrolled name) and the ladder; every revocation, revokeCertificate’s', async () => {
    const awards = await rows<AwardRow>('enterprise', 'CertificateAward');
    const names = new Map(demoRoster().students.map((s) => [s.id, s.name]));
    const em: EntityManager = hub.databases.enterprise.dataSource.manager;
    const problems: string[] = [];
    for (const award of awards) {
      problems.push(...refusals([award], (a) => {
        validateAward({ serial: a.serial, studentId: a.studentId, holderName: a.holderName, standardCode: a.standardCode, issuedOn: a.issuedOn, score: a.score });
        if (names.get(a.studentId) !== a.holderName) throw new Error('holder name differs from the enrolled name');
        if (a.status === 'REVOKED') requireRevokedOn(a.revokedOn, a.issuedOn);
      }, (a) => a.serial));
      const missing = await missingPrerequisites(em, award);
      if (missing?.length) problems.push(`${award.serial}: lacks ${missing.join(', ')} on ${award.issuedOn}`);
    }
    expect(awards.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('every module assessment, preliminary exam and exam registration is dated during the secondary stage and by today; every registration passed the gate', async () => {
    const stages = byStudent(await rows<Stage & { schoolId: string }>('secondary', 'SecondaryEnrollment'));
    const during = (date: string, studentId: string, field: string) => requireDuringStage(date, requireStage(stages, studentId) as never, field);
    const assessments = await rows<{ studentId: string; moduleCode: string; score: number; assessedOn: string }>('secondary', 'ModuleAssessment');
    const exams = await rows<{ studentId: string; standardCode: string; score: number; takenOn: string }>('secondary', 'PreliminaryExam');
    const registrations = await rows<{ studentId: string; standardCode: string; registeredOn: string }>('secondary', 'ExamRegistration');
    const gates = new Map((await rows<{ standardCode: string; preliminaryThreshold: number }>('secondary', 'ExamGate')).map((g) => [g.standardCode, g.preliminaryThreshold]));
    const problems = [
      ...refusals(assessments, (a) => (requireScore(a.score), during(a.assessedOn, a.studentId, 'assessedOn')), (a) => `${a.studentId} ${a.moduleCode}`),
      ...refusals(exams, (e) => (requireScore(e.score), during(e.takenOn, e.studentId, 'takenOn')), (e) => `${e.studentId} ${e.standardCode} ${e.takenOn}`),
      ...refusals(registrations, (r) => {
        during(r.registeredOn, r.studentId, 'registeredOn');
        const sat = heldOn(exams.filter((e) => e.studentId === r.studentId), r.registeredOn);
        const refusal = gateRefusal(r.standardCode, bestPreliminaryScore(sat as never, r.standardCode), gates.get(r.standardCode) ?? 80);
        if (refusal) throw new Error(refusal);
      }, (r) => `${r.studentId} ${r.standardCode}`),
    ];
    expect(assessments.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
