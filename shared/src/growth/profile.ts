/**
 * The competency profile method (docs/growth.md): per framework item, the
 * weighted mean of the values its evidence gives, as of a day. Pure: the same
 * facts give the same profile wherever it is computed.
 */
import { termEnd } from '../terms.ts';
import {
  MET_LEVEL, PASS_MARK, type Attainment, type Evidence, type EvidenceKind, type FrameworkItem, type GrowthFacts, type Profile,
} from './types.ts';

/** Rounds to 4 decimals, the precision the profile is exposed at. */
export const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;

/** The value of a pass that brought an item to `targetLevel`: capped at the level the framework expects, scaled by the score. */
export const passValue = (passed: boolean, targetLevel: number, itemLevel: number, score: number): number =>
  (passed ? Math.min(1, targetLevel / itemLevel) * (score / 100) : 0);

/** Per key, the best row (highest score; tie → earliest date). */
function bestBy<T>(rows: readonly T[], key: (row: T) => string, score: (row: T) => number, on: (row: T) => string): T[] {
  const best = new Map<string, T>();
  for (const row of rows) {
    const held = best.get(key(row));
    if (!held || score(row) > score(held) || (score(row) === score(held) && on(row) < on(held))) best.set(key(row), row);
  }
  return [...best.values()];
}

function courseEvidence(facts: GrowthFacts, items: Map<string, FrameworkItem>, on: string): Evidence[] {
  const dated = facts.results.flatMap((r) => {
    const end = termEnd(r.term);
    return end !== null && end <= on ? [{ ...r, on: end }] : [];
  });
  return bestBy(dated, (r) => `${r.stage}|${r.courseCode}`, (r) => r.score, (r) => r.on).flatMap((r) =>
    facts.mappings
      .filter((m) => m.stage === r.stage && m.courseCode === r.courseCode && m.effectiveFrom <= r.on && (m.effectiveTo === null || r.on <= m.effectiveTo))
      .flatMap((m) => {
        const item = items.get(m.itemId);
        if (!item) return [];
        const value = passValue(r.passed, m.targetLevel, item.level, r.score);
        return [{ itemId: m.itemId, kind: 'COURSE_RESULT' as const, source: r.courseCode, issuerId: r.issuerId, stage: r.stage, on: r.on, score: r.score, value, weight: m.hours }];
      }));
}

function moduleEvidence(facts: GrowthFacts, items: Map<string, FrameworkItem>, on: string): Evidence[] {
  const modules = new Map(facts.modules.map((m) => [m.code, m]));
  const dated = facts.assessments.filter((a) => a.assessedOn <= on && modules.has(a.moduleCode));
  return bestBy(dated, (a) => a.moduleCode, (a) => a.score, (a) => a.assessedOn).flatMap((a) => {
    const module = modules.get(a.moduleCode)!;
    return module.competencies.flatMap((c) => {
      const item = items.get(c.itemId);
      if (!item) return [];
      const value = passValue(a.score >= PASS_MARK, c.targetLevel, item.level, a.score);
      const stage = facts.providerStages?.[module.providerId] ?? null;
      return [{ itemId: c.itemId, kind: 'MODULE_ASSESSMENT' as const, source: module.code, issuerId: module.providerId, stage, on: a.assessedOn, score: a.score, value, weight: c.hours }];
    });
  });
}

function certificateEvidence(facts: GrowthFacts, items: Map<string, FrameworkItem>, on: string): Evidence[] {
  const standing = facts.certificates.filter((c) => c.issuedOn <= on && (c.revokedOn === null || c.revokedOn > on));
  return standing.flatMap((c) =>
    facts.units.filter((u) => u.standardCode === c.standardCode && u.itemIds.length > 0).flatMap((u) =>
      u.itemIds.filter((id) => items.has(id)).map((itemId) => ({
        itemId, kind: 'CERTIFICATE' as const, source: c.serial, issuerId: c.issuerId, stage: null, on: c.issuedOn,
        score: c.score, value: (c.score ?? 100) / 100, weight: u.weight / u.itemIds.length,
      }))));
}

const KIND_ORDER: readonly EvidenceKind[] = ['COURSE_RESULT', 'MODULE_ASSESSMENT', 'CERTIFICATE'];

/** Evidence in a fixed order: by date, then kind, then source. */
export const byEvidenceOrder = (a: Evidence, b: Evidence): number =>
  (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

/** Every piece of evidence dated on or before `on`, for the framework's items only, in evidence order. */
export function collectEvidence(facts: GrowthFacts, on: string): Evidence[] {
  const items = new Map(facts.items.map((i) => [i.id, i]));
  return [...courseEvidence(facts, items, on), ...moduleEvidence(facts, items, on), ...certificateEvidence(facts, items, on)].sort(byEvidenceOrder);
}

/** The attainment of each item from a list of evidence: Σ v·w / Σ w, 0 without evidence. */
export function attainmentsOf(items: readonly FrameworkItem[], evidence: readonly Evidence[]): Attainment[] {
  return items.map((item) => {
    const own = evidence.filter((e) => e.itemId === item.id).sort(byEvidenceOrder);
    const weight = own.reduce((total, e) => total + e.weight, 0);
    const exactLevel = weight > 0 ? own.reduce((total, e) => total + e.value * e.weight, 0) / weight : 0;
    return { item, level: round4(exactLevel), exactLevel, met: exactLevel >= MET_LEVEL, evidenceWeight: round4(weight), evidence: own };
  });
}

/** The learner's competency profile as of `on`. */
export function profileOf(facts: GrowthFacts, on: string): Profile {
  return { asOf: on, items: attainmentsOf(facts.items, collectEvidence(facts, on)) };
}
