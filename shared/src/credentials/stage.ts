/**
 * A stage of a learner's pathway as an Open Badges 3.0 AchievementCredential
 * (unsigned): the achievement is the programme's stage, a LearningProgram whose
 * result descriptions are the courses taken, term by term; the results are the
 * learner's scores, Completed when passed and Failed when not. The institution
 * that holds the results issues it: the school for the secondary stage, the
 * college for the higher stage.
 */
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.ts';
import type { Credential } from './sign.ts';
import type { HashedIdentifier } from './subject.ts';

export const OB_SCHEMA_ID = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json';

/**
 * VC 2.0's own `JsonSchema` validator type: OB 3.0's `1EdTechJsonSchemaValidator2019`
 * is not defined by the shipped OB 3.0.3 context, so a signer in JSON-LD safe
 * mode (Digital Bazaar's) refuses it as a relative type.
 */
export const CREDENTIAL_SCHEMA_TYPE = 'JsonSchema';

/** The score that passes a course at either stage. */
export const PASS_MARK = 60;

export type StageName = 'SECONDARY' | 'HIGHER';

export interface StageResult {
  courseCode: string;
  title: string;
  credits: number;
  /** Academic year then semester, e.g. 2024-2025-1. */
  term: string;
  score: number;
  passed: boolean;
}

export interface StageFacts {
  /** The credential's own id, a URI. */
  id: string;
  issuer: { did: string; name: string };
  stage: StageName;
  program: { code: string; name: string };
  enrolledOn: string;
  completedOn: string | null;
  results: readonly StageResult[];
  subject: HashedIdentifier;
  /** The instant the institution states it: the credential is valid from then. */
  issuedAt: string;
}

/**
 * A date as the instant it begins in China Standard Time, where the hub's days
 * are kept. 1EdTech's schema asks a date-time of activityStartDate and
 * activityEndDate (the 3.0.3 context types them xsd:date, but the schema is
 * what validators check).
 */
export const chinaMidnight = (date: string): string => `${date}T00:00:00+08:00`;

const STAGE_LABEL: Record<StageName, string> = { SECONDARY: 'Secondary stage', HIGHER: 'Higher stage' };

export const stageAchievementId = (stage: StageName, programCode: string): string =>
  `urn:guantong:stage:${stage.toLowerCase()}:${encodeURIComponent(programCode)}`;

export const courseResultId = (achievementId: string, result: Pick<StageResult, 'courseCode' | 'term'>): string =>
  `${achievementId}:course:${encodeURIComponent(result.courseCode)}:${result.term}`;

const byTermThenCourse = (a: StageResult, b: StageResult): number =>
  (a.term < b.term ? -1 : a.term > b.term ? 1 : 0) || (a.courseCode < b.courseCode ? -1 : a.courseCode > b.courseCode ? 1 : 0);

/** Credits of the courses passed, each course counted once however often it was passed. */
export function creditsEarned(results: readonly StageResult[]): number {
  const passed = new Map<string, number>();
  for (const r of results) if (r.passed) passed.set(r.courseCode, r.credits);
  return [...passed.values()].reduce((sum, credits) => sum + credits, 0);
}

function resultDescription(achievementId: string, r: StageResult): Record<string, unknown> {
  return {
    id: courseResultId(achievementId, r),
    type: ['ResultDescription'],
    name: `${r.courseCode} ${r.title}, term ${r.term} (${r.credits} credits)`,
    resultType: 'Percent',
    valueMin: '0',
    valueMax: '100',
    requiredValue: String(PASS_MARK),
  };
}

function achievement(facts: StageFacts, results: readonly StageResult[]): Record<string, unknown> {
  const id = stageAchievementId(facts.stage, facts.program.code);
  const label = STAGE_LABEL[facts.stage];
  return {
    id,
    type: ['Achievement'],
    achievementType: 'LearningProgram',
    humanCode: facts.program.code,
    name: `${label}: ${facts.program.name}`,
    description: `The ${label.toLowerCase()} of ${facts.program.name} (${facts.program.code}) at ${facts.issuer.name}, with every course result recorded.`,
    criteria: { narrative: `Courses of ${facts.program.code} taught and assessed by ${facts.issuer.name}; a score of ${PASS_MARK} or more out of 100 passes a course.` },
    creator: { id: facts.issuer.did, type: ['Profile'], name: facts.issuer.name },
    ...(results.length ? { resultDescription: results.map((r) => resultDescription(id, r)) } : {}),
  };
}

export function stageCredential(facts: StageFacts): Credential {
  const results = [...facts.results].sort(byTermThenCourse);
  const achievementId = stageAchievementId(facts.stage, facts.program.code);
  const status = facts.completedOn ? `completed on ${facts.completedOn}` : 'in progress';
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: facts.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${STAGE_LABEL[facts.stage]}: ${facts.program.name}`,
    description: `${facts.issuer.name} states the learner's ${results.length} course results in ${facts.program.code}, enrolled on ${facts.enrolledOn}, ${status}.`,
    issuer: { id: facts.issuer.did, type: ['Profile'], name: facts.issuer.name },
    validFrom: facts.issuedAt,
    awardedDate: facts.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [facts.subject],
      activityStartDate: chinaMidnight(facts.enrolledOn),
      ...(facts.completedOn ? { activityEndDate: chinaMidnight(facts.completedOn) } : {}),
      creditsEarned: creditsEarned(results),
      achievement: achievement(facts, results),
      ...(results.length
        ? { result: results.map((r) => ({ type: ['Result'], resultDescription: courseResultId(achievementId, r), value: String(r.score), status: r.passed ? 'Completed' : 'Failed' })) }
        : {}),
    },
    credentialSchema: [{ id: OB_SCHEMA_ID, type: CREDENTIAL_SCHEMA_TYPE }],
  };
}
