/**
 * The curriculum of an agreement, assembled for a report: the college's own
 * courses and mapping rows from its database, and what arrived through
 * `@requires` in the agreement's representation: the school's courses and
 * mapping rows (secondary subgraph) and the content units of every standard
 * either maps to (enterprise subgraph). Nothing of theirs is stored here.
 */
import { GraphQLError } from 'graphql';
import { todayInChina } from '@guantong/shared/clock';
import { requireDate } from '@guantong/shared/validation';
import type { CourseCompetencyRow, CourseContentRow } from '@guantong/shared/curriculum/entities';
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import type { CourseRow } from '../entities/course.ts';
import type { CourseVersionRow } from '../entities/course-version.ts';
import type { CompetencyMapping, ContentCoverage, ContentUnit, CourseRef, Curriculum } from './chain.ts';

export interface ProgramRef { code: string }
export interface StandardRef { code: string }
export interface JobRef { id: string }

export interface RawUnit { standardCode: string; code: string; title: string; weight: number; itemIds: string[] }
export interface RawCertificate { holderId?: string; status: 'VALID' | 'REVOKED'; issuedOn?: string; revokedOn?: string | null; standard: { code: string; contentUnitFacts?: RawUnit[] } }
export interface RawRequirement { positionId: string; kind: string; essential: boolean; itemId: string | null; standardCode: string | null }

/** What `@requires` brings for the agreement's reports (each part only when the field asked for it). */
export interface AgreementFacts {
  secondaryProgram?: {
    curriculumFacts?: {
      courses: CourseRef[];
      competencies: CompetencyMapping[];
      content: ContentCoverage[];
      standards: { contentUnitFacts: RawUnit[] }[];
    } | null;
    dualQualifiedFacts?: { year: number; teachers: number; qualified: number }[] | null;
  } | null;
  collegeMappedStandards?: { contentUnitFacts: RawUnit[] }[] | null;
  cohortLearners?: { certificateFacts: RawCertificate[] | null }[] | null;
  placementJobs?: { requirementFacts: RawRequirement[] }[] | null;
}

/** An agreement as its resolvers receive it: the row, and the facts of its representation. */
export type AgreementParent = AgreementRow & { facts?: AgreementFacts };

const unavailable = (what: string) =>
  new GraphQLError(`${what} could not be read from its owner just now, so the report is not made on partial data; try again`, { extensions: { code: 'SERVICE_UNAVAILABLE' } });

/**
 * A course as it stood on a day: the version in force, or the catalogue row
 * for a course that never changed; null for a course whose versions had all
 * ended by then (retired). The first version of a changed course has no
 * recorded start: it is the course as first catalogued.
 */
export function courseOn(course: CourseRow, versions: readonly CourseVersionRow[], on: string): (CourseRef & { hours: number }) | null {
  if (versions.length === 0) return { code: course.code, title: course.title, credits: course.credits, hours: course.hours };
  const version = versions.find((v) => (v.effectiveFrom === null || v.effectiveFrom <= on) && (v.effectiveTo === null || on <= v.effectiveTo));
  if (version) return { code: course.code, title: version.title, credits: version.credits, hours: version.hours };
  return null;
}

const toMapping = (r: CourseCompetencyRow): CompetencyMapping => ({ courseCode: r.courseCode, itemId: r.itemId, hours: r.hours, targetLevel: r.targetLevel, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo });
const toCoverage = (r: CourseContentRow): ContentCoverage => ({ courseCode: r.courseCode, standardCode: r.standardCode, unitCode: r.unitCode, hours: r.hours, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo });

/** The college programme's courses and every mapping row of them, in three statements whatever their number. */
export async function collegeSide(ctx: Context, agreement: AgreementRow, on = todayInChina()) {
  const courses = await ctx.loaders.coursesByProgram.load(agreement.collegeProgramCode);
  const codes = courses.map((c) => c.code);
  const [competencies, content, versions] = await Promise.all([
    ctx.loaders.competenciesByCourse.loadMany(codes),
    ctx.loaders.contentByCourse.loadMany(codes),
    ctx.loaders.versionsByCourse.loadMany(codes),
  ]);
  const rows = <T>(lists: (T[] | Error)[]): T[] => lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
  const versionRows = rows(versions);
  return {
    courses: courses.flatMap((c) => courseOn(c, versionRows.filter((v) => v.courseCode === c.code), on) ?? []),
    competencies: rows(competencies).map(toMapping),
    content: rows(content).map(toCoverage),
    versions: versionRows,
  };
}

export function unitsOf(lists: readonly ({ contentUnitFacts: RawUnit[] } | null)[]): ContentUnit[] {
  const units = new Map<string, ContentUnit>();
  for (const unit of lists.flatMap((s) => s?.contentUnitFacts ?? [])) units.set(`${unit.standardCode}|${unit.code}`, unit);
  return [...units.values()];
}

/** The whole chain of an agreement, from the representation and the college's own rows. */
export async function curriculumOf(ctx: Context, agreement: AgreementParent, on = todayInChina()): Promise<Curriculum> {
  const school = agreement.facts?.secondaryProgram?.curriculumFacts;
  if (!school) throw unavailable(`the school's mapping of ${agreement.secondaryProgramCode}`);
  const college = await collegeSide(ctx, agreement, on);
  return {
    secondary: { stage: 'SECONDARY', courses: school.courses, competencies: school.competencies, content: school.content },
    higher: { stage: 'HIGHER', courses: college.courses, competencies: college.competencies, content: college.content },
    units: unitsOf([...school.standards, ...(agreement.facts?.collegeMappedStandards ?? [])]),
  };
}

/** The day a report is for: the argument, checked, or today. */
export const reportDay = (on: string | null | undefined): string => (on == null ? todayInChina() : requireDate(on, 'on'));
