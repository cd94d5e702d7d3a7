/**
 * What a learning report holds, as stored (JSON in learning_report.body): the
 * numbers of the day it was generated, never recomputed when read.
 */
export interface ScoreBandBody { from: number; to: number; learners: number }
export interface CohortBody {
  cohort: number; schoolId: string; learners: number;
  mean: number | null; median: number | null; min: number | null; max: number | null; percentile: number | null;
  bands: ScoreBandBody[];
}
export interface ReportCompetencyBody { itemId: string; code: string; before: number; after: number }
export interface ReportGapBody { itemId: string; code: string; level: number; essential: boolean }
export type SuggestionKind = 'RETAKE' | 'MODULE' | 'RESOURCE';
export interface ReportSuggestionBody { kind: SuggestionKind; moduleCode: string; resourcePackageId: string | null; text: string }
export interface ExamGateBody {
  standardCode: string; modulesPassed: number; modulesTotal: number; allModulesPassed: boolean;
  bestPreliminaryScore: number | null; threshold: number; text: string;
}

export interface ReportBody {
  score: number;
  passed: boolean;
  moduleTitle: string;
  cohort: CohortBody;
  competenciesGained: ReportCompetencyBody[];
  jobPosition: { id: string; title: string } | null;
  remainingGaps: ReportGapBody[];
  suggestions: ReportSuggestionBody[];
  examGate: ExamGateBody;
}

const parsed = new WeakMap<object, ReportBody>();

/** The report's body, parsed once per row object. */
export function bodyOf(row: { body: string }): ReportBody {
  let body = parsed.get(row);
  if (!body) parsed.set(row, (body = JSON.parse(row.body) as ReportBody));
  return body;
}
