/**
 * Cohort outcomes before and after a reform: learners are grouped by when
 * they began the higher stage, before the reform date (they were taught the
 * old curriculum) or on or after it. Learners still at the secondary stage
 * belong to neither group yet. Each group's figures are computed from its
 * learners' rows: certificates, placements and the job positions they went to.
 */
import { alignment, type Alignment, type CertificateFact, type JobCertificates, type PlacementFact } from '../careers/alignment.ts';
import { share } from '../curriculum/chain.ts';

export type Period = 'BEFORE' | 'AFTER';

export interface LearnerFact {
  studentId: string;
  stage: 'SECONDARY' | 'HIGHER' | 'GRADUATED' | 'WITHDRAWN';
  /** The day the learner began the higher stage, or null. */
  higherFrom: string | null;
  subsidized: boolean;
}

export interface PlacementRecord extends PlacementFact {
  kind: 'INTERNSHIP' | 'EMPLOYMENT';
}

export interface CohortFacts {
  learners: readonly LearnerFact[];
  certificates: readonly CertificateFact[];
  placements: readonly PlacementRecord[];
  jobs: readonly JobCertificates[];
  /** The certificate standards the agreement's curriculum covers: those a pass counts for. */
  standards: ReadonlySet<string>;
}

export interface GroupOutcome {
  period: Period;
  learners: number;
  /** Learners holding a valid certificate of one of the curriculum's standards. */
  certified: number;
  passRate: number | null;
  graduates: number;
  /** Graduates with an employment placement. */
  employed: number;
  employmentRate: number | null;
  alignment: Alignment;
}

export function periodOf(learner: LearnerFact, reformDate: string): Period | null {
  if (learner.higherFrom === null) return null;
  return learner.higherFrom < reformDate ? 'BEFORE' : 'AFTER';
}

function outcomeOf(period: Period, facts: CohortFacts, members: readonly LearnerFact[]): GroupOutcome {
  const ids = new Set(members.map((l) => l.studentId));
  const certified = new Set(facts.certificates.filter((c) => ids.has(c.holderId) && c.status === 'VALID' && facts.standards.has(c.standardCode)).map((c) => c.holderId));
  const placements = facts.placements.filter((p) => ids.has(p.studentId));
  const graduates = members.filter((l) => l.stage === 'GRADUATED');
  const employed = graduates.filter((l) => placements.some((p) => p.studentId === l.studentId && p.kind === 'EMPLOYMENT')).length;
  return {
    period,
    learners: members.length,
    certified: certified.size,
    passRate: share(certified.size, members.length),
    graduates: graduates.length,
    employed,
    employmentRate: share(employed, graduates.length),
    alignment: alignment(placements, facts.certificates.filter((c) => ids.has(c.holderId)), facts.jobs),
  };
}

/**
 * BEFORE and AFTER, side by side. With `subsidized` set, only learners with
 * (true) or without (false) a training-subsidy flag are counted.
 */
export function cohortOutcomes(facts: CohortFacts, reformDate: string, subsidized: boolean | null): [GroupOutcome, GroupOutcome] {
  const counted = facts.learners.filter((l) => subsidized === null || l.subsidized === subsidized);
  const group = (period: Period) => counted.filter((l) => periodOf(l, reformDate) === period);
  return [outcomeOf('BEFORE', facts, group('BEFORE')), outcomeOf('AFTER', facts, group('AFTER'))];
}
