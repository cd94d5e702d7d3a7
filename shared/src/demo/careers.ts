/**
 * The demo's job positions (enterprise subgraph), and learners' placements,
 * career targets and training-subsidy flags (college registry).
 *
 * Placements are chosen from the roster so that the hub's alignment report,
 * computed from the rows, tells seed 000's story: learners who began the
 * higher stage before the reform (cohort 2021) hold certificates that fit the
 * jobs they took about a third of the time (7 of 22); those after it (cohorts
 * 2022 and 2023, on internships) 13 of 16.
 */
import { learnerId } from '../validation.ts';
import { netItem } from './competencies.ts';
import { demoRoster, type DemoAward, type DemoStudent } from './students.ts';

export interface DemoJobRequirement { kind: 'COMPETENCY' | 'CERTIFICATE'; essential: boolean; itemId: string | null; standardCode: string | null }
export interface DemoJobPosition {
  id: string; employerId: string; title: string; description: string; iscoCode: string | null; escoUri: string | null; requirements: DemoJobRequirement[];
}
export type PlacementKind = 'INTERNSHIP' | 'EMPLOYMENT';
export type PlacementOutcome = 'ONGOING' | 'COMPLETED' | 'RETAINED' | 'ENDED_EARLY';
export interface DemoPlacement {
  studentId: string; kind: PlacementKind; employerName: string; employerId: string | null; jobPositionId: string;
  startedOn: string; endedOn: string | null; outcome: PlacementOutcome; recordedByOrganizationId: string;
}
export interface DemoCareerTarget { studentId: string; jobPositionId: string; setByRole: 'STUDENT' | 'COLLEGE_STAFF'; setAt: string }
export interface DemoSubsidy { studentId: string; scheme: string; grantedOn: string; recordedByOrganizationId: string }

const cert = (standardCode: string, essential = true): DemoJobRequirement => ({ kind: 'CERTIFICATE', essential, itemId: null, standardCode });
const skill = (code: string, essential = true): DemoJobRequirement => ({ kind: 'COMPETENCY', essential, itemId: netItem(code).id, standardCode: null });

export const demoJobPositions: DemoJobPosition[] = [
  {
    id: 'jp-ty-noc', employerId: 'org-tianyi', title: 'Network operations technician', iscoCode: '3513', escoUri: null,
    description: 'Installs, configures and keeps running the switches and routers of customer sites.',
    requirements: [cert('X-NED-1'), skill('NT-S1'), skill('NT-A2'), skill('NT-S3', false)],
  },
  {
    id: 'jp-ty-sec', employerId: 'org-tianyi', title: 'Network security engineer', iscoCode: '2529', escoUri: null,
    description: 'Deploys and monitors firewalls, access control and VPNs for enterprise customers.',
    requirements: [cert('X-NE-2'), skill('NT-S5'), skill('NT-K3'), skill('NT-A1')],
  },
  {
    id: 'jp-ty-5g', employerId: 'org-tianyi', title: '5G base station engineer', iscoCode: '3522', escoUri: null,
    description: 'Commissions and maintains 5G base stations and their transport network.',
    requirements: [cert('X-NE-2'), cert('X-NED-1', false), skill('NT-K4'), skill('NT-S2', false)],
  },
  {
    id: 'jp-ty-4g', employerId: 'org-tianyi', title: '4G network optimisation technician', iscoCode: '3522', escoUri: null,
    description: 'Drive-tests and tunes 4G radio networks; needs Tianyi’s own technician grade.',
    requirements: [cert('E-TY-NT'), skill('NT-K4')],
  },
  {
    id: 'jp-ty-sales', employerId: 'org-tianyi', title: 'IT equipment sales assistant', iscoCode: '5223', escoUri: null,
    description: 'Advises customers on network equipment in Tianyi’s shops.',
    requirements: [skill('NT-A3')],
  },
  {
    id: 'jp-xs-store', employerId: 'org-xinshang', title: 'Online store operator', iscoCode: '5249', escoUri: null,
    description: 'Runs online stores for merchants: listings, campaigns and customer service.',
    requirements: [cert('X-OSOP-1'), cert('X-OSOP-2', false)],
  },
  {
    id: 'jp-hd-icv', employerId: 'org-huadong', title: 'ICV test technician', iscoCode: '3115', escoUri: null,
    description: 'Calibrates sensors and tests driver-assistance functions of intelligent connected vehicles.',
    requirements: [cert('E-HD-ICVT'), cert('X-ICV-2', false)],
  },
];

