/**
 * The articulation engine's part of the demo: conversion rules for the three
 * agreements and their progression requirements, drawn from the papers (seed
 * 000 Table 1 and §4.2, seed 002 §5). Deterministic: inserted in this order
 * into empty tables, the rules get ids 1 to 6 on both databases.
 *
 * What the demo shows with them:
 * - agr-net: the X-NED-1 rule (priority 10) supersedes the NET-S120 rule
 *   (priority 5) for learners who hold both kinds of evidence; the revoked
 *   X-NED-1 award of GT2022000044 shows a REVERSED transfer.
 * - agr-ec: rules 3 and 4 deliberately conflict (the same certificate gives 3
 *   or 4 credits for EC-H201 at equal priority), so creditRuleConflicts has
 *   something to report.
 * - agr-auto: either certificate of the Huadong – Zhilian pilot exempts AUTO-H201.
 * - Each agreement caps the credits a learner may transfer in (demoTransferCaps):
 *   about half of the college programme's course credits (Network Technology's
 *   18 include the 3 of NET-H240, the course the committee moved from 4G to 5G).
 */
import type { DataSource } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { AgreementEntity } from '../entities/agreement.ts';
import { CreditRuleEntity, type CreditRuleRow } from '../entities/credit-rule.ts';
import { ProgressionRequirementEntity, type ProgressionRequirementRow } from '../entities/progression-requirement.ts';

type Rule = Omit<CreditRuleRow, 'id'>;
type Requirement = Omit<ProgressionRequirementRow, 'id'>;

const certificateRule = (r: Pick<Rule, 'agreementId' | 'standardCode' | 'exemptCourseCodes' | 'credits' | 'effectiveFrom' | 'priority' | 'description'> & Partial<Rule>): Rule => ({
  kind: 'CERTIFICATE', minLevel: null, minScore: null, secondaryCourseCode: null, effectiveTo: null, ...r,
});

export const demoCreditRules: Rule[] = [
  certificateRule({
    agreementId: 'agr-net', standardCode: 'X-NED-1', minScore: 60, exemptCourseCodes: 'NET-H210', credits: 4, effectiveFrom: '2023-09-01', priority: 10,
    description: 'Network Equipment Debugger (entry) covers the device configuration of Routing and Switching Technology (seed 000 Table 1)',
  }),
  {
    agreementId: 'agr-net', kind: 'COURSE_RESULT', standardCode: null, minLevel: null, minScore: 85, secondaryCourseCode: 'NET-S120',
    exemptCourseCodes: 'NET-H210', credits: 4, effectiveFrom: '2021-09-01', effectiveTo: null, priority: 5,
    description: 'An excellent result (85 or more) in Network Device Configuration exempts Routing and Switching Technology',
  },
  certificateRule({
    agreementId: 'agr-ec', standardCode: 'X-OSOP-1', minScore: 60, exemptCourseCodes: 'EC-H201', credits: 3, effectiveFrom: '2023-09-01', priority: 0,
    description: 'Online Store Operation and Promotion (entry) exempts Digital Marketing for 3 credits',
  }),
  certificateRule({
    agreementId: 'agr-ec', standardCode: 'X-OSOP-1', minScore: 60, exemptCourseCodes: 'EC-H201', credits: 4, effectiveFrom: '2024-01-01', priority: 0,
    description: 'Proposed by the curriculum committee, not yet reconciled with rule 3: the same certificate exempts Digital Marketing for 4 credits',
  }),
  certificateRule({
    agreementId: 'agr-auto', standardCode: 'X-ICV-2', minLevel: 'INTERMEDIATE', exemptCourseCodes: 'AUTO-H201', credits: 4, effectiveFrom: '2023-09-01', priority: 10,
    description: 'ICV Testing and Calibration (intermediate) exempts the course of the same name (seed 002 §5.1)',
  }),
  certificateRule({
    agreementId: 'agr-auto', standardCode: 'E-HD-ICVT', exemptCourseCodes: 'AUTO-H201', credits: 4, effectiveFrom: '2023-09-01', priority: 8,
    description: "Huadong's ICV Test Technician certificate, mutually recognised with X-ICV-2, exempts the same course (seed 002 §5.5)",
  }),
];

/** The most credits a learner may transfer into each agreement's college programme (of 18, 10 and 11). */
export const demoTransferCaps: Readonly<Record<string, number>> = { 'agr-net': 8, 'agr-ec': 4, 'agr-auto': 4 };

const requirement = (r: Pick<Requirement, 'agreementId' | 'kind' | 'description'> & Partial<Requirement>): Requirement => ({
  courseCodes: null, minScore: null, standardCode: null, minCredits: null, version: 1, ...r,
});

export const demoRequirements: Requirement[] = [
  requirement({ agreementId: 'agr-net', kind: 'CORE_COURSES_PASSED', courseCodes: 'NET-S101,NET-S120', description: 'Core courses Computer Network Fundamentals (NET-S101) and Network Device Configuration (NET-S120) passed' }),
  requirement({ agreementId: 'agr-net', kind: 'MIN_AVERAGE_SCORE', minScore: 60, description: 'An average secondary score of at least 60' }),
  requirement({ agreementId: 'agr-net', kind: 'REQUIRED_CERTIFICATE', standardCode: 'X-NED-1', description: 'Network Equipment Debugger (entry) certificate, or a recognised equivalent' }),
  requirement({ agreementId: 'agr-ec', kind: 'MIN_AVERAGE_SCORE', minScore: 60, description: 'An average secondary score of at least 60' }),
  requirement({ agreementId: 'agr-ec', kind: 'MIN_MODULE_CREDITS', minCredits: 6, description: 'At least 6 credits from Online Store Operation and Promotion training modules (2 per module passed)' }),
  requirement({ agreementId: 'agr-auto', kind: 'MIN_AVERAGE_SCORE', minScore: 60, description: 'An average secondary score of at least 60' }),
];

/**
 * Seeds each table on its own when it is empty and the demo agreements are
 * there, so a demo database created before the articulation engine gets its
 * rules too. Returns true when it wrote.
 */
export async function seedArticulation(db: DataSource): Promise<boolean> {
  const agreementIds = [...new Set(demoCreditRules.map((r) => r.agreementId))];
  const [agreements, rules, requirements] = await Promise.all([
    db.getRepository(AgreementEntity).countBy(agreementIds.map((id) => ({ id }))),
    db.getRepository(CreditRuleEntity).count(),
    db.getRepository(ProgressionRequirementEntity).count(),
  ]);
  if (agreements !== agreementIds.length || (rules > 0 && requirements > 0)) return false;
  await writeTransaction(db, async (em) => {
    // One row at a time, in order: the ids the demo's explanations name are 1, 2, 3…
    if (rules === 0) for (const rule of demoCreditRules) await em.insert(CreditRuleEntity, rule);
    if (requirements === 0) for (const req of demoRequirements) await em.insert(ProgressionRequirementEntity, req);
  });
  return true;
}
