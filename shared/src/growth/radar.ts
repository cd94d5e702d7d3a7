/**
 * The radar view of a profile: one axis per competency kind present in the
 * framework (KNOWLEDGE, SKILL, ATTITUDE, in that order), the mean attained
 * level of its items next to what the target job requires of them.
 */
import { round4 } from './profile.ts';
import type { Attainment, GrowthKind, Profile, RequirementFact } from './types.ts';

export const KINDS: readonly GrowthKind[] = ['KNOWLEDGE', 'SKILL', 'ATTITUDE'];

export interface RadarAxisView {
  kind: GrowthKind;
  /** Mean level of the axis's items. */
  attained: number;
  /** Mean of r_i over the axis's items (1 essential, 0.5 optional, 0 not required); null without a target job. */
  required: number | null;
  items: number;
  requiredItems: number;
  metRequiredItems: number;
}

/** r_i: what the target job asks of an item; an item listed both ways counts as essential. */
export function requirementLevels(requirements: readonly RequirementFact[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const r of requirements) levels.set(r.itemId, Math.max(levels.get(r.itemId) ?? 0, r.essential ? 1 : 0.5));
  return levels;
}

const mean = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0) / values.length;

function axisOf(kind: GrowthKind, rows: readonly Attainment[], levels: Map<string, number> | null): RadarAxisView {
  const required = rows.filter((a) => (levels?.get(a.item.id) ?? 0) > 0);
  return {
    kind,
    attained: round4(mean(rows.map((a) => a.exactLevel))),
    required: levels ? round4(mean(rows.map((a) => levels.get(a.item.id) ?? 0))) : null,
    items: rows.length,
    requiredItems: required.length,
    metRequiredItems: required.filter((a) => a.met).length,
  };
}

/** The radar axes of a profile; `requirements` null when the learner has no target job. */
export function radarOf(profile: Profile, requirements: readonly RequirementFact[] | null): RadarAxisView[] {
  const levels = requirements ? requirementLevels(requirements) : null;
  return KINDS.flatMap((kind) => {
    const rows = profile.items.filter((a) => a.item.kind === kind);
    return rows.length > 0 ? [axisOf(kind, rows, levels)] : [];
  });
}
