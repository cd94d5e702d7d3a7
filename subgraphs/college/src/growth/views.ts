/**
 * The growth views as the GraphQL types receive them: the shared methods'
 * results with the framework's item rows in place of the bare items.
 */
import type { Attainment, Evidence } from '@guantong/shared/growth/index';
import type { RadarAxisView } from '@guantong/shared/growth/radar';
import type { FrameworkRow, ItemRow } from '../entities/competency-framework.ts';

export type AttainmentView = Omit<Attainment, 'item' | 'evidence'> & { item: ItemRow; evidence: Evidence[] };

export interface ProfileView {
  framework: FrameworkRow;
  asOf: string;
  method: string;
  attainments: AttainmentView[];
}

export interface RadarView {
  asOf: string;
  jobPositionId: string | null;
  axes: RadarAxisView[];
}

export interface RecommendationView {
  rank: number;
  moduleCode: string;
  gapClosed: number;
  gapUnlocked: number;
  /** The codes of the modules it unlocks, in recommendation order. */
  unlockCodes: string[];
  covers: ItemRow[];
  missingCovered: ItemRow[];
  reason: string;
}

/** The profile method in words, as the profile states it (docs/growth.md). */
export const PROFILE_METHOD = [
  'Rows: the items of the agreement\'s framework version in force on the day D, in list order.',
  'Evidence dated after D is ignored.',
  'Course result (secondary and college): per course the best result (highest score; tie: earliest), dated the last day of its term;',
  'for each competency mapping of the course in force that day, for item i: v = min(1, targetLevel / level_i) × score / 100 when passed (score ≥ 60), else 0; w = the mapping\'s hours.',
  'Module assessment: per module the best assessment (highest score; tie: earliest), dated its day; for each competency row of the module the same v, w = its hours.',
  'Certificate: each award issued on or before D and not revoked on or before D, dated its issue; for each content unit of its standard and each item the unit assesses:',
  'v = score / 100 (1 without a score), w = the unit\'s weight / the number of items the unit assesses.',
  'Evidence for items outside the framework version is ignored.',
  'level_i = Σ v·w / Σ w (0 without evidence), at full precision, rounded to 4 decimals at the end; met when level_i ≥ 0.6.',
].join(' ');
