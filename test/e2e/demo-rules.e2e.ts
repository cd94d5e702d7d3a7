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
import { decideCheck } from '../../subgraphs/enterprise/src/accreditation/check.ts';
import { changeRefusal, grantRefusal, overlapping } from '../../subgraphs/enterprise/src/accreditation/rules.ts';
import type { AccreditationRecord } from '../../subgraphs/enterprise/src/accreditation/store.ts';
import type { AccreditationRow } from '../../subgraphs/enterprise/src/entities/accreditation.ts';
import type { AccreditationEventRow } from '../../subgraphs/enterprise/src/entities/accreditation-event.ts';
import type { ExamSessionRow } from '../../subgraphs/enterprise/src/entities/exam-session.ts';
import type { StandardRow } from '../../subgraphs/enterprise/src/entities/standard.ts';
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

  it('every accreditation step obeys the supervisor’s rules on the day it was taken; every 1+X award and exam session was dated on a day its issuer was accredited', async () => {
    const standards = new Map((await rows<StandardRow>('enterprise', 'CertificateStandard')).map((s) => [s.code, s]));
    const events = (await rows<AccreditationEventRow>('enterprise', 'AccreditationEvent')).sort((a, b) => a.id - b.id);
    const records: AccreditationRecord[] = (await rows<AccreditationRow>('enterprise', 'Accreditation')).map((row) => {
      const own = events.filter((e) => e.accreditationId === row.id);
      return { ...row, events: own, changes: own.map(({ status, effectiveOn, reason }) => ({ status, effectiveOn, reason })) };
    });
    /** The day in China Standard Time an instant fell on. */
    const dayOf = (at: string) => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);
    const problems: string[] = [];
    for (const record of records) {
      const standard = standards.get(record.standardCode);
      const granted = record.events[0];
      if (!standard || !granted) {
        problems.push(`${record.id}: no standard or no grant`);
        continue;
      }
      const grant = grantRefusal(standard, record);
      if (grant) problems.push(`${record.id}: ${grant.message}`);
      const earlier = records.filter((other) => other !== record && (other.events[0]?.at ?? '') < granted.at);
      const other = overlapping(earlier.map((o) => ({ ...o, changes: o.changes.slice(0, o.events.filter((e) => e.at < granted.at).length) })), record);
      if (other) problems.push(`${record.id}: overlaps ${other.id}`);
      record.events.slice(1).forEach((event, i) => {
        const refusal = changeRefusal({ ...record, changes: record.changes.slice(0, i + 1) }, event.status, event.effectiveOn, dayOf(event.at));
        if (refusal) problems.push(`${record.id} ${event.kind}: ${refusal.message}`);
      });
    }
    const dated = [
      ...(await rows<AwardRow>('enterprise', 'CertificateAward')).map((a) => ({ what: a.serial, code: a.standardCode, day: a.issuedOn })),
      ...(await rows<ExamSessionRow>('enterprise', 'ExamSession')).map((s) => ({ what: s.id, code: s.standardCode, day: s.heldOn })),
    ];
    for (const { what, code, day } of dated) {
      const standard = standards.get(code) ?? null;
      const check = decideCheck({ organizationId: standard?.issuerId ?? '', standardCode: code, on: day }, standard, records.filter((r) => r.standardCode === code));
      if (!check.satisfied) problems.push(`${what}: ${check.explanation}`);
    }
    expect(records.length).toBeGreaterThan(5);
    expect(dated.length).toBeGreaterThan(100);
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
