/**
 * The curriculum mapping table (seed 000 Table 1) and each certificate's
 * stage split, computed from the mapping rows in force on a day.
 *
 * A row is one course teaching one competency item, with each certificate
 * whose content the course covers in units that assess that item: the share
 * is the covered units' weight in the standard's content. The class-hour
 * proportion is the row's hours over all mapped hours of its stage that day.
 */
import { compareText } from '@guantong/shared/loaders';
import { inForce, share, STAGES, sum, type ContentUnit, type Curriculum, type Stage, type StageCurriculum } from './chain.ts';

export interface MappingRow {
  stage: Stage;
  itemId: string;
  courseCode: string;
  courseTitle: string;
  hours: number;
  targetLevel: number;
  /** The row's hours over all mapped hours of its stage. */
  hourShare: number | null;
  /** A certificate whose content the course covers for this item, or null. */
  standardCode: string | null;
  /** The weight of the covered units assessing the item, over the standard's whole content. */
  contentShare: number | null;
}

const unitKey = (standardCode: string, unitCode: string) => `${standardCode}|${unitCode}`;

function weightsOf(units: readonly ContentUnit[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const u of units) totals.set(u.standardCode, (totals.get(u.standardCode) ?? 0) + u.weight);
  return totals;
}

function stageRows(side: StageCurriculum, units: readonly ContentUnit[], on: string): MappingRow[] {
  const competencies = inForce(side.competencies, on);
  const content = inForce(side.content, on);
  const stageHours = sum(competencies.map((m) => m.hours));
  const byKey = new Map(units.map((u) => [unitKey(u.standardCode, u.code), u]));
  const totals = weightsOf(units);
  const titles = new Map(side.courses.map((c) => [c.code, c.title]));
  return competencies.flatMap((m): MappingRow[] => {
    const base = { stage: side.stage, itemId: m.itemId, courseCode: m.courseCode, courseTitle: titles.get(m.courseCode) ?? m.courseCode, hours: m.hours, targetLevel: m.targetLevel, hourShare: share(m.hours, stageHours) };
    const covered = new Map<string, number>();
    for (const c of content) {
      const u = byKey.get(unitKey(c.standardCode, c.unitCode));
      if (c.courseCode !== m.courseCode || !u?.itemIds.includes(m.itemId)) continue;
      covered.set(u.standardCode, (covered.get(u.standardCode) ?? 0) + u.weight);
    }
    if (covered.size === 0) return [{ ...base, standardCode: null, contentShare: null }];
    return [...covered].map(([standardCode, weight]) => ({ ...base, standardCode, contentShare: share(weight, totals.get(standardCode) ?? 0) }));
  });
}

/** Every row of both stages, secondary first, then by item, course and standard. */
export function mappingTable(curriculum: Curriculum, on: string, codeOf: (itemId: string) => string): MappingRow[] {
  const rows = [...stageRows(curriculum.secondary, curriculum.units, on), ...stageRows(curriculum.higher, curriculum.units, on)];
  return rows.sort((a, b) =>
    STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || compareText(codeOf(a.itemId), codeOf(b.itemId)) || compareText(a.courseCode, b.courseCode) || compareText(a.standardCode ?? '', b.standardCode ?? ''),
  );
}

export interface SplitFigure {
  standardCode: string;
  totalWeight: number;
  /** Share of the standard's content weight covered by each stage (a unit both cover counts for both). */
  secondaryShare: number | null;
  higherShare: number | null;
  /** Share covered by both stages: content taught twice. */
  bothShare: number | null;
  /** Share covered by neither: the gaps. */
  gapShare: number | null;
  /** Content units no course of either stage covers, in unit order. */
  gaps: ContentUnit[];
}

/** Per standard with content units, how the stages share its content, and what no course covers. */
export function stageSplits(curriculum: Curriculum, on: string): SplitFigure[] {
  const coveredBy = (side: StageCurriculum) => new Set(inForce(side.content, on).map((c) => unitKey(c.standardCode, c.unitCode)));
  const secondary = coveredBy(curriculum.secondary);
  const higher = coveredBy(curriculum.higher);
  const standards = [...new Set(curriculum.units.map((u) => u.standardCode))].sort(compareText);
  return standards.map((standardCode) => {
    const units = curriculum.units.filter((u) => u.standardCode === standardCode).sort((a, b) => compareText(a.code, b.code));
    const total = sum(units.map((u) => u.weight));
    const weightWhere = (test: (key: string) => boolean) => sum(units.filter((u) => test(unitKey(standardCode, u.code))).map((u) => u.weight));
    const gaps = units.filter((u) => !secondary.has(unitKey(standardCode, u.code)) && !higher.has(unitKey(standardCode, u.code)));
    return {
      standardCode,
      totalWeight: total,
      secondaryShare: share(weightWhere((k) => secondary.has(k)), total),
      higherShare: share(weightWhere((k) => higher.has(k)), total),
      bothShare: share(weightWhere((k) => secondary.has(k) && higher.has(k)), total),
      gapShare: share(sum(gaps.map((u) => u.weight)), total),
      gaps,
    };
  });
}

