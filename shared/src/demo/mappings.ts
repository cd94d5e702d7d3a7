/**
 * The demo's mapping chain for Network Technology: competency → course →
 * certificate content (seed 000 Table 1). Each institution maps its own
 * courses; the enterprise subgraph owns the certificates' content units.
 *
 * Shaped so that the hub's reports, computed from these rows, show the paper's
 * picture: before the reform (the college's curriculum until 2025-08-31) the
 * college re-teaches much of what the school taught (120 of 288 mapped hours,
 * about 42%); from 2025-09-01 it builds on it (8 of 160 hours). Table 1's two
 * rows are NET-S120 → Basic Network Device Operation → 40% of X-NED-1, 72 of
 * the school's 240 mapped hours (30%), and NET-H201 → Network Security
 * Deployment → 60% of X-NE-2, 72 of the college's 160 (45%).
 */
import { netItem } from './competencies.ts';

export interface DemoCompetencyMapping { courseCode: string; itemId: string; hours: number; targetLevel: number; effectiveFrom: string; effectiveTo: string | null }
export interface DemoContentCoverage { courseCode: string; standardCode: string; unitCode: string; hours: number; effectiveFrom: string; effectiveTo: string | null }
export interface DemoContentUnit { standardCode: string; code: string; title: string; weight: number; itemIds: string[] }

export const REFORM_DATE = '2025-09-01';
const START = '2021-09-01';
const BEFORE_REFORM = '2025-08-31';

type Row = [course: string, item: string, hours: number, level: number];
const mapped = (rows: Row[], effectiveFrom: string, effectiveTo: string | null): DemoCompetencyMapping[] =>
  rows.map(([courseCode, code, hours, targetLevel]) => ({ courseCode, itemId: netItem(code).id, hours, targetLevel, effectiveFrom, effectiveTo }));

type Cover = [course: string, standard: string, unit: string, hours: number];
const covered = (rows: Cover[], effectiveFrom: string, effectiveTo: string | null): DemoContentCoverage[] =>
  rows.map(([courseCode, standardCode, unitCode, hours]) => ({ courseCode, standardCode, unitCode, hours, effectiveFrom, effectiveTo }));

/** Riverside's Network Technology courses: 240 mapped class hours, unchanged since 2021. */
export const secondaryCompetencyMappings: DemoCompetencyMapping[] = mapped([
  ['NET-S101', 'NT-K1', 32, 2], ['NET-S101', 'NT-K2', 24, 2],
  ['NET-S110', 'NT-S3', 40, 2], ['NET-S110', 'NT-A2', 8, 2],
  ['NET-S120', 'NT-S1', 72, 2],
  ['NET-S130', 'NT-S4', 36, 2],
  ['NET-S140', 'NT-S2', 20, 1], ['NET-S140', 'NT-A3', 8, 2],
], START, null);

export const secondaryContentCoverage: DemoContentCoverage[] = covered([
  ['NET-S101', 'X-NED-1', 'NED-U1', 56],
  ['NET-S110', 'X-NED-1', 'NED-U3', 40],
  ['NET-S120', 'X-NED-1', 'NED-U2', 72],
  ['NET-S130', 'X-NE-2', 'NE-U3', 36],
  ['NET-S140', 'X-NE-2', 'NE-U1', 20],
], START, null);

/** The college's 4G course: taught until the committee's replacement took effect. */
export const FOUR_G_COURSE = { code: 'NET-H240', programCode: 'COL-NET', title: '4G Network Optimization', credits: 3, hours: 48 };
export const FIVE_G_TITLE = '5G Network Architecture';

/** Metro's curriculum before the reform: 288 mapped hours, 120 of them on what the school already taught. */
export const collegeMappingsBeforeReform: DemoCompetencyMapping[] = mapped([
  ['NET-H201', 'NT-K1', 16, 2], ['NET-H201', 'NT-S5', 56, 3],
  ['NET-H210', 'NT-S1', 32, 2], ['NET-H210', 'NT-S2', 32, 2],
  ['NET-H220', 'NT-K2', 16, 2], ['NET-H220', 'NT-S4', 24, 2], ['NET-H220', 'NT-K3', 8, 2],
  ['NET-H230', 'NT-S3', 16, 2], ['NET-H230', 'NT-A3', 16, 2], ['NET-H230', 'NT-S5', 32, 3],
  ['NET-H240', 'NT-K4', 40, 3],
], START, BEFORE_REFORM);

/** From the reform: 160 mapped hours that build on the secondary stage; NET-H240 teaches 5G. */
export const collegeMappingsAfterReform: DemoCompetencyMapping[] = mapped([
  ['NET-H201', 'NT-S5', 72, 4],
  ['NET-H210', 'NT-S2', 32, 4],
  ['NET-H220', 'NT-S4', 16, 4],
  ['NET-H230', 'NT-A3', 8, 2], ['NET-H230', 'NT-A1', 8, 3],
  ['NET-H240', 'NT-K4', 24, 4],
], REFORM_DATE, null);

export const collegeCoverageBeforeReform: DemoContentCoverage[] = covered([
  ['NET-H201', 'X-NE-2', 'NE-U2', 56],
  ['NET-H210', 'X-NE-2', 'NE-U1', 32],
  ['NET-H210', 'X-NED-1', 'NED-U2', 32],
], START, BEFORE_REFORM);

export const collegeCoverageAfterReform: DemoContentCoverage[] = covered([['NET-H201', 'X-NE-2', 'NE-U2', 72]], REFORM_DATE, null);

const unit = (standardCode: string, code: string, title: string, weight: number, items: string[]): DemoContentUnit => ({
  standardCode, code, title, weight, itemIds: items.map((c) => netItem(c).id),
});

/**
 * Content units of the two Network Technology certificates. X-NED-1's fault
 * diagnosis unit is taught by no course: the stage split reports it as a gap.
 */
export const demoContentUnits: DemoContentUnit[] = [
  unit('X-NED-1', 'NED-U1', 'Network fundamentals', 25, ['NT-K1', 'NT-K2']),
  unit('X-NED-1', 'NED-U2', 'Basic device operation and configuration', 40, ['NT-S1']),
  unit('X-NED-1', 'NED-U3', 'Cabling and installation', 20, ['NT-S3']),
  unit('X-NED-1', 'NED-U4', 'Fault diagnosis and maintenance', 15, ['NT-S1', 'NT-A2']),
  unit('X-NE-2', 'NE-U1', 'Routing and switching configuration', 25, ['NT-S2']),
  unit('X-NE-2', 'NE-U2', 'Network security deployment', 60, ['NT-S5', 'NT-K3', 'NT-A1']),
  unit('X-NE-2', 'NE-U3', 'Server and service deployment', 15, ['NT-S4']),
];
