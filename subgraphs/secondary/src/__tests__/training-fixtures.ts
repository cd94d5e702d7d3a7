/**
 * Operations and learners for the certificate-training tests. Learners of the
 * Automotive pathway study at Hillview but have no training records in the
 * demo, so each test can start one from a clean slate.
 */
import type { Actor } from '@guantong/shared/identity';
import { demoRoster } from '@guantong/shared/demo';
import { callers, studentRef, type Harness } from './harness.ts';

const roster = demoRoster();

/** Automotive learners of a cohort at Hillview, in roster order: no module records in the demo. */
export function cleanLearners(cohort: '2022' | '2024'): string[] {
  return roster.students.filter((s) => s.agreementId === 'agr-auto' && s.cohort === cohort && s.stage !== 'WITHDRAWN').map((s) => s.id);
}

/** E-commerce learners, who have module assessments and X-OSOP-1 preliminary exams in the demo. */
export const ecLearners = roster.students.filter((s) => s.agreementId === 'agr-ec').map((s) => s.id);

export const RECORD_ASSESSMENT = /* GraphQL */ `
  mutation($input: RecordModuleAssessmentInput!) {
    recordModuleAssessment(input: $input) { module { code standardCode credits } score passed assessedOn creditsEarned }
  }
`;
export const RECORD_EXAM = /* GraphQL */ `
  mutation($input: RecordPreliminaryExamInput!) { recordPreliminaryExam(input: $input) { standardCode score takenOn } }
`;
export const REGISTER = /* GraphQL */ `
  mutation($input: ExamRegistrationInput!) { registerForCertificationExam(input: $input) { standardCode registeredOn } }
`;
export const TRAINING = /* GraphQL */ `
  query($r: [_Any!]!, $standard: ID!) {
    _entities(representations: $r) {
      ... on Student {
        id moduleCredits
        moduleAssessments { nodes { module { code } score passed creditsEarned assessedOn } }
        examEligibility(standardCode: $standard) { standardCode eligible bestPreliminaryScore threshold modulesPassed modulesTotal registered reasons }
      }
    }
  }
`;

export interface Eligibility {
  standardCode: string; eligible: boolean; bestPreliminaryScore: number | null; threshold: number;
  modulesPassed: number; modulesTotal: number; registered: boolean; reasons: string[];
}
export interface TrainingView {
  id: string;
  moduleCredits: number | null;
  moduleAssessments: { nodes: { module: { code: string }; score: number; passed: boolean; creditsEarned: number; assessedOn: string }[] } | null;
  examEligibility: Eligibility | null;
}

/** A learner's training record as Hillview staff read it (the gateway supplies the pathway). */
export async function trainingOf(hub: Harness, studentId: string, standard = 'X-OSOP-1', actor: Actor = callers.hillview): Promise<TrainingView> {
  const { data, errors } = await hub.run<{ _entities: TrainingView[] }>(actor, TRAINING, { r: [studentRef(studentId, ['sch-hillview', 'col-metro'])], standard });
  if (errors) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
  return data!._entities[0]!;
}

/** The error code and message of a refused mutation, or of none. */
export async function attempt(hub: Harness, actor: Actor, query: string, input: Record<string, unknown>) {
  const { data, errors } = await hub.run(actor, query, { input });
  return { data, code: errors?.[0]?.extensions?.code, message: errors?.[0]?.message ?? '' };
}
