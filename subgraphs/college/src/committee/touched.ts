/**
 * What a decided course change touches: the credit rules that exempt the
 * course on or after the change's first day, and the course's mapping rows in
 * force that day. Recorded with the decision, for the college to review; the
 * decision itself changes neither.
 */
import { In, IsNull, MoreThanOrEqual, LessThanOrEqual, type EntityManager } from 'typeorm';
import { CourseCompetencyEntity, CourseContentEntity } from '@guantong/shared/curriculum/entities';
import { CreditRuleEntity, exemptCodesOf } from '../entities/credit-rule.ts';

export interface TouchedRow {
  kind: 'COMPETENCY' | 'CERTIFICATE_CONTENT';
  itemId: string | null;
  standardCode: string | null;
  unitCode: string | null;
  hours: number;
  effectiveFrom: string;
}

export interface Touched { ruleIds: number[]; mappings: TouchedRow[] }

const inForceOn = (day: string) => [
  { effectiveFrom: LessThanOrEqual(day), effectiveTo: IsNull() },
  { effectiveFrom: LessThanOrEqual(day), effectiveTo: MoreThanOrEqual(day) },
];

export async function touchedBy(em: EntityManager, agreementId: string, courseCode: string, from: string): Promise<Touched> {
  const rules = await em.find(CreditRuleEntity, { where: { agreementId }, order: { id: 'ASC' } });
  const ruleIds = rules.filter((r) => exemptCodesOf(r).includes(courseCode) && (r.effectiveTo === null || r.effectiveTo >= from)).map((r) => r.id);
  const where = inForceOn(from).map((w) => ({ ...w, courseCode: In([courseCode]) }));
  const [competencies, content] = await Promise.all([
    em.find(CourseCompetencyEntity, { where, order: { id: 'ASC' } }),
    em.find(CourseContentEntity, { where, order: { id: 'ASC' } }),
  ]);
  return {
    ruleIds,
    mappings: [
      ...competencies.map((m) => ({ kind: 'COMPETENCY' as const, itemId: m.itemId, standardCode: null, unitCode: null, hours: m.hours, effectiveFrom: m.effectiveFrom })),
      ...content.map((c) => ({ kind: 'CERTIFICATE_CONTENT' as const, itemId: null, standardCode: c.standardCode, unitCode: c.unitCode, hours: c.hours, effectiveFrom: c.effectiveFrom })),
    ],
  };
}
