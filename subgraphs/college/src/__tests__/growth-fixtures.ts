/**
 * The demo learners' growth evidence as the gateway would bring it with
 * `@requires`: certificates with their standards' issuer and content units
 * (enterprise), secondary results and the school's mappings (secondary), the
 * target job (enterprise), and a module catalogue with each learner's module
 * enrolments and assessments (secondary). The catalogue is a fixture: Network
 * Technology modules with competency rows and a prerequisite chain, and each
 * learner's progress drawn from their serial, so learners differ.
 */
import type { ModuleAssessmentFact, ModuleEnrolmentFact, ModuleFact } from '@guantong/shared/growth/index';
import { catalog, careers, demoRoster, mappings } from '@guantong/shared/demo';
import { netItem } from '@guantong/shared/demo/competencies';
import type { RawGrowthFacts } from '../growth/facts.ts';

const competency = (code: string, hours: number, targetLevel: number) => ({ itemId: netItem(code).id, hours, targetLevel });
const module = (code: string, providerId: string, credits: number, sequence: number, prerequisiteCodes: string[], competencies: ModuleFact['competencies']): ModuleFact => ({
  code, standardCode: code.replace(/-M\d+$/, ''), title: `Module ${code}`, credits, hours: competencies.reduce((t, c) => t + c.hours, 0), sequence, providerId, prerequisiteCodes, competencies,
});

export const MODULES: ModuleFact[] = [
  module('X-NED-1-M1', 'sch-riverside', 1, 1, [], [competency('NT-K1', 16, 2), competency('NT-S3', 8, 2)]),
  module('X-NED-1-M2', 'sch-riverside', 1, 2, ['X-NED-1-M1'], [competency('NT-S1', 24, 2)]),
  module('X-NE-2-M1', 'col-metro', 2, 1, [], [competency('NT-S2', 24, 3), competency('NT-K2', 8, 3)]),
  module('X-NE-2-M2', 'col-metro', 2, 2, ['X-NE-2-M1'], [competency('NT-S5', 32, 3), competency('NT-K3', 16, 3), competency('NT-A1', 8, 3)]),
  module('X-NE-2-M3', 'col-metro', 3, 3, [], [competency('NT-S4', 24, 3)]),
];

/** A learner's module progress, drawn from their serial (and a salt, for other draws): enough variety to exercise every rule. */
export function moduleProgress(studentId: string, salt = 0): { enrolments: ModuleEnrolmentFact[]; assessments: ModuleAssessmentFact[] } {
  const serial = Number(studentId.slice(6, 11));
  const enrolments: ModuleEnrolmentFact[] = [];
  const assessments: ModuleAssessmentFact[] = [];
  MODULES.forEach((m, i) => {
    const draw = (serial * 7 + i * 3 + salt) % 5;
    if (draw === 0) return;
    enrolments.push({ moduleCode: m.code, enrolledOn: '2025-09-01', startsOn: '2025-09-15' });
    if (draw >= 2) assessments.push({ moduleCode: m.code, score: draw === 2 ? 45 : 60 + draw * 8, assessedOn: '2026-01-10' });
    if (draw === 2 && serial % 2 === 0) assessments.push({ moduleCode: m.code, score: 72, assessedOn: '2026-03-10' });
  });
  return { enrolments, assessments };
}

let roster: ReturnType<typeof demoRoster> | undefined;
const demo = () => (roster ??= demoRoster());
const issuers = new Map(catalog.standards.map((s) => [s.code, s.issuerId]));

/** A demo learner's growth evidence in the shape `@requires` selects. */
export function growthEvidence(studentId: string, progress = moduleProgress(studentId)): RawGrowthFacts {
  const student = demo().students.find((s) => s.id === studentId);
  const target = careers.demoCareerTargets.find((t) => t.studentId === studentId);
  const job = target ? careers.demoJobPositions.find((j) => j.id === target.jobPositionId)! : null;
  return {
    certificateFacts: demo().awards.filter((a) => a.studentId === studentId).map((a) => ({
      serial: a.serial, status: a.status, score: a.score, issuedOn: a.issuedOn, revokedOn: a.revokedOn,
      standard: { code: a.standardCode, issuer: { id: issuers.get(a.standardCode)! }, contentUnitFacts: mappings.demoContentUnits.filter((u) => u.standardCode === a.standardCode) },
    })),
    secondaryStage: { resultFacts: demo().secondaryResults.filter((r) => r.studentId === studentId).map((r) => ({ course: { code: r.courseCode }, term: r.term, score: r.score, passed: r.score >= 60 })) },
    moduleFacts: { modules: MODULES, ...progress },
    careerTargetJob: job ? { title: job.title, requirementFacts: job.requirements.map((r) => ({ positionId: job.id, ...r })) } : null,
    pathwayAgreement: { secondaryProgram: { curriculumFacts: { competencies: student?.agreementId === 'agr-net' ? mappings.secondaryCompetencyMappings : [] } } },
  };
}

/** An `_entities` representation of a learner carrying their growth evidence. */
export const withGrowth = (id: string, evidence: RawGrowthFacts = growthEvidence(id)) => ({ __typename: 'Student', id, ...evidence });
