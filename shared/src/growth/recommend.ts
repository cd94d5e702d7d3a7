/**
 * The module recommendation method (docs/growth.md): the modules the learner
 * may take next that close the largest gaps to their target job (or to the
 * whole framework without one), in a fixed order, each with its reason.
 */
import { round4 } from './profile.ts';
import { requirementLevels } from './radar.ts';
import {
  MET_LEVEL, PASS_MARK, type FrameworkItem, type ModuleAssessmentFact, type ModuleEnrolmentFact, type ModuleFact, type Profile, type RequirementFact,
} from './types.ts';

export interface RecommendInput {
  profile: Profile;
  /** The target job's competency requirements, or null without a target job. */
  requirements: readonly RequirementFact[] | null;
  /** The target job's title, for the reason; null without a target job. */
  jobTitle: string | null;
  modules: readonly ModuleFact[];
  enrolments: readonly ModuleEnrolmentFact[];
  assessments: readonly ModuleAssessmentFact[];
}

export interface Recommendation {
  rank: number;
  module: ModuleFact;
  /** Σ gap_i over the distinct items the module teaches, rounded to 4 decimals. */
  gapClosed: number;
  /** The items it teaches that have a gap, in framework order. */
  covers: FrameworkItem[];
  /** The essential requirements below MET_LEVEL it teaches, in framework order. */
  missingCovered: FrameworkItem[];
  /** True after a failed assessment of it: a retake. */
  retake: boolean;
  reason: string;
}

/** The modules the learner may not be recommended, and the ones failed (assessed, never passed). */
function progressOf(input: RecommendInput) {
  const passed = new Set(input.assessments.filter((a) => a.score >= PASS_MARK).map((a) => a.moduleCode));
  const assessed = new Set(input.assessments.map((a) => a.moduleCode));
  const inProgress = new Set(input.enrolments.filter((e) => !assessed.has(e.moduleCode)).map((e) => e.moduleCode));
  return { passed, inProgress, failed: (code: string) => assessed.has(code) && !passed.has(code) };
}

const competencies = (n: number) => (n === 1 ? '1 competency' : `${n} competencies`);

function reasonOf(input: RecommendInput, covers: FrameworkItem[], missingCovered: FrameworkItem[], missingTotal: number, module: ModuleFact, retake: boolean): string {
  const codes = (items: FrameworkItem[]) => items.map((i) => i.code).join(', ');
  let what: string;
  if (input.requirements === null) what = `raises ${competencies(covers.length)} of the framework`;
  else if (missingCovered.length > 0) what = `covers ${missingCovered.length} of the ${missingTotal} missing skills for ${input.jobTitle ?? 'the target job'} (${codes(missingCovered)})`;
  else what = `raises ${competencies(covers.length)} required for ${input.jobTitle ?? 'the target job'} (${codes(covers)})`;
  const prerequisites = [...module.prerequisiteCodes].sort();
  const prerequisite = prerequisites.length === 0 ? 'no prerequisite' : `prerequisite${prerequisites.length > 1 ? 's' : ''} ${prerequisites.join(', ')} met`;
  return `${what}; ${prerequisite}${retake ? '; retake after a failed assessment' : ''}`;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first `limit` recommendations, ranked from 1. */
export function recommendModules(input: RecommendInput, limit: number): Recommendation[] {
  const items = input.profile.items;
  const target = input.requirements ? requirementLevels(input.requirements) : null;
  const gap = new Map(items.map((a) => [a.item.id, Math.max(0, (target ? target.get(a.item.id) ?? 0 : 1) - a.exactLevel)]));
  const essential = new Set((input.requirements ?? []).filter((r) => r.essential).map((r) => r.itemId));
  const missing = items.filter((a) => essential.has(a.item.id) && a.exactLevel < MET_LEVEL).map((a) => a.item);
  const progress = progressOf(input);
  const candidates = input.modules.filter((m) =>
    !progress.passed.has(m.code) && !progress.inProgress.has(m.code) && m.prerequisiteCodes.every((p) => progress.passed.has(p)));
  return candidates
    .map((module) => {
      const taught = new Set(module.competencies.map((c) => c.itemId));
      const covers = items.filter((a) => taught.has(a.item.id) && (gap.get(a.item.id) ?? 0) > 0).map((a) => a.item);
      const missingCovered = missing.filter((i) => taught.has(i.id));
      const gapClosed = round4(covers.reduce((total, i) => total + (gap.get(i.id) ?? 0), 0));
      const retake = progress.failed(module.code);
      return { rank: 0, module, gapClosed, covers, missingCovered, retake, reason: reasonOf(input, covers, missingCovered, missing.length, module, retake) };
    })
    .filter((r) => r.gapClosed > 0)
    .sort((a, b) => b.gapClosed - a.gapClosed || b.missingCovered.length - a.missingCovered.length || a.module.credits - b.module.credits || byCode(a.module.code, b.module.code))
    .slice(0, limit)
    .map((r, index) => ({ ...r, rank: index + 1 }));
}
