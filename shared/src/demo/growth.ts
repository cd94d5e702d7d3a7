/**
 * The growth methods' facts for a demo learner, assembled from the demo
 * dataset (the rows every subgraph is seeded with): the framework version in
 * force, course results of both stages with their mappings, and certificates
 * with their content units. Module catalogue and assessments are the school's
 * own rows and are passed in by whoever holds them.
 */
import type { CertificateFact, CourseMappingFact, FrameworkItem, GrowthFacts, ModuleAssessmentFact, ModuleFact, RequirementFact } from '../growth/types.ts';
import { demoJobPositions, demoCareerTargets } from './careers.ts';
import { colleges, secondarySchools, standards } from './catalog.ts';
import { demoFrameworks, demoItems } from './competencies.ts';
import { collegeMappingsAfterReform, collegeMappingsBeforeReform, demoContentUnits, secondaryCompetencyMappings, type DemoCompetencyMapping } from './mappings.ts';
import { demoRoster, type DemoRoster } from './students.ts';

const stageOf = (stage: 'SECONDARY' | 'HIGHER') => (m: DemoCompetencyMapping): CourseMappingFact => ({ stage, ...m });

/** The items of the agreement's framework version in force on `on`, in list order; empty without one. */
export function demoFrameworkItems(agreementId: string, on: string): FrameworkItem[] {
  const framework = demoFrameworks.find((f) => f.agreementId === agreementId && f.effectiveFrom <= on && (f.effectiveTo === null || on <= f.effectiveTo));
  if (!framework) return [];
  return demoItems.filter((i) => i.frameworkId === framework.id).sort((a, b) => a.listOrder - b.listOrder).map(({ id, code, kind, level }) => ({ id, code, kind, level }));
}

/** Where a module provider teaches: schools at the secondary stage, colleges at the higher. */
export const demoProviderStages: Record<string, 'SECONDARY' | 'HIGHER'> = Object.fromEntries([
  ...secondarySchools.map((s) => [s.id, 'SECONDARY'] as const), ...colleges.map((c) => [c.id, 'HIGHER'] as const),
]);

/** The learner's facts as of `on`, or null for a learner not in the demo roster. */
export function demoGrowthFacts(
  studentId: string, on: string, modules: readonly ModuleFact[], assessments: readonly ModuleAssessmentFact[], roster: DemoRoster = demoRoster(),
): GrowthFacts | null {
  const student = roster.students.find((s) => s.id === studentId);
  if (!student) return null;
  const certificates: CertificateFact[] = roster.awards.filter((a) => a.studentId === studentId).map((a) => ({
    serial: a.serial, standardCode: a.standardCode, issuerId: standards.find((s) => s.code === a.standardCode)?.issuerId ?? '', score: a.score,
    issuedOn: a.issuedOn, revokedOn: a.status === 'REVOKED' ? a.revokedOn ?? a.issuedOn : a.revokedOn,
  }));
  return {
    items: demoFrameworkItems(student.agreementId, on),
    mappings: [
      ...secondaryCompetencyMappings.map(stageOf('SECONDARY')),
      ...[...collegeMappingsBeforeReform, ...collegeMappingsAfterReform].map(stageOf('HIGHER')),
    ],
    results: [
      ...roster.secondaryResults.filter((r) => r.studentId === studentId).map((r) => ({ stage: 'SECONDARY' as const, courseCode: r.courseCode, term: r.term, score: r.score, passed: r.score >= 60, issuerId: student.secondary.schoolId })),
      ...roster.collegeResults.filter((r) => r.studentId === studentId).map((r) => ({ stage: 'HIGHER' as const, courseCode: r.courseCode, term: r.term, score: r.score, passed: r.score >= 60, issuerId: student.higher?.collegeId ?? '' })),
    ],
    modules,
    assessments,
    certificates,
    units: demoContentUnits.map(({ standardCode, code, weight, itemIds }) => ({ standardCode, code, weight, itemIds })),
    providerStages: demoProviderStages,
  };
}

/** The learner's target job in the demo: its id, title and competency requirements; null without one. */
export function demoTargetOf(studentId: string): { id: string; title: string; requirements: RequirementFact[] } | null {
  const target = demoCareerTargets.find((t) => t.studentId === studentId);
  const job = target ? demoJobPositions.find((j) => j.id === target.jobPositionId) : undefined;
  if (!job) return null;
  return {
    id: job.id, title: job.title,
    requirements: job.requirements.filter((r) => r.kind === 'COMPETENCY' && r.itemId !== null).map((r) => ({ itemId: r.itemId!, essential: r.essential })),
  };
}
