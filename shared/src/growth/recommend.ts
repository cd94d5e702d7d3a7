/**
 * The module recommendation method (docs/growth.md): the modules the learner
 * may take next that close the largest gaps to their target job (or to the
 * whole framework without one), directly or by unlocking the module that does,
 * in a fixed order, each with its reason.
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
  /** Σ gapClosed of the modules it unlocks, rounded to 4 decimals. */
  gapUnlocked: number;
  /** The modules closing a gap whose last missing prerequisite it is, in recommendation order. */
  unlocks: ModuleFact[];
  /** The items it teaches that have a gap, in framework order. */
  covers: FrameworkItem[];
  /** The essential requirements below MET_LEVEL it teaches, in framework order. */
  missingCovered: FrameworkItem[];
  /** True after a failed assessment of it: a retake. */
  retake: boolean;
  reason: string;
}

/** What one module would close, at full precision. */
interface Closing {
  module: ModuleFact;
  gap: number;
  covers: FrameworkItem[];
  missingCovered: FrameworkItem[];
}

/** The modules the learner may not be recommended, and the ones failed (assessed, never passed). */
function progressOf(input: RecommendInput) {
  const passed = new Set(input.assessments.filter((a) => a.score >= PASS_MARK).map((a) => a.moduleCode));
  const assessed = new Set(input.assessments.map((a) => a.moduleCode));
  const inProgress = new Set(input.enrolments.filter((e) => !assessed.has(e.moduleCode)).map((e) => e.moduleCode));
  return { passed, inProgress, failed: (code: string) => assessed.has(code) && !passed.has(code) };
}

/** Each module's gap closed, covered items and missing requirements covered, by code. */
function closingOf(input: RecommendInput): { closing: Map<string, Closing>; missingTotal: number } {
  const items = input.profile.items;
  const target = input.requirements ? requirementLevels(input.requirements) : null;
  const gap = new Map(items.map((a) => [a.item.id, Math.max(0, (target ? target.get(a.item.id) ?? 0 : 1) - a.exactLevel)]));
  const essential = new Set((input.requirements ?? []).filter((r) => r.essential).map((r) => r.itemId));
  const missing = items.filter((a) => essential.has(a.item.id) && a.exactLevel < MET_LEVEL).map((a) => a.item);
  const closing = new Map(input.modules.map((module) => {
    const taught = new Set(module.competencies.map((c) => c.itemId));
    const covers = items.filter((a) => taught.has(a.item.id) && (gap.get(a.item.id) ?? 0) > 0).map((a) => a.item);
    const closed = covers.reduce((total, i) => total + (gap.get(i.id) ?? 0), 0);
    return [module.code, { module, gap: closed, covers, missingCovered: missing.filter((i) => taught.has(i.id)) }];
  }));
  return { closing, missingTotal: missing.length };
}

const competencies = (n: number) => (n === 1 ? '1 competency' : `${n} competencies`);
const codes = (items: readonly { code: string }[]) => items.map((i) => i.code).join(', ');

/** What a module closes, in words: `covers k of the n missing skills for <job> (…)` or `raises …`. */
function whatOf(input: RecommendInput, closing: Closing, missingTotal: number): string {
  const job = input.jobTitle ?? 'the target job';
  if (input.requirements === null) return `raises ${competencies(closing.covers.length)} of the framework`;
  if (closing.missingCovered.length > 0) return `covers ${closing.missingCovered.length} of the ${missingTotal} missing skills for ${job} (${codes(closing.missingCovered)})`;
  return `raises ${competencies(closing.covers.length)} required for ${job} (${codes(closing.covers)})`;
}

function reasonOf(input: RecommendInput, own: Closing, unlocked: readonly Closing[], missingTotal: number, retake: boolean): string {
  const unlocking = unlocked.map((u) => `${u.module.code}, which ${whatOf(input, u, missingTotal)}`);
  const parts = own.gap > 0
    ? [whatOf(input, own, missingTotal), ...(unlocking.length > 0 ? [`also unlocks ${unlocking.join(', and ')}`] : [])]
    : [`prerequisite of ${unlocking.join(', and of ')}`];
  const prerequisites = [...own.module.prerequisiteCodes].sort();
  parts.push(prerequisites.length === 0 ? 'no prerequisite' : `prerequisite${prerequisites.length > 1 ? 's' : ''} ${prerequisites.join(', ')} met`);
  if (retake) parts.push('retake after a failed assessment');
  return parts.join('; ');
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The recommendation order: gap desc, missing requirements covered desc, credits asc, code asc. */
const inOrder = <T extends { total: number; missing: number; module: ModuleFact }>(a: T, b: T) =>
  b.total - a.total || b.missing - a.missing || a.module.credits - b.module.credits || byCode(a.module.code, b.module.code);

/** The first `limit` recommendations, ranked from 1. */
export function recommendModules(input: RecommendInput, limit: number): Recommendation[] {
  const { closing, missingTotal } = closingOf(input);
  const progress = progressOf(input);
  const open = (m: ModuleFact) => !progress.passed.has(m.code) && !progress.inProgress.has(m.code);
  const candidates = input.modules.filter((m) => open(m) && m.prerequisiteCodes.every((p) => progress.passed.has(p)));
  // A module m unlocks u when u closes a gap and m is the only prerequisite of u not passed yet.
  const unlocksOf = (m: ModuleFact) => input.modules
    .filter((u) => open(u) && round4(closing.get(u.code)!.gap) > 0 && u.prerequisiteCodes.includes(m.code)
      && u.prerequisiteCodes.every((p) => p === m.code || progress.passed.has(p)))
    .map((u) => closing.get(u.code)!)
    .map((c) => ({ ...c, total: round4(c.gap), missing: c.missingCovered.length }))
    .sort(inOrder);
  return candidates
    .map((module) => {
      const own = closing.get(module.code)!;
      const unlocked = unlocksOf(module);
      const gapUnlocked = unlocked.reduce((total, u) => total + u.gap, 0);
      const missing = new Set([...own.missingCovered, ...unlocked.flatMap((u) => u.missingCovered)].map((i) => i.id)).size;
      const retake = progress.failed(module.code);
      return {
        rank: 0, module, gapClosed: round4(own.gap), gapUnlocked: round4(gapUnlocked), unlocks: unlocked.map((u) => u.module),
        covers: own.covers, missingCovered: own.missingCovered, retake, reason: reasonOf(input, own, unlocked, missingTotal, retake),
        total: round4(own.gap + gapUnlocked), missing,
      };
    })
    .filter((r) => r.total > 0)
    .sort(inOrder)
    .slice(0, limit)
    .map(({ total: _total, missing: _missing, ...r }, index) => ({ ...r, rank: index + 1 }));
}
