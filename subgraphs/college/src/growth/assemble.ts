/**
 * The facts of the growth methods for one learner, from what `@requires`
 * brought and the college's own rows (framework, college results, college
 * mappings), each read through the request's DataLoaders.
 */
import { forbidden } from '@guantong/shared/errors';
import { PASS_MARK, type CertificateFact, type CourseMappingFact, type CourseResultFact, type GrowthFacts, type RequirementFact } from '@guantong/shared/growth/index';
import type { StudentRef } from '../access/policy.ts';
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import type { FrameworkRow, ItemRow } from '../entities/competency-framework.ts';
import { unitsOf } from '../curriculum/facts.ts';
import type { GrowthEvidence } from './facts.ts';

export interface GrowthInputs {
  framework: FrameworkRow;
  items: ItemRow[];
  facts: GrowthFacts;
  evidence: GrowthEvidence;
}

const refuse = () =>
  forbidden("the competency profile needs the learner's certificates, secondary results and module records, and not all of them could be read for you");

/** The agreement's framework version in force on the day, or null. */
async function frameworkOn(ctx: Context, agreementId: string, on: string): Promise<FrameworkRow | null> {
  const versions = await ctx.loaders.frameworksByAgreement.load(agreementId);
  return versions.find((f) => f.effectiveFrom <= on && (f.effectiveTo === null || on <= f.effectiveTo)) ?? null;
}

/** Every competency mapping row of the college programme's courses, history included. */
async function collegeMappings(ctx: Context, agreement: AgreementRow): Promise<CourseMappingFact[]> {
  const courses = await ctx.loaders.coursesByProgram.load(agreement.collegeProgramCode);
  const lists = await ctx.loaders.competenciesByCourse.loadMany(courses.map((c) => c.code));
  return lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list.map((m) => ({ stage: 'HIGHER' as const, courseCode: m.courseCode, itemId: m.itemId, hours: m.hours, targetLevel: m.targetLevel, effectiveFrom: m.effectiveFrom, effectiveTo: m.effectiveTo }));
  });
}

function certificatesOf(evidence: GrowthEvidence): CertificateFact[] {
  return (evidence.certificates ?? []).map((c) => {
    if (!c.standard.issuer) throw refuse();
    // A revocation without a date is taken as of the issue: the award never counts.
    const revokedOn = c.status === 'REVOKED' ? c.revokedOn ?? c.issuedOn : c.revokedOn;
    return { serial: c.serial, standardCode: c.standard.code, issuerId: c.standard.issuer.id, score: c.score, issuedOn: c.issuedOn, revokedOn };
  });
}

/** The inputs as of `on`, or null when the learner has no agreement or no framework in force that day. */
export async function growthInputs(ctx: Context, ref: StudentRef, on: string): Promise<GrowthInputs | null> {
  const entry = await ctx.loaders.registryByStudent.load(ref.id);
  const agreement = entry ? await ctx.loaders.agreementById.load(entry.pathway.agreementId) : null;
  const framework = agreement ? await frameworkOn(ctx, agreement.id, on) : null;
  if (!agreement || !framework) return null;
  const evidence = ref.growth;
  if (!evidence?.certificates || !evidence.results || !evidence.modules || !evidence.schoolMappings) throw refuse();
  const [items, college, collegeResults] = await Promise.all([
    ctx.loaders.itemsByFramework.load(framework.id), collegeMappings(ctx, agreement), ctx.loaders.resultsByStudent.load(ref.id),
  ]);
  const results: CourseResultFact[] = [
    ...evidence.results.map((r) => ({ stage: 'SECONDARY' as const, courseCode: r.course.code, term: r.term, score: r.score, passed: r.passed, issuerId: agreement.secondarySchoolId })),
    ...collegeResults.map((r) => ({ stage: 'HIGHER' as const, courseCode: r.courseCode, term: r.term, score: r.score, passed: r.score >= PASS_MARK, issuerId: agreement.collegeId })),
  ];
  const facts: GrowthFacts = {
    items: items.map((i) => ({ id: i.id, code: i.code, kind: i.kind, level: i.level })),
    mappings: [...evidence.schoolMappings.map((m) => ({ ...m, stage: 'SECONDARY' as const })), ...college],
    results,
    modules: evidence.modules.modules,
    assessments: evidence.modules.assessments,
    certificates: certificatesOf(evidence),
    units: unitsOf((evidence.certificates ?? []).map((c) => ({ contentUnitFacts: c.standard.contentUnitFacts ?? [] }))),
    providerStages: { [agreement.secondarySchoolId]: 'SECONDARY', [agreement.collegeId]: 'HIGHER' },
  };
  return { framework, items, facts, evidence };
}

/**
 * The target job's competency requirements and title; null without a target.
 * A target whose requirements did not arrive is refused rather than guessed.
 */
export async function targetOf(ctx: Context, ref: StudentRef, evidence: GrowthEvidence): Promise<{ jobPositionId: string; title: string; requirements: RequirementFact[] } | null> {
  const target = await ctx.loaders.careerTargetByStudent.load(ref.id);
  if (!target) return null;
  if (!evidence.job?.requirements) throw forbidden("the recommendations need the learner's target job, and its requirements could not be read for you");
  const requirements = evidence.job.requirements.flatMap((r) => (r.kind === 'COMPETENCY' && r.itemId !== null ? [{ itemId: r.itemId, essential: r.essential }] : []));
  return { jobPositionId: target.jobPositionId, title: evidence.job.title ?? target.jobPositionId, requirements };
}
