/**
 * The demo's module marketplace (seed 000 §4.3): what each certificate training
 * module teaches (competency items of the Network Technology framework, with
 * class hours and target levels), its prerequisites and provider, the college's
 * X-NE-2 modules offered to secondary learners, and the learners' module
 * enrolments. Enrolment rates are computed from these rows, never stored:
 * one learner of the 2024 Network Technology cohort deferred module training,
 * so that cohort's rate is 20 of 21 (95%, the paper's figure).
 */
import { addDays } from '../clock.ts';
import { netItem } from './competencies.ts';
import type { DemoStudent } from './students.ts';

export interface DemoModuleCompetency { itemId: string; hours: number; targetLevel: number }
export interface DemoModule {
  code: string; standardCode: string; title: string; credits: number; sequence: number; hours: number; providerId: string;
  prerequisites: string[]; competencies: DemoModuleCompetency[];
}
export interface DemoModuleEnrolment { studentId: string; moduleCode: string; enrolledOn: string; startsOn: string }

const teaches = (code: string, hours: number, targetLevel: number): DemoModuleCompetency => ({ itemId: netItem(code).id, hours, targetLevel });

/** Hours and competencies of the X-NED-1 modules, taught by the secondary school (their titles and order: the training demo). */
export const NED_MODULES: Record<string, Pick<DemoModule, 'hours' | 'providerId' | 'prerequisites' | 'competencies'>> = {
  'X-NED-1-M1': { hours: 24, providerId: 'sch-riverside', prerequisites: [], competencies: [teaches('NT-S1', 12, 2), teaches('NT-K1', 8, 2), teaches('NT-A2', 4, 2)] },
  'X-NED-1-M2': { hours: 24, providerId: 'sch-riverside', prerequisites: [], competencies: [teaches('NT-S3', 18, 2), teaches('NT-A2', 6, 2)] },
  'X-NED-1-M3': { hours: 32, providerId: 'sch-riverside', prerequisites: ['X-NED-1-M1'], competencies: [teaches('NT-S2', 16, 3), teaches('NT-K2', 10, 2), teaches('NT-S1', 6, 2)] },
  'X-NED-1-M4': { hours: 24, providerId: 'sch-riverside', prerequisites: ['X-NED-1-M3'], competencies: [teaches('NT-S1', 10, 2), teaches('NT-K1', 6, 2), teaches('NT-A3', 8, 2)] },
};

/** X-OSOP-1's modules: taught by the E-commerce school, mapped onto no Network Technology item. */
export const OSOP_PROVIDER = 'sch-hillview';
export const OSOP_MODULE_HOURS = 24;

/** The college's X-NE-2 modules, offered in the marketplace to secondary learners of the pathway. */
export const NE_MODULES: DemoModule[] = [
  {
    code: 'X-NE-2-M1', standardCode: 'X-NE-2', title: 'Routing and switching', credits: 3, sequence: 1, hours: 48, providerId: 'col-metro', prerequisites: [],
    competencies: [teaches('NT-S2', 24, 4), teaches('NT-K2', 16, 3), teaches('NT-K1', 8, 2)],
  },
  {
    code: 'X-NE-2-M2', standardCode: 'X-NE-2', title: 'Network security deployment', credits: 3, sequence: 2, hours: 48, providerId: 'col-metro', prerequisites: ['X-NE-2-M1'],
    competencies: [teaches('NT-S5', 24, 4), teaches('NT-K3', 16, 3), teaches('NT-A1', 8, 3)],
  },
  {
    code: 'X-NE-2-M3', standardCode: 'X-NE-2', title: 'Server deployment and services', credits: 2, sequence: 3, hours: 32, providerId: 'col-metro', prerequisites: [],
    competencies: [teaches('NT-S4', 24, 3), teaches('NT-A2', 8, 2)],
  },
];

/** When the marketplace's X-NE-2 modules run for the 2024 cohort, in its third year. */
export const NE_SCHEDULE = {
  'X-NE-2-M1': { enrolledOn: '2026-09-01', startsOn: '2026-09-07', assessedOn: '2026-11-13' },
  'X-NE-2-M2': { enrolledOn: '2026-11-16', startsOn: '2026-11-23', assessedOn: null },
  'X-NE-2-M3': { enrolledOn: '2026-11-16', startsOn: '2026-12-07', assessedOn: null },
} as const;

/** The marketplace's cohort: Network Technology learners of 2024, still at the secondary school. */
export const MARKETPLACE_COHORT = '2024';

/** The learner who deferred module training: the last Network Technology learner of the 2024 cohort. */
export function deferredLearner(students: readonly DemoStudent[]): string | undefined {
  return students.filter((s) => s.agreementId === 'agr-net' && s.cohort === MARKETPLACE_COHORT).at(-1)?.id;
}

/** A module's enrolment: six weeks before its first assessment, starting a week later. */
function enrolmentBefore(studentId: string, moduleCode: string, firstAssessedOn: string): DemoModuleEnrolment {
  return { studentId, moduleCode, enrolledOn: addDays(firstAssessedOn, -49), startsOn: addDays(firstAssessedOn, -42) };
}

/**
 * Every learner's module enrolments: one for each module they were assessed in,
 * and the 2024 cohort's marketplace choices (M1 for all but the deferred
 * learner; M2 for those who passed M1 with 75 or more; M3 for every second learner).
 */
export function demoModuleEnrolments(
  students: readonly DemoStudent[],
  assessments: readonly { studentId: string; moduleCode: string; score: number; assessedOn: string }[],
): DemoModuleEnrolment[] {
  const first = new Map<string, string>();
  for (const a of assessments) {
    const key = `${a.studentId}|${a.moduleCode}`;
    if (!first.has(key) || a.assessedOn < first.get(key)!) first.set(key, a.assessedOn);
  }
  const out: DemoModuleEnrolment[] = [];
  for (const [key, on] of first) {
    const [studentId, moduleCode] = key.split('|') as [string, string];
    if (moduleCode.startsWith('X-NE-2-')) continue;
    out.push(enrolmentBefore(studentId, moduleCode, on));
  }
  const skipped = deferredLearner(students);
  const cohort = students.filter((s) => s.agreementId === 'agr-net' && s.cohort === MARKETPLACE_COHORT && s.id !== skipped);
  cohort.forEach((s, i) => {
    const m1 = NE_SCHEDULE['X-NE-2-M1'];
    out.push({ studentId: s.id, moduleCode: 'X-NE-2-M1', enrolledOn: m1.enrolledOn, startsOn: m1.startsOn });
    const best = Math.max(...assessments.filter((a) => a.studentId === s.id && a.moduleCode === 'X-NE-2-M1').map((a) => a.score), -1);
    if (best >= 75) out.push({ studentId: s.id, moduleCode: 'X-NE-2-M2', ...pick(NE_SCHEDULE['X-NE-2-M2']) });
    if (i % 2 === 0) out.push({ studentId: s.id, moduleCode: 'X-NE-2-M3', ...pick(NE_SCHEDULE['X-NE-2-M3']) });
  });
  return out;
}

const pick = (s: { enrolledOn: string; startsOn: string }) => ({ enrolledOn: s.enrolledOn, startsOn: s.startsOn });
