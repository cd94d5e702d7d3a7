/**
 * The three-tier evaluation's rules, kept free of I/O so resolvers and
 * mutations decide the same way: module credits, the best preliminary score,
 * and whether a learner may register for the formal exam.
 */
import type { CertificateModuleRow } from '../entities/certificate-module.ts';
import type { ExamRegistrationRow } from '../entities/exam-registration.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import type { ExamGateRow } from '../entities/exam-gate.ts';
import { PASS_MARK } from '../resolvers/result.ts';

/** The preliminary score needed to register for a formal exam when a standard configures no gate (seed 000 §4.2). */
export const DEFAULT_PRELIMINARY_THRESHOLD = 80;

/**
 * The records that exist on `today`: an assessment or a sitting counts from
 * its date, never before (README, "One clock"). The writes refuse future
 * dates; this keeps a moved clock, or a record dated later, from counting early.
 */
export function heldOn<T extends { assessedOn: string } | { takenOn: string } | { registeredOn: string }>(rows: readonly T[], today: string): T[] {
  return rows.filter((row) => ('assessedOn' in row ? row.assessedOn : 'takenOn' in row ? row.takenOn : row.registeredOn) <= today);
}

/** Each module's best score: a module retaken until passed counts once, as passed. */
export function bestModuleScores(assessments: readonly ModuleAssessmentRow[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const a of assessments) best.set(a.moduleCode, Math.max(a.score, best.get(a.moduleCode) ?? -Infinity));
  return best;
}

/** The modules whose best assessment reaches the pass mark. */
export function passedModuleCodes(assessments: readonly ModuleAssessmentRow[]): Set<string> {
  return new Set([...bestModuleScores(assessments)].filter(([, score]) => score >= PASS_MARK).map(([code]) => code));
}

/** Credits of the passed modules, each module counted once however often it was retaken. */
export function moduleCredits(assessments: readonly ModuleAssessmentRow[], modules: readonly (CertificateModuleRow | null)[]): number {
  const passed = passedModuleCodes(assessments);
  return modules.reduce((sum, module) => sum + (module && passed.has(module.code) ? module.credits : 0), 0);
}

/** The learner's best preliminary score for the standard, or null when they have not sat it. */
export function bestPreliminaryScore(exams: readonly PreliminaryExamRow[], standardCode: string): number | null {
  const scores = exams.filter((e) => e.standardCode === standardCode).map((e) => e.score);
  return scores.length === 0 ? null : Math.max(...scores);
}

/** A standard's gate: its configured threshold, or the default for a standard without one. */
export function thresholdOf(gate: ExamGateRow | null): number {
  return gate?.preliminaryThreshold ?? DEFAULT_PRELIMINARY_THRESHOLD;
}

/** Why the gate is shut, or null when the best score opens it. Shared by the mutation and `examEligibility`. */
export function gateRefusal(standardCode: string, best: number | null, threshold: number): string | null {
  if (best === null) return `no ${standardCode} preliminary exam sat yet; registering needs a best preliminary score of at least ${threshold}`;
  if (best < threshold) return `best ${standardCode} preliminary score ${best} is below the threshold of ${threshold}; registering needs at least ${threshold}`;
  return null;
}

export interface EligibilityEvidence {
  standardCode: string;
  /** The standard has modules or a gate here: its exams are registered through the secondary schools. */
  known: boolean;
  threshold: number;
  exams: readonly PreliminaryExamRow[];
  registrations: readonly ExamRegistrationRow[];
  modules: readonly CertificateModuleRow[];
  assessments: readonly ModuleAssessmentRow[];
}

/** Whether the learner may register for the formal exam, with every reason they may not. */
export function examEligibility(evidence: EligibilityEvidence) {
  const { standardCode, known, threshold } = evidence;
  const best = bestPreliminaryScore(evidence.exams, standardCode);
  const registration = evidence.registrations.find((r) => r.standardCode === standardCode);
  const passed = passedModuleCodes(evidence.assessments);
  const reasons: string[] = [];
  if (!known) reasons.push(`${standardCode} has no training modules or exam gate here, so its formal exam is not registered through a secondary school`);
  if (registration) reasons.push(`already registered for the ${standardCode} formal exam on ${registration.registeredOn}`);
  const refusal = known ? gateRefusal(standardCode, best, threshold) : null;
  if (refusal) reasons.push(refusal);
  return {
    standardCode,
    eligible: reasons.length === 0,
    bestPreliminaryScore: best,
    threshold,
    modulesPassed: evidence.modules.filter((m) => passed.has(m.code)).length,
    modulesTotal: evidence.modules.length,
    registered: registration !== undefined,
    reasons,
  };
}
