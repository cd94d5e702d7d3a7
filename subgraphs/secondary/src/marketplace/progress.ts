/**
 * A learner's progress in the modules they enrolled in, decided from their
 * enrolments and the assessments held on `today` (pure: resolvers and reports
 * decide the same way).
 */
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { ModuleEnrolmentRow } from '../entities/module-catalogue.ts';
import { PASS_MARK } from '../resolvers/result.ts';

export type ModuleStatus = 'ENROLLED' | 'IN_PROGRESS' | 'PASSED' | 'FAILED';

export interface ModuleProgressView {
  moduleCode: string;
  status: ModuleStatus;
  enrolledOn: string;
  startsOn: string;
  attempts: number;
  bestScore: number | null;
  lastAssessedOn: string | null;
  passedOn: string | null;
}

/** PASSED if any assessment reached 60; else FAILED if assessed; else IN_PROGRESS once started; else ENROLLED. */
export function progressOf(enrolment: ModuleEnrolmentRow, assessments: readonly ModuleAssessmentRow[], today: string): ModuleProgressView {
  const held = assessments.filter((a) => a.moduleCode === enrolment.moduleCode && a.assessedOn <= today);
  const dates = held.map((a) => a.assessedOn).sort();
  const passing = held.filter((a) => a.score >= PASS_MARK).map((a) => a.assessedOn).sort();
  const status: ModuleStatus = passing.length > 0 ? 'PASSED' : held.length > 0 ? 'FAILED' : enrolment.startsOn <= today ? 'IN_PROGRESS' : 'ENROLLED';
  return {
    moduleCode: enrolment.moduleCode,
    status,
    enrolledOn: enrolment.enrolledOn,
    startsOn: enrolment.startsOn,
    attempts: held.length,
    bestScore: held.length === 0 ? null : Math.max(...held.map((a) => a.score)),
    lastAssessedOn: dates.at(-1) ?? null,
    passedOn: passing[0] ?? null,
  };
}
