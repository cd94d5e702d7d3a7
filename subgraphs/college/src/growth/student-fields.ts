/**
 * A learner's growth fields: the competency profile, its radar view and the
 * module recommendations, computed with the shared methods (shared/src/growth)
 * from the evidence the gateway brings (read with the caller's own access) and
 * the college's own rows. Part RESULTS, like careerGap.
 */
import { todayInChina } from '@guantong/shared/clock';
import { profileOf, radarOf, recommendModules, type Profile } from '@guantong/shared/growth/index';
import { pageInOrder, pageSize } from '@guantong/shared/paging';
import { readPart } from '../access/policy.ts';
import type { StudentRef } from '../access/policy.ts';
import type { Context } from '../context.ts';
import type { ItemRow } from '../entities/competency-framework.ts';
import { reportDay } from '../curriculum/facts.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { growthInputs, targetOf, type GrowthInputs } from './assemble.ts';
import { PROFILE_METHOD, type RecommendationView } from './views.ts';

/** At most this many recommendations, whatever the page. */
const MAX_RECOMMENDATIONS = 20;

// As careerGap: part RESULTS, and the certificates it rests on are read only by a caller who may read CERTIFICATES,
// so that a profile is never computed as if the learner held none.
async function profileFor(ctx: Context, ref: StudentRef, field: string, on: string): Promise<{ inputs: GrowthInputs; profile: Profile } | null> {
  await readPart(ctx, ref, 'RESULTS', field);
  await readPart(ctx, ref, 'CERTIFICATES', field);
  const inputs = await growthInputs(ctx, ref, on);
  return inputs ? { inputs, profile: profileOf(inputs.facts, on) } : null;
}

/** The framework's item rows, by the items the shared methods name. */
const rowsOf = (items: readonly ItemRow[]) => {
  const byId = new Map(items.map((i) => [i.id, i]));
  return (named: readonly { id: string }[]) => named.map((i) => byId.get(i.id)!);
};

export const growthFields: StudentResolvers = {
  async competencyProfile(ref, { on }, ctx) {
    const day = reportDay(on);
    const found = await profileFor(ctx, ref, 'competencyProfile', day);
    if (!found) return null;
    const items = rowsOf(found.inputs.items)(found.profile.items.map((a) => a.item));
    const attainments = found.profile.items.map((a, i) => ({ ...a, item: items[i] }));
    return { framework: found.inputs.framework, asOf: day, method: PROFILE_METHOD, attainments };
  },

  async competencyRadar(ref, { on }, ctx) {
    const day = reportDay(on);
    const found = await profileFor(ctx, ref, 'competencyRadar', day);
    if (!found) return null;
    const target = await targetOf(ctx, ref, found.inputs.evidence);
    return { asOf: day, jobPositionId: target?.jobPositionId ?? null, axes: radarOf(found.profile, target?.requirements ?? null) };
  },

  async moduleRecommendations(ref, { first, after }, ctx) {
    pageSize(first, 5, MAX_RECOMMENDATIONS);
    const day = todayInChina();
    const found = await profileFor(ctx, ref, 'moduleRecommendations', day);
    if (!found) return null;
    const { inputs, profile } = found;
    const target = await targetOf(ctx, ref, inputs.evidence);
    const modules = inputs.evidence.modules!;
    const ranked = recommendModules({
      profile, requirements: target?.requirements ?? null, jobTitle: target?.title ?? null,
      modules: modules.modules, enrolments: modules.enrolments, assessments: modules.assessments.filter((a) => a.assessedOn <= day),
    }, MAX_RECOMMENDATIONS);
    const row = rowsOf(inputs.items);
    const views: RecommendationView[] = ranked.map((r) => ({
      rank: r.rank, moduleCode: r.module.code, gapClosed: r.gapClosed, gapUnlocked: r.gapUnlocked, unlockCodes: r.unlocks.map((u) => u.code),
      covers: row(r.covers), missingCovered: row(r.missingCovered), reason: r.reason,
    }));
    return pageInOrder(views, { first, after }, 5);
  },
};
