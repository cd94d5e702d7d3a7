/**
 * The facts the growth methods read: a learner's framework, results, module
 * assessments and certificates, as plain rows. Each subgraph assembles them
 * from what it owns and what `@requires` or a peer lookup brings; the methods
 * themselves read nothing else, so any institution can recompute them.
 */

export type GrowthStage = 'SECONDARY' | 'HIGHER';
export type GrowthKind = 'KNOWLEDGE' | 'SKILL' | 'ATTITUDE';
export type EvidenceKind = 'COURSE_RESULT' | 'MODULE_ASSESSMENT' | 'CERTIFICATE';

/** Score at or above which a course result or module assessment is a pass. */
export const PASS_MARK = 60;
/** Attained level at or above which a competency item counts as met. */
export const MET_LEVEL = 0.6;

/** An item of the framework version in force: `level` is the level (1–5) the framework expects. */
export interface FrameworkItem {
  id: string;
  code: string;
  kind: GrowthKind;
  level: number;
}

/** A course teaching an item for so many hours to a target level, in force from effectiveFrom through effectiveTo (inclusive). */
export interface CourseMappingFact {
  stage: GrowthStage;
  courseCode: string;
  itemId: string;
  hours: number;
  targetLevel: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** One course result of the learner; `term` as in shared/src/terms.ts. */
export interface CourseResultFact {
  stage: GrowthStage;
  courseCode: string;
  term: string;
  score: number;
  passed: boolean;
  issuerId: string;
}

/** A module teaches an item for so many hours to a target level (1–5). */
export interface ModuleCompetencyFact {
  itemId: string;
  hours: number;
  targetLevel: number;
}

/** A module of the catalogue. */
export interface ModuleFact {
  code: string;
  standardCode: string;
  title: string;
  credits: number;
  hours: number;
  sequence: number;
  providerId: string;
  prerequisiteCodes: readonly string[];
  competencies: readonly ModuleCompetencyFact[];
}

export interface ModuleEnrolmentFact {
  moduleCode: string;
  enrolledOn: string;
  startsOn: string;
}

export interface ModuleAssessmentFact {
  moduleCode: string;
  score: number;
  assessedOn: string;
}

/** A certificate award of the learner; `revokedOn` null while it stands. */
export interface CertificateFact {
  serial: string;
  standardCode: string;
  issuerId: string;
  score: number | null;
  issuedOn: string;
  revokedOn: string | null;
}

/** A content unit of a certificate standard: its weight (counted as class hours) and the items it assesses. */
export interface UnitFact {
  standardCode: string;
  code: string;
  weight: number;
  itemIds: readonly string[];
}

/** Everything the profile method reads for one learner. */
export interface GrowthFacts {
  /** The items of the framework version in force on the day, in list order. */
  items: readonly FrameworkItem[];
  mappings: readonly CourseMappingFact[];
  results: readonly CourseResultFact[];
  modules: readonly ModuleFact[];
  assessments: readonly ModuleAssessmentFact[];
  certificates: readonly CertificateFact[];
  units: readonly UnitFact[];
  /** The stage of a module's provider (a school: SECONDARY, a college: HIGHER); a provider not listed gives a null stage. */
  providerStages?: Readonly<Record<string, GrowthStage>>;
}

/** One piece of evidence for one item. */
export interface Evidence {
  itemId: string;
  kind: EvidenceKind;
  /** Course code, module code or certificate serial. */
  source: string;
  issuerId: string;
  stage: GrowthStage | null;
  on: string;
  score: number | null;
  value: number;
  weight: number;
}

export interface Attainment {
  item: FrameworkItem;
  /** Σ v·w / Σ w, rounded to 4 decimals. */
  level: number;
  /** The level with full precision, for the methods built on it. */
  exactLevel: number;
  /** exactLevel ≥ MET_LEVEL. */
  met: boolean;
  /** Σ w, rounded to 4 decimals. */
  evidenceWeight: number;
  evidence: Evidence[];
}

export interface Profile {
  asOf: string;
  items: Attainment[];
}

/** A competency requirement of the target job: essential or optional. */
export interface RequirementFact {
  itemId: string;
  essential: boolean;
}
