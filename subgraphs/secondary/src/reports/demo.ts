/**
 * The demo's learning reports, one per demo module assessment, built with the
 * same builder as recordModuleAssessment. The other institutions' inputs are
 * assembled from the shared demo dataset with the same collectEvidence the
 * college uses; the school's own inputs are the rows it holds.
 */
import { collectEvidence, type ModuleFact } from '@guantong/shared/growth/index';
import { demoRoster, growth, type DemoRoster } from '@guantong/shared/demo';
import type { LearningReportRow } from '../entities/learning-report.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { ModuleEnrolmentRow } from '../entities/module-catalogue.ts';
import type { PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import { DEFAULT_PRELIMINARY_THRESHOLD, bestPreliminaryScore } from '../training/rules.ts';
import { buildReport } from './build.ts';
import { distributionOf } from './cohort.ts';
import type { PeerInputs } from './inputs.ts';
import { renderReport } from './render.ts';

export interface DemoReportRows {
  catalogue: readonly ModuleFact[];
  assessments: readonly ModuleAssessmentRow[];
  enrolments: readonly ModuleEnrolmentRow[];
  exams: readonly Omit<PreliminaryExamRow, 'id'>[];
  thresholds: ReadonlyMap<string, number>;
}

/** The college's and enterprise's side, from the demo dataset, as the lookup would answer it. */
export function demoPeerInputs(studentId: string, on: string, roster: DemoRoster = demoRoster()): PeerInputs {
  const facts = growth.demoGrowthFacts(studentId, on, [], [], roster);
  return { items: facts ? [...facts.items] : [], otherEvidence: facts ? collectEvidence(facts, on) : [], job: growth.demoTargetOf(studentId) };
}

/** Schools' learners by id: their school and cohort, for the cohort distributions. */
function cohortsOf(roster: DemoRoster): Map<string, { schoolId: string; cohort: number }> {
  return new Map(roster.students.map((s) => [s.id, { schoolId: s.secondary.schoolId, cohort: Number(s.cohort) }]));
}

/** One report row (without id) per assessment, as recordModuleAssessment would have stored it on the day. */
export function demoReports(rows: DemoReportRows, roster: DemoRoster = demoRoster()): Omit<LearningReportRow, 'id'>[] {
  const cohorts = cohortsOf(roster);
  return rows.assessments.map((a) => {
    const mine = cohorts.get(a.studentId)!;
    const peersBest = new Map<string, number>();
    for (const b of rows.assessments) {
      const theirs = cohorts.get(b.studentId);
      if (b.moduleCode !== a.moduleCode || b.assessedOn > a.assessedOn || theirs?.schoolId !== mine.schoolId || theirs.cohort !== mine.cohort) continue;
      peersBest.set(b.studentId, Math.max(b.score, peersBest.get(b.studentId) ?? -Infinity));
    }
    const module = rows.catalogue.find((m) => m.code === a.moduleCode)!;
    const standardModules = rows.catalogue.filter((m) => m.standardCode === module.standardCode).map((m) => m.code);
    const exams = rows.exams.filter((e) => e.studentId === a.studentId && e.takenOn <= a.assessedOn);
    const body = buildReport({
      assessment: { moduleCode: a.moduleCode, score: a.score, assessedOn: a.assessedOn },
      catalogue: rows.catalogue,
      peer: demoPeerInputs(a.studentId, a.assessedOn, roster),
      enrolments: rows.enrolments.filter((e) => e.studentId === a.studentId),
      earlier: rows.assessments.filter((b) => b.studentId === a.studentId && b.id !== a.id && b.assessedOn <= a.assessedOn),
      cohort: distributionOf(mine.cohort, mine.schoolId, [...peersBest.values()], a.score),
      gate: {
        standardCode: module.standardCode, moduleCodes: standardModules,
        threshold: rows.thresholds.get(module.standardCode) ?? DEFAULT_PRELIMINARY_THRESHOLD,
        bestPreliminaryScore: bestPreliminaryScore(exams.map((e) => ({ ...e, id: 0 })), module.standardCode),
      },
    });
    // Dated the evening of the assessment (18:00 in China), the same on every machine.
    const generatedAt = `${a.assessedOn}T10:00:00.000Z`;
    const printableHtml = renderReport({ studentId: a.studentId, moduleCode: a.moduleCode, asOf: a.assessedOn, generatedAt }, body);
    return { studentId: a.studentId, assessmentId: a.id, moduleCode: a.moduleCode, asOf: a.assessedOn, generatedAt, body: JSON.stringify(body), printableHtml };
  });
}
