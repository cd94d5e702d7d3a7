/**
 * The curriculum fields of an articulation agreement: its framework, its
 * committees, the internal fields the gateway uses to bring the other
 * institutions' facts (@requires), and the reports computed from them.
 */
import { compareText } from '@guantong/shared/loaders';
import { pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { alignment } from '../careers/alignment.ts';
import { STAGES } from '../curriculum/chain.ts';
import { curriculumOf, reportDay } from '../curriculum/facts.ts';
import { mappingTable, stageSplits, type MappingRow } from '../curriculum/mapping-table.ts';
import { collegeMappedStandards, outcomesView, overlapView, semesterReviewView } from '../curriculum/reports.ts';
import type { ArticulationAgreementResolvers } from '../generated/resolvers.ts';
import { cohortFacts, mayReadCohort } from '../outcomes/facts.ts';
import { requireCohort } from '../inputs/validation.ts';

const rowKey = (codeOf: (id: string) => string) => (row: MappingRow) =>
  [STAGES.indexOf(row.stage), codeOf(row.itemId), row.courseCode, row.standardCode ?? ''].join('|');

export const curriculumAgreementFields: ArticulationAgreementResolvers = {
  async competencyFramework(agreement, { on }, ctx) {
    const day = reportDay(on);
    const versions = await ctx.loaders.frameworksByAgreement.load(agreement.id);
    return versions.find((f) => f.effectiveFrom <= day && (f.effectiveTo === null || day <= f.effectiveTo)) ?? null;
  },
  committees: async (agreement, args, ctx) => pageOf(await ctx.loaders.committeesByAgreement.load(agreement.id), (c) => c.id, args),

  collegeMappedStandards: (agreement, _args, ctx) => collegeMappedStandards(ctx, agreement),
  // Internal: learners' certificates are brought for cohort figures only to
  // callers who may see those figures; anyone else gets none, so the
  // enterprise is not asked (and no refusal is recorded) on their behalf.
  async cohortLearners(agreement, _args, ctx) {
    if (!mayReadCohort(ctx, agreement)) return [];
    return (await ctx.loaders.pathwaysByAgreement.load(agreement.id)).map((p) => ({ id: p.studentId }));
  },
  async placementJobs(agreement, _args, ctx) {
    if (!mayReadCohort(ctx, agreement)) return [];
    const pathways = await ctx.loaders.pathwaysByAgreement.load(agreement.id);
    const placements = await ctx.loaders.placementsByStudent.loadMany(pathways.map((p) => p.studentId));
    const ids = new Set(placements.flatMap((list) => (list instanceof Error ? [] : list.map((p) => p.jobPositionId))));
    return [...ids].sort(compareText).map((id) => ({ id }));
  },

  async mappingTable(agreement, { on, first, after }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const day = reportDay(on);
    const curriculum = await curriculumOf(ctx, agreement, day);
    const itemIds = [...new Set([...curriculum.secondary.competencies, ...curriculum.higher.competencies].map((m) => m.itemId))];
    const items = await ctx.loaders.itemById.loadMany(itemIds);
    const codes = new Map(items.flatMap((item) => (item && !(item instanceof Error) ? [[item.id, item.code] as const] : [])));
    const codeOf = (id: string) => codes.get(id) ?? id;
    return pageOf(mappingTable(curriculum, day, codeOf), rowKey(codeOf), { first, after }, 50);
  },
  async stageSplits(agreement, { on, first, after }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const day = reportDay(on);
    return pageOf(stageSplits(await curriculumOf(ctx, agreement, day), day), (s) => s.standardCode, { first, after });
  },
  async overlap(agreement, { on }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const day = reportDay(on);
    return overlapView(await curriculumOf(ctx, agreement, day), day, agreement.id);
  },
  async alignment(agreement, { cohort }, ctx) {
    if (cohort != null) requireCohort(cohort);
    const facts = await cohortFacts(ctx, agreement, 'alignment');
    const ids = new Set(facts.learners.map((l) => l.studentId));
    if (cohort != null) {
      const pathways = await ctx.loaders.pathwaysByAgreement.load(agreement.id);
      for (const p of pathways) if (p.cohort !== cohort) ids.delete(p.studentId);
    }
    return alignment(facts.placements.filter((p) => ids.has(p.studentId)), facts.certificates, facts.jobs);
  },
  cohortOutcomes: (agreement, { reformDate, subsidized }, ctx) => outcomesView(ctx, agreement, reformDate, subsidized ?? null),
  semesterReview: (agreement, { term }, ctx) => semesterReviewView(ctx, agreement, term),
};

