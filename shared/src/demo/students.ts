/**
 * A deterministic demo roster: 315 learners in five cohorts across the three
 * pathways, with results from both stages and certificates. The same seed
 * always yields the same people, scores and serials.
 */
import { requireRecordableTerm, termEnded, type StageDates } from '../terms.ts';
import { learnerId, mod11_2 } from '../validation.ts';
import { agreements, collegeCourses, secondaryCourses, secondaryPrograms, type Agreement, type Course } from './catalog.ts';

export type Stage = 'SECONDARY' | 'HIGHER' | 'GRADUATED' | 'WITHDRAWN';

export interface DemoStudent {
  id: string; name: string; nationalId: string; cohort: string; agreementId: string; stage: Stage;
  secondary: { schoolId: string; programCode: string; enrolledOn: string; completedOn: string | null };
  higher: { collegeId: string; programCode: string; enrolledOn: string; completedOn: string | null } | null;
  registeredOn: string;
}
export interface DemoResult { studentId: string; courseCode: string; term: string; score: number }
export interface DemoAward {
  serial: string; studentId: string; standardCode: string; issuedOn: string; score: number;
  status: 'VALID' | 'REVOKED'; revokedOn: string | null; revocationReason: string | null;
}

/** Cohort year → stage today. 2021 graduated in 2026; 2024 and 2025 are still at school. */
const COHORTS: { year: number; stage: Stage }[] = [
  { year: 2021, stage: 'GRADUATED' },
  { year: 2022, stage: 'HIGHER' },
  { year: 2023, stage: 'HIGHER' },
  { year: 2024, stage: 'SECONDARY' },
  { year: 2025, stage: 'SECONDARY' },
];
const PER_AGREEMENT_AND_COHORT = 21;
/**
 * "Today" for the demo. The dataset is generated relative to this fixed day,
 * so it is the same on every machine: nothing in it is dated later, no result
 * is for a term not yet over, and tests pin the hub's clock to it.
 */
export const DEMO_TODAY = '2026-11-23';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = ['子涵', '欣怡', '梓轩', '浩然', '宇航', '雨桐', '思远', '一诺', '俊杰', '佳怡', '明轩', '诗涵', '博文', '婉清', '天佑', '若曦', '志强', '晓峰', '嘉怡', '晨阳', '𠮷祥'];
const REGIONS = ['620102', '620103', '320505', '320506'];

/** mulberry32: a tiny seeded PRNG, so the dataset is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nationalId(region: string, birth: string, sequence: number): string {
  const body = `${region}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return body + mod11_2(body);
}

/** Terms of pathway year y (1-based) for a cohort starting in `cohort`. */
function termsOf(cohort: number, year: number): string[] {
  const start = cohort + year - 1;
  return [`${start}-${start + 1}-1`, `${start}-${start + 1}-2`];
}

/** A result the API would accept on the demo's today: its term has started, during the learner's enrolment. */
function recordable(term: string, stage: StageDates): boolean {
  try {
    requireRecordableTerm(term, DEMO_TODAY, stage, 'demo');
    return true;
  } catch {
    return false;
  }
}

function yearsStudied(stage: Stage, cohort: number): number {
  const elapsed = 2026 - cohort + 1;
  if (stage === 'GRADUATED') return 5;
  if (stage === 'WITHDRAWN') return 1;
  return Math.min(elapsed, 5);
}

export interface DemoRoster { students: DemoStudent[]; secondaryResults: DemoResult[]; collegeResults: DemoResult[]; awards: DemoAward[] }

function results(student: DemoStudent, stage: StageDates, courses: Course[], years: number, ability: number, rand: () => number): DemoResult[] {
  const cohort = Number(student.cohort);
  const out: DemoResult[] = [];
  for (const course of courses) {
    if (course.year > years) continue;
    const term = termsOf(cohort, course.year)[course.code.charCodeAt(course.code.length - 1) % 2];
    // Only terms already over: a result counts from its term's end, and the demo shows evidence that counts.
    if (!termEnded(term, DEMO_TODAY)) continue;
    const score = Math.max(35, Math.min(99, Math.round(ability + (rand() - 0.5) * 20)));
    // Drawn before the check, so leaving a result out changes no other learner's scores.
    if (recordable(term, stage)) out.push({ studentId: student.id, courseCode: course.code, term, score });
  }
  return out;
}

