/**
 * What `@requires` brings for a learner's competency profile, radar and module
 * recommendations: their certificates with the content units and issuer of
 * each standard (enterprise), their secondary results and the school's
 * competency mappings (secondary), the module catalogue with their module
 * enrolments and assessments (secondary), and their target job's title and
 * requirements (enterprise). Kept apart from the other evidence.
 */
import type { ModuleAssessmentFact, ModuleEnrolmentFact, ModuleFact } from '@guantong/shared/growth/index';
import type { CompetencyMapping } from '../curriculum/chain.ts';
import type { RawRequirement, RawUnit } from '../curriculum/facts.ts';

export interface RawGrowthCertificate {
  serial: string;
  status: 'VALID' | 'REVOKED';
  score: number | null;
  issuedOn: string;
  revokedOn: string | null;
  standard: { code: string; issuer?: { id: string }; contentUnitFacts?: RawUnit[] };
}

export interface RawModuleFacts {
  modules: ModuleFact[];
  enrolments: ModuleEnrolmentFact[];
  assessments: ModuleAssessmentFact[];
}

export interface RawGrowthFacts {
  certificateFacts?: RawGrowthCertificate[] | null;
  secondaryStage?: { resultFacts?: { course: { code: string }; term: string; score: number; passed: boolean }[] } | null;
  moduleFacts?: RawModuleFacts | null;
  careerTargetJob?: { id?: string; title?: string; requirementFacts?: RawRequirement[] } | null;
  pathwayAgreement?: { secondaryProgram?: { curriculumFacts?: { competencies?: CompetencyMapping[] } | null } | null } | null;
}

/** The parts that arrived; a part that did not is null, and the growth fields then refuse rather than guess. */
export interface GrowthEvidence {
  certificates: RawGrowthCertificate[] | null;
  results: NonNullable<NonNullable<RawGrowthFacts['secondaryStage']>['resultFacts']> | null;
  modules: RawModuleFacts | null;
  /** The target job as it arrived: undefined when not asked for, null without a target. */
  job: { title: string | null; requirements: RawRequirement[] | null } | null | undefined;
  schoolMappings: CompetencyMapping[] | null;
}

/** Only when the gateway brought the module facts, which only the growth fields require. */
export function growthEvidenceOf(raw: RawGrowthFacts): GrowthEvidence | undefined {
  if (!('moduleFacts' in raw)) return undefined;
  const job = raw.careerTargetJob;
  return {
    certificates: raw.certificateFacts ?? null,
    results: raw.secondaryStage?.resultFacts ?? null,
    modules: raw.moduleFacts ?? null,
    job: job === undefined ? undefined : job === null ? null : { title: job.title ?? null, requirements: job.requirementFacts ?? null },
    schoolMappings: raw.pathwayAgreement?.secondaryProgram?.curriculumFacts?.competencies ?? null,
  };
}
