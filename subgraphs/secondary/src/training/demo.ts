/**
 * The deterministic demo of certificate training (seed 000 §4.2): the five
 * modules of the e-commerce X certificate X-OSOP-1 and the four secondary-stage
 * modules of X-NED-1, with assessments, preliminary exams and registrations of
 * the E-commerce and Network Technology learners. Scores come from a hash of
 * the learner id, so every machine gets the same records.
 */
import { addDays } from '@guantong/shared/clock';
import { DEMO_TODAY, modules as marketplace, type DemoRoster, type DemoStudent } from '@guantong/shared/demo';
import type { CertificateModuleRow } from '../entities/certificate-module.ts';
import type { ExamGateRow } from '../entities/exam-gate.ts';
import type { ExamRegistrationRow } from '../entities/exam-registration.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import { PASS_MARK } from '../resolvers/result.ts';
import { DEFAULT_PRELIMINARY_THRESHOLD } from './rules.ts';

const MODULE_CREDITS = 2;

/** Modules are taught in pathway year 2; `month-day` and the year offset from the cohort year. */
interface ModulePlan { title: string; yearOffset: number; monthDay: string }

const OSOP: ModulePlan[] = [
  { title: 'Online store setup and decoration', yearOffset: 1, monthDay: '10-16' },
  { title: 'Product listing and visual merchandising', yearOffset: 1, monthDay: '11-13' },
  { title: 'Promotion and advertising', yearOffset: 1, monthDay: '12-11' },
  { title: 'Customer service and order fulfilment', yearOffset: 2, monthDay: '03-19' },
  { title: 'Store data analysis', yearOffset: 2, monthDay: '04-16' },
];
const NED: ModulePlan[] = [
  { title: 'Network device fundamentals and safe operation', yearOffset: 1, monthDay: '10-23' },
  { title: 'Cabling and device installation', yearOffset: 1, monthDay: '12-04' },
  { title: 'Basic switch and router configuration', yearOffset: 2, monthDay: '03-26' },
  { title: 'Device testing and fault diagnosis', yearOffset: 2, monthDay: '04-23' },
];
const TRAINED: { standardCode: string; agreementId: string; plan: ModulePlan[] }[] = [
  { standardCode: 'X-OSOP-1', agreementId: 'agr-ec', plan: OSOP },
  { standardCode: 'X-NED-1', agreementId: 'agr-net', plan: NED },
];

export interface DemoTraining {
  modules: CertificateModuleRow[];
  gates: ExamGateRow[];
  assessments: Omit<ModuleAssessmentRow, 'id'>[];
  exams: Omit<PreliminaryExamRow, 'id'>[];
  registrations: ExamRegistrationRow[];
}

