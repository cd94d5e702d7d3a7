/**
 * Generates and stores a learning report inside the assessment's transaction.
 * Everything from other institutions was asked before the transaction
 * (inputs.ts); here the school reads its own rows, with the new assessment
 * already written, so the cohort's distribution counts it.
 */
import type { EntityManager } from 'typeorm';
import { nowInstant } from '@guantong/shared/clock';
import type { ModuleFact } from '@guantong/shared/growth/index';
import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import { LearningReportEntity, type LearningReportRow } from '../entities/learning-report.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { Catalogue } from '../marketplace/loaders.ts';
import { bestPreliminaryScore, heldOn } from '../training/rules.ts';
import { standardHere } from '../training/standards.ts';
import { buildReport, type ReportInputs } from './build.ts';
import { cohortBestScores, distributionOf } from './cohort.ts';
import type { PeerInputs } from './inputs.ts';
import { renderReport } from './render.ts';

/** The catalogue as the growth methods read it. */
export function moduleFactsOf(catalogue: Catalogue): ModuleFact[] {
  return catalogue.modules.map((m) => ({
    ...m,
    prerequisiteCodes: catalogue.prerequisites.get(m.code) ?? [],
    competencies: (catalogue.competencies.get(m.code) ?? []).map(({ itemId, hours, targetLevel }) => ({ itemId, hours, targetLevel })),
  }));
}

/** The school's own inputs, read before the transaction through the request's loaders (the new assessment is not among them yet). */
export async function ownInputs(ctx: Context, studentId: string, moduleCode: string, on: string) {
  const [catalogue, enrolments, assessments, exams] = await Promise.all([
    ctx.loaders.catalogue(), ctx.loaders.moduleEnrolmentsByStudent.load(studentId), ctx.loaders.assessmentsByStudent.load(studentId), ctx.loaders.preliminaryExamsByStudent.load(studentId),
  ]);
  const module = catalogue.modules.find((m) => m.code === moduleCode)!;
  const standard = await standardHere(ctx.loaders, module.standardCode);
  return {
    catalogue: moduleFactsOf(catalogue),
    enrolments: enrolments.map(({ moduleCode: code, enrolledOn, startsOn }) => ({ moduleCode: code, enrolledOn, startsOn })),
    earlier: heldOn(assessments, on).map(({ moduleCode: code, score, assessedOn }) => ({ moduleCode: code, score, assessedOn })),
    gate: { standardCode: standard.code, moduleCodes: standard.modules.map((m) => m.code), threshold: standard.threshold, bestPreliminaryScore: bestPreliminaryScore(heldOn(exams, on), standard.code) },
  };
}

export type OwnInputs = Awaited<ReturnType<typeof ownInputs>>;

/** Builds, renders and inserts the report of `assessment`; the caller's transaction commits it with the assessment. */
export async function insertReport(em: EntityManager, assessment: ModuleAssessmentRow, enrollment: EnrollmentRow, peer: PeerInputs, own: OwnInputs): Promise<LearningReportRow> {
  const { moduleCode, score, assessedOn } = assessment;
  const best = await cohortBestScores(em, enrollment.schoolId, enrollment.cohort, moduleCode, assessedOn);
  const inputs: ReportInputs = {
    ...own, peer, assessment: { moduleCode, score, assessedOn },
    cohort: distributionOf(enrollment.cohort, enrollment.schoolId, best, score),
  };
  const body = buildReport(inputs);
  const generatedAt = nowInstant();
  const printableHtml = renderReport({ studentId: assessment.studentId, moduleCode, asOf: assessedOn, generatedAt }, body);
  const row = { studentId: assessment.studentId, assessmentId: assessment.id, moduleCode, asOf: assessedOn, generatedAt, body: JSON.stringify(body), printableHtml };
  const { identifiers } = await em.insert(LearningReportEntity, row);
  return { ...row, id: Number(identifiers[0]?.id) };
}