const EMPLOYER_NAMES: Record<string, string> = { 'org-tianyi': 'Tianyi Network Systems Co., Ltd.' };

/** Network Technology learners of a cohort, split by whether they held a valid certificate. */
function cohortOf(students: DemoStudent[], awards: DemoAward[], cohort: string) {
  const net = students.filter((s) => s.agreementId === 'agr-net' && s.cohort === cohort);
  const holds = (s: DemoStudent) => awards.some((a) => a.studentId === s.id && a.status === 'VALID');
  return { holders: net.filter(holds), others: net.filter((s) => !holds(s)) };
}

const placement = (student: DemoStudent, jobPositionId: string, kind: PlacementKind, startedOn: string, endedOn: string | null, outcome: PlacementOutcome): DemoPlacement => ({
  studentId: student.id, kind, employerName: EMPLOYER_NAMES['org-tianyi'], employerId: 'org-tianyi', jobPositionId, startedOn, endedOn, outcome,
  // A graduate's employment and a higher-stage internship are the college's to record.
  recordedByOrganizationId: 'col-metro',
});

/** Assigns the job positions in order to learners in order: [job, how many]. */
function assign(learners: DemoStudent[], plan: [string, number][], make: (s: DemoStudent, job: string) => DemoPlacement): DemoPlacement[] {
  const jobs = plan.flatMap(([job, n]) => Array<string>(n).fill(job));
  return jobs.map((job, i) => make(learners[i], job));
}

export function demoPlacements(): DemoPlacement[] {
  const { students, awards } = demoRoster();
  const c2021 = cohortOf(students, awards, '2021');
  const c2022 = cohortOf(students, awards, '2022');
  const c2023 = cohortOf(students, awards, '2023');
  const employed = (s: DemoStudent, job: string) => placement(s, job, 'EMPLOYMENT', '2026-07-15', null, 'ONGOING');
  return [
    // Before the reform: graduates of the 4G-era curriculum, 7 of their 22 certificates fit their jobs.
    ...assign(c2021.holders, [['jp-ty-4g', 5], ['jp-ty-sec', 4], ['jp-ty-noc', 1], ['jp-ty-5g', 1]], employed),
    ...assign(c2021.others, [['jp-ty-sales', 3]], employed),
    // After: internships in the higher stage, 13 of 16 certificates fit.
    ...assign(c2022.holders, [['jp-ty-noc', 6], ['jp-ty-5g', 2], ['jp-ty-sales', 2]], (s, job) =>
      placement(s, job, 'INTERNSHIP', '2026-03-02', '2026-06-30', job === 'jp-ty-sales' ? 'COMPLETED' : 'RETAINED')),
    ...assign(c2023.holders, [['jp-ty-noc', 5], ['jp-ty-sales', 1]], (s, job) => placement(s, job, 'INTERNSHIP', '2026-11-02', null, 'ONGOING')),
  ];
}

/** Career targets: the Network Technology showcase learner chose their own; the college set one for another. */
export const demoCareerTargets: DemoCareerTarget[] = [
  { studentId: learnerId(2022, 1), jobPositionId: 'jp-ty-sec', setByRole: 'STUDENT', setAt: '2026-09-10T02:00:00.000Z' },
  { studentId: learnerId(2023, 1), jobPositionId: 'jp-ty-5g', setByRole: 'COLLEGE_STAFF', setAt: '2026-10-08T06:00:00.000Z' },
];

/**
 * Certificate training subsidies for financially disadvantaged learners (seed
 * 000 §3.3): every third Network Technology learner of each cohort, granted
 * in their first secondary year.
 */
export function demoSubsidies(): DemoSubsidy[] {
  return demoRoster()
    .students.filter((s) => s.agreementId === 'agr-net')
    .filter((_s, i) => i % 3 === 0)
    .map((s) => ({ studentId: s.id, scheme: 'certificate training subsidy', grantedOn: `${Number(s.cohort) + 1}-03-01`, recordedByOrganizationId: 'sch-riverside' }));
}