/** FNV-1a of the learner id and a salt, finished with MurmurHash3's mixer so nearby salts differ, scaled to [0, 1). */
function hash(id: string, salt: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${id}:${salt}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const clampScore = (score: number) => Math.max(38, Math.min(99, Math.round(score)));

/** A record dated `date` exists only once it has happened (on the demo's today) and while the learner was at school. */
function happened(student: DemoStudent, date: string): boolean {
  return date <= DEMO_TODAY && date >= student.secondary.enrolledOn && (student.secondary.completedOn === null || date <= student.secondary.completedOn);
}

/** Hours and provider from the marketplace's demo catalogue (shared with the college). */
function modulesOf(standardCode: string, plan: ModulePlan[]): CertificateModuleRow[] {
  return plan.map((m, i) => {
    const code = `${standardCode}-M${i + 1}`;
    const known = marketplace.NED_MODULES[code];
    return {
      code, standardCode, title: m.title, credits: MODULE_CREDITS, sequence: i + 1,
      hours: known?.hours ?? marketplace.OSOP_MODULE_HOURS, providerId: known?.providerId ?? marketplace.OSOP_PROVIDER,
    };
  });
}

/** The college's X-NE-2 modules, as catalogue rows. */
const neModules = (): CertificateModuleRow[] =>
  marketplace.NE_MODULES.map(({ code, standardCode, title, credits, sequence, hours, providerId }) => ({ code, standardCode, title, credits, sequence, hours, providerId }));

/** The 2024 cohort's X-NE-2-M1 assessment in the marketplace, for all but the learner who deferred module training. */
function neAssessments(roster: DemoRoster, ability: Map<string, number>): Omit<ModuleAssessmentRow, 'id'>[] {
  const deferred = marketplace.deferredLearner(roster.students);
  const { assessedOn } = marketplace.NE_SCHEDULE['X-NE-2-M1'];
  return roster.students
    .filter((s) => s.agreementId === 'agr-net' && s.cohort === marketplace.MARKETPLACE_COHORT && s.id !== deferred && happened(s, assessedOn))
    .map((s) => ({ studentId: s.id, moduleCode: 'X-NE-2-M1', score: clampScore((ability.get(s.id) ?? 70) + (hash(s.id, 'X-NE-2-M1') - 0.5) * 30), assessedOn }));
}

/** Most learners pass every module; weaker ones fail one or two, and some of those pass a retake four weeks later. */
function assessmentsOf(student: DemoStudent, ability: number, modules: CertificateModuleRow[], plan: ModulePlan[]) {
  const out: Omit<ModuleAssessmentRow, 'id'>[] = [];
  modules.forEach((module, i) => {
    const assessedOn = `${Number(student.cohort) + plan[i]!.yearOffset}-${plan[i]!.monthDay}`;
    if (!happened(student, assessedOn)) return;
    const score = clampScore(ability + 6 + (hash(student.id, module.code) - 0.5) * 26);
    out.push({ studentId: student.id, moduleCode: module.code, score, assessedOn });
    const retakeOn = addDays(assessedOn, 28);
    if (score < PASS_MARK && hash(student.id, `${module.code}:retake`) < 0.6 && happened(student, retakeOn)) {
      out.push({ studentId: student.id, moduleCode: module.code, score: clampScore(62 + hash(student.id, `${module.code}:again`) * 20), assessedOn: retakeOn });
    }
  });
  return out;
}

/**
 * X-OSOP-1's preliminary exam, a month before the formal exam. Holders of the
 * certificate passed the gate and registered; the others score around the
 * threshold: some are eligible but not registered, some sat again, some fell short.
 */
function osopExams(student: DemoStudent, certified: boolean, out: DemoTraining): void {
  const year = Number(student.cohort) + 2;
  const takenOn = `${year}-05-14`;
  if (!happened(student, takenOn)) return;
  const first = certified ? 80 + Math.round(hash(student.id, 'prelim') * 15) : 66 + Math.round(hash(student.id, 'prelim') * 20);
  out.exams.push({ studentId: student.id, standardCode: 'X-OSOP-1', score: first, takenOn });
  if (!certified && first < DEFAULT_PRELIMINARY_THRESHOLD && hash(student.id, 'resit') < 0.35) {
    out.exams.push({ studentId: student.id, standardCode: 'X-OSOP-1', score: first + 4 + Math.round(hash(student.id, 'gain') * 6), takenOn: `${year}-05-28` });
  }
  if (certified) out.registrations.push({ studentId: student.id, standardCode: 'X-OSOP-1', registeredOn: `${year}-06-01` });
}

/** The learner's mean secondary score: the demo's measure of ability. */
function abilities(roster: DemoRoster): Map<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const r of roster.secondaryResults) {
    const sum = sums.get(r.studentId) ?? { total: 0, n: 0 };
    sums.set(r.studentId, { total: sum.total + r.score, n: sum.n + 1 });
  }
  return new Map([...sums].map(([id, { total, n }]) => [id, total / n]));
}

export function demoTraining(roster: DemoRoster): DemoTraining {
  const out: DemoTraining = { modules: [], gates: [{ standardCode: 'X-OSOP-1', preliminaryThreshold: DEFAULT_PRELIMINARY_THRESHOLD }], assessments: [], exams: [], registrations: [] };
  const ability = abilities(roster);
  const certified = new Set(roster.awards.filter((a) => a.standardCode === 'X-OSOP-1').map((a) => a.studentId));
  const deferred = marketplace.deferredLearner(roster.students);
  for (const { standardCode, agreementId, plan } of TRAINED) {
    const modules = modulesOf(standardCode, plan);
    out.modules.push(...modules);
    for (const student of roster.students.filter((s) => s.agreementId === agreementId && s.id !== deferred)) {
      out.assessments.push(...assessmentsOf(student, ability.get(student.id) ?? 70, modules, plan));
      if (standardCode === 'X-OSOP-1') osopExams(student, certified.has(student.id), out);
    }
  }
  out.modules.push(...neModules());
  out.assessments.push(...neAssessments(roster, ability));
  return out;
}
