/**
 * Builds a learning report's content from its inputs (pure). The levels before
 * and after are the shared profile method's (shared/src/growth): the other
 * institutions' evidence plus this school's module evidence, without and then
 * with the new assessment (the best assessment of a module counts, so a
 * weaker retake changes nothing).
 */
import {
  MET_LEVEL, PASS_MARK, attainmentsOf, collectEvidence, recommendModules, round4,
  type Attainment, type GrowthStage, type ModuleAssessmentFact, type ModuleEnrolmentFact, type ModuleFact,
} from '@guantong/shared/growth/index';
import type { CohortBody, ExamGateBody, ReportBody, ReportGapBody, ReportSuggestionBody } from './content.ts';
import type { PeerInputs } from './inputs.ts';

export const MAX_SUGGESTIONS = 5;

export interface ReportInputs {
  assessment: ModuleAssessmentFact;
  catalogue: readonly ModuleFact[];
  peer: PeerInputs;
  enrolments: readonly ModuleEnrolmentFact[];
  /** The learner's other assessments held on the assessment's day. */
  earlier: readonly ModuleAssessmentFact[];
  cohort: CohortBody;
  gate: { standardCode: string; moduleCodes: readonly string[]; threshold: number; bestPreliminaryScore: number | null };
  providerStages?: Readonly<Record<string, GrowthStage>>;
  /** Each module's newest published resource package id, where the module has one. */
  resources?: ReadonlyMap<string, string>;
}

/** The profile's attainments with the given module assessments as this school's evidence. */
function attainments(inputs: ReportInputs, assessments: readonly ModuleAssessmentFact[]): Attainment[] {
  const { items, otherEvidence } = inputs.peer;
  const on = inputs.assessment.assessedOn;
  const modules = collectEvidence({ items, mappings: [], results: [], modules: inputs.catalogue, assessments, certificates: [], units: [], providerStages: inputs.providerStages }, on);
  return attainmentsOf(items, [...otherEvidence.filter((e) => e.on <= on), ...modules]);
}

function gapsOf(inputs: ReportInputs, after: readonly Attainment[]): ReportGapBody[] {
  const required = new Map((inputs.peer.job?.requirements ?? []).map((r) => [r.itemId, r.essential]));
  return after.filter((a) => required.has(a.item.id) && a.exactLevel < MET_LEVEL)
    .map((a) => ({ itemId: a.item.id, code: a.item.code, level: a.level, essential: required.get(a.item.id)! }));
}

function suggestionsOf(inputs: ReportInputs, after: Attainment[], assessments: readonly ModuleAssessmentFact[], module: ModuleFact): ReportSuggestionBody[] {
  const { assessment, peer } = inputs;
  const out: ReportSuggestionBody[] = [];
  // Each suggested module is followed by its newest published resource package, when it has one.
  const suggest = (s: ReportSuggestionBody, title: string) => {
    out.push(s);
    const resourcePackageId = inputs.resources?.get(s.moduleCode);
    if (resourcePackageId) out.push({ kind: 'RESOURCE', moduleCode: s.moduleCode, resourcePackageId, text: `Use the shared resource package of ${s.moduleCode} (${title})` });
  };
  if (assessment.score < PASS_MARK) {
    suggest({ kind: 'RETAKE', moduleCode: module.code, resourcePackageId: null, text: `Retake ${module.code} (${module.title}): scored ${assessment.score}, the pass mark is ${PASS_MARK}` }, module.title);
  }
  const recommendations = recommendModules({
    profile: { asOf: assessment.assessedOn, items: after }, requirements: peer.job?.requirements ?? null, jobTitle: peer.job?.title ?? null,
    modules: inputs.catalogue, enrolments: inputs.enrolments, assessments,
  }, MAX_SUGGESTIONS);
  for (const r of recommendations) {
    if (r.module.code === module.code && out.length > 0) continue;
    suggest({ kind: 'MODULE', moduleCode: r.module.code, resourcePackageId: null, text: `Take ${r.module.code} (${r.module.title}) next: ${r.reason}` }, r.module.title);
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

function examGateOf(inputs: ReportInputs, assessments: readonly ModuleAssessmentFact[]): ExamGateBody {
  const { standardCode, moduleCodes, threshold, bestPreliminaryScore } = inputs.gate;
  const passed = new Set(assessments.filter((a) => a.score >= PASS_MARK).map((a) => a.moduleCode));
  const modulesPassed = moduleCodes.filter((c) => passed.has(c)).length;
  const allModulesPassed = modulesPassed === moduleCodes.length;
  const exam = bestPreliminaryScore === null ? 'no preliminary exam sat yet' : `best preliminary score ${bestPreliminaryScore}`;
  const open = bestPreliminaryScore !== null && bestPreliminaryScore >= threshold;
  const text = `${modulesPassed} of ${moduleCodes.length} ${standardCode} modules passed; ${exam}, ${open ? 'which opens' : 'and registering needs at least'} ${open ? `the formal exam (threshold ${threshold})` : threshold}`;
  return { standardCode, modulesPassed, modulesTotal: moduleCodes.length, allModulesPassed, bestPreliminaryScore, threshold, text };
}

/** The report's content: the numbers of the assessment's day. */
export function buildReport(inputs: ReportInputs): ReportBody {
  const { assessment } = inputs;
  const module = inputs.catalogue.find((m) => m.code === assessment.moduleCode);
  if (!module) throw new Error(`secondary data is inconsistent: no module ${assessment.moduleCode} in the catalogue`);
  const earlier = inputs.earlier.filter((a) => a.assessedOn <= assessment.assessedOn);
  const withThis = [...earlier, assessment];
  const before = attainments(inputs, earlier);
  const after = attainments(inputs, withThis);
  const taught = new Set(module.competencies.map((c) => c.itemId));
  return {
    score: assessment.score,
    passed: assessment.score >= PASS_MARK,
    moduleTitle: module.title,
    cohort: inputs.cohort,
    competenciesGained: after.flatMap((a, i) => (taught.has(a.item.id) ? [{ itemId: a.item.id, code: a.item.code, before: round4(before[i]!.exactLevel), after: a.level }] : [])),
    jobPosition: inputs.peer.job && { id: inputs.peer.job.id, title: inputs.peer.job.title },
    remainingGaps: gapsOf(inputs, after),
    suggestions: suggestionsOf(inputs, after, withThis, module),
    examGate: examGateOf(inputs, withThis),
  };
}
