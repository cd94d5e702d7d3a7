/**
 * The mapping chain as the curriculum reports read it: each stage's courses
 * mapped to competency items (hours, target level) and to certificate content
 * units (hours), and the content units the enterprise catalogue defines. The
 * secondary stage's rows come from the school's subgraph and the units from
 * the enterprise's, through `@requires`; none of them is stored here.
 */

export type Stage = 'SECONDARY' | 'HIGHER';
export const STAGES: readonly Stage[] = ['SECONDARY', 'HIGHER'];

/** A row with an effective period: in force from `effectiveFrom` through `effectiveTo` (inclusive; null: open-ended). */
export interface Dated {
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface CourseRef {
  code: string;
  title: string;
  credits: number;
}

/** A course teaches a competency item for so many class hours, to a target level (1–5). */
export interface CompetencyMapping extends Dated {
  courseCode: string;
  itemId: string;
  hours: number;
  targetLevel: number;
}

/** A course covers a certificate's content unit, spending so many class hours on it. */
export interface ContentCoverage extends Dated {
  courseCode: string;
  standardCode: string;
  unitCode: string;
  hours: number;
}

/** A content unit of a certificate standard: its weight in the standard's content, and the items it assesses. */
export interface ContentUnit {
  standardCode: string;
  code: string;
  title: string;
  weight: number;
  itemIds: readonly string[];
}

/** One stage's side of the chain: its courses and their mappings. */
export interface StageCurriculum {
  stage: Stage;
  courses: readonly CourseRef[];
  competencies: readonly CompetencyMapping[];
  content: readonly ContentCoverage[];
}

/** Both stages of an agreement, and the content units of every standard either maps to. */
export interface Curriculum {
  secondary: StageCurriculum;
  higher: StageCurriculum;
  units: readonly ContentUnit[];
}

export const inForce = <T extends Dated>(rows: readonly T[], on: string): T[] =>
  rows.filter((row) => row.effectiveFrom <= on && (row.effectiveTo === null || on <= row.effectiveTo));

export const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** A share as a fraction, or null when there is nothing to divide by. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
