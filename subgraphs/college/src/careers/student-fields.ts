/**
 * A learner's careers fields: placements, career target, training subsidy
 * (part RESULTS), and the career gap computed from them and the evidence the
 * gateway brings (certificates: part CERTIFICATES, read with the caller's own access).
 */
import { todayInChina } from '@guantong/shared/clock';
import { forbidden } from '@guantong/shared/errors';
import { pageOf, numericKey } from '@guantong/shared/paging';
import { termStart } from '@guantong/shared/terms';
import { readPart } from '../access/policy.ts';
import { unitsOf, curriculumOf } from '../curriculum/facts.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { careerGap, type PassedCourse } from './career-gap.ts';

const PASS_MARK = 60;

export const careerFields: StudentResolvers = {
  async placements(ref, args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'placements');
    return pageOf(await ctx.loaders.placementsByStudent.load(ref.id), (p) => `${p.startedOn}|${numericKey(p.id)}`, args);
  },
  async careerTarget(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'careerTarget');
    return ctx.loaders.careerTargetByStudent.load(ref.id);
  },
  async trainingSubsidy(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'trainingSubsidy');
    return ctx.loaders.subsidyByStudent.load(ref.id);
  },
  // Internal: only the gateway asks, to bring the requirements and the curriculum for careerGap.
  async careerTargetJob(ref, _args, ctx) {
    const target = await ctx.loaders.careerTargetByStudent.load(ref.id);
    return target ? { id: target.jobPositionId } : null;
  },
  async pathwayAgreement(ref, _args, ctx) {
    const entry = await ctx.loaders.registryByStudent.load(ref.id);
    return entry ? ctx.loaders.agreementById.load(entry.pathway.agreementId) : null;
  },

  async careerGap(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'careerGap');
    await readPart(ctx, ref, 'CERTIFICATES', 'careerGap');
    const [target, entry] = await Promise.all([ctx.loaders.careerTargetByStudent.load(ref.id), ctx.loaders.registryByStudent.load(ref.id)]);
    if (!target || !entry) return null;
    const facts = ref.career;
    if (!facts?.certificates || !facts.results || !facts.requirements || !facts.agreement) {
      throw forbidden("the career gap needs the learner's certificates, secondary results, target job and curriculum, and not all of them could be read for you");
    }
    const agreement = await ctx.loaders.agreementById.load(entry.pathway.agreementId);
    if (!agreement) return null;
    const today = todayInChina();
    const curriculum = await curriculumOf(ctx, { ...agreement, facts: facts.agreement }, today);
    const held = facts.certificates.filter((c) => c.status === 'VALID');
    const units = unitsOf([{ contentUnitFacts: curriculum.units.map((u) => ({ ...u, itemIds: [...u.itemIds] })) }, ...held.map((c) => ({ contentUnitFacts: c.standard.contentUnitFacts ?? [] }))]);
    const collegeResults = await ctx.loaders.resultsByStudent.load(ref.id);
    const passed: PassedCourse[] = [
      ...facts.results.filter((r) => r.passed).map((r) => ({ stage: 'SECONDARY' as const, courseCode: r.course.code, termStart: termStart(r.term) ?? r.term })),
      ...collegeResults.filter((r) => r.score >= PASS_MARK).map((r) => ({ stage: 'HIGHER' as const, courseCode: r.courseCode, termStart: termStart(r.term) ?? r.term })),
    ];
    const requirements = facts.requirements.map((r) => ({ ...r, kind: r.kind === 'CERTIFICATE' ? ('CERTIFICATE' as const) : ('COMPETENCY' as const) }));
    const gap = careerGap({ ...curriculum, units }, requirements, { passed, heldStandards: new Set(held.map((c) => c.standard.code)) }, today);
    return { ...gap, jobPositionId: target.jobPositionId };
  },
};