function makeStudent(agreement: Agreement, cohort: (typeof COHORTS)[number], serial: number, index: number, rand: () => number): DemoStudent {
  const id = learnerId(cohort.year, serial);
  const birth = `${cohort.year - 15}-${String(1 + (serial % 12)).padStart(2, '0')}-${String(1 + (serial % 28)).padStart(2, '0')}`;
  // Every 20th learner of a cohort still at school has withdrawn, so the stage filter has something to find.
  const stage: Stage = cohort.stage === 'SECONDARY' && index === PER_AGREEMENT_AND_COHORT - 1 && agreement.id === 'agr-ec' ? 'WITHDRAWN' : cohort.stage;
  const secondaryDone = cohort.year + 3 <= 2026 && stage !== 'WITHDRAWN';
  const atCollege = stage === 'HIGHER' || stage === 'GRADUATED';
  return {
    id,
    name: SURNAMES[Math.floor(rand() * SURNAMES.length)] + GIVEN[(serial * 7 + index) % GIVEN.length],
    nationalId: nationalId(REGIONS[serial % REGIONS.length], birth, 100 + serial),
    cohort: String(cohort.year),
    agreementId: agreement.id,
    stage,
    secondary: {
      schoolId: agreement.secondarySchoolId,
      programCode: agreement.secondaryProgramCode,
      enrolledOn: `${cohort.year}-09-01`,
      completedOn: secondaryDone ? `${cohort.year + 3}-07-01` : stage === 'WITHDRAWN' ? `${cohort.year + 1}-01-15` : null,
    },
    higher: atCollege
      ? { collegeId: agreement.collegeId, programCode: agreement.collegeProgramCode, enrolledOn: `${cohort.year + 3}-09-01`, completedOn: stage === 'GRADUATED' ? `${cohort.year + 5}-07-01` : null }
      : null,
    registeredOn: `${cohort.year}-09-01`,
  };
}

/** Certificates follow the papers: NED at the secondary stage, NE, OSOP, ICV + Huadong later. */
function awardsFor(student: DemoStudent, secondary: DemoResult[], rand: () => number, counter: { n: number }): DemoAward[] {
  const cohort = Number(student.cohort);
  const grant = (standardCode: string, year: number, prefix: string): DemoAward => {
    counter.n += 1;
    return {
      serial: `${prefix}-${year}-${String(counter.n).padStart(6, '0')}`,
      studentId: student.id, standardCode, issuedOn: `${year}-06-20`, score: Math.round(70 + rand() * 28),
      status: 'VALID', revokedOn: null, revocationReason: null,
    };
  };
  const good = secondary.length > 0 && secondary.reduce((s, r) => s + r.score, 0) / secondary.length >= 68;
  const out: DemoAward[] = [];
  const years = yearsStudied(student.stage, cohort);
  if (!good || years < 2) return out;
  if (student.agreementId === 'agr-net') out.push(grant('X-NED-1', cohort + 2, 'NED1'));
  if (student.agreementId === 'agr-ec') out.push(grant('X-OSOP-1', cohort + 2, 'OSOP1'));
  if (student.stage === 'GRADUATED' && student.agreementId === 'agr-net') out.push(grant('X-NE-2', cohort + 5, 'NE2'));
  if (student.stage === 'GRADUATED' && student.agreementId === 'agr-ec') out.push(grant('X-OSOP-2', cohort + 5, 'OSOP2'));
  if (student.agreementId === 'agr-auto' && years >= 5) {
    out.push(grant('X-ICV-2', cohort + 5, 'ICV2'), grant('E-HD-ICVT', cohort + 5, 'HDICVT'));
  }
  return out;
}

/** Builds the roster. Serial 1 of each cohort is on the Network Technology pathway and does well. */
export function demoRoster(): DemoRoster {
  const rand = prng(20240901);
  const roster: DemoRoster = { students: [], secondaryResults: [], collegeResults: [], awards: [] };
  const counter = { n: 0 };
  for (const cohort of COHORTS) {
    let serial = 0;
    for (let index = 0; index < PER_AGREEMENT_AND_COHORT; index += 1) {
      for (const agreement of agreements) {
        serial += 1;
        const student = makeStudent(agreement, cohort, serial, index, rand);
        const ability = serial === 1 ? 88 : 55 + rand() * 35;
        const years = yearsStudied(student.stage, cohort.year);
        const program = secondaryPrograms.find((p) => p.code === agreement.secondaryProgramCode);
        const sec = results(student, student.secondary, secondaryCourses.filter((c) => c.programCode === program?.code), Math.min(years, 3), ability, rand);
        const col = student.higher ? results(student, student.higher, collegeCourses.filter((c) => c.programCode === agreement.collegeProgramCode), years, ability, rand) : [];
        roster.students.push(student);
        roster.secondaryResults.push(...sec);
        roster.collegeResults.push(...col);
        // An award not yet issued on the demo's today is left out after it is drawn, so the others keep their serials.
        roster.awards.push(...awardsFor(student, sec, rand, counter).filter((a) => a.issuedOn <= DEMO_TODAY));
      }
    }
  }
  revokeOne(roster);
  return roster;
}

/** One Network Equipment Debugger certificate is revoked, so revocation shows in the demo. */
function revokeOne(roster: DemoRoster): void {
  const showcase = new Set(roster.students.filter((s) => s.id.slice(6, 11) === '00001').map((s) => s.id));
  const award = roster.awards.find((a) => a.standardCode === 'X-NED-1' && !showcase.has(a.studentId) && a.studentId.startsWith('GT2022'));
  if (!award) return;
  award.status = 'REVOKED';
  award.revokedOn = '2025-03-01';
  award.revocationReason = 'assessment irregularity found on audit by the evaluation organisation';
}
