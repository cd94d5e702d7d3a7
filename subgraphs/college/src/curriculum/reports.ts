/**
 * The agreement's curriculum reports, assembled from the chain (facts.ts) and
 * the pure calculations: the mapping table, stage splits, overlap with its
 * suggestions, cohort outcomes before and after a reform, and the semester review.
 */
import { addDays, todayInChina } from '@guantong/shared/clock';
import { combineYears, dualQualifiedYear, type DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import { termStart } from '@guantong/shared/terms';
import { badInput } from '@guantong/shared/errors';
import { requireDate } from '@guantong/shared/validation';
import { alignment } from '../careers/alignment.ts';
import type { Context } from '../context.ts';
import { cohortOutcomes, type GroupOutcome } from '../outcomes/cohorts.ts';
import { cohortFacts } from '../outcomes/facts.ts';
import { teacherFacts } from '../teachers/facts.ts';
import { inForce, sum, type Curriculum, type StageCurriculum } from './chain.ts';
import { collegeSide, curriculumOf, type AgreementParent } from './facts.ts';
import { overlap } from './overlap.ts';
import { suggestions } from './suggestions.ts';
import type { OutcomesView, OverlapView, ReviewedCourseView, ReviewView } from './views.ts';

export function overlapView(curriculum: Curriculum, on: string, agreementId: string): OverlapView {
  const found = overlap(curriculum, on);
  return { overlap: found, suggestions: suggestions(curriculum, found).map((s) => ({ ...s, agreementId, on })) };
}

/** Every standard whose content either stage's courses cover, at any time: the certificates a pass counts for. */
const coveredStandards = (c: Curriculum) => new Set([...c.secondary.content, ...c.higher.content].map((row) => row.standardCode));

/** Both programmes' dual-qualified teachers in a year, or null when the year is not given. */
async function dualQualifiedOf(ctx: Context, agreement: AgreementParent, year: number | null): Promise<DualQualifiedYear | null> {
  if (year === null) return null;
  const school = (agreement.facts?.secondaryProgram?.dualQualifiedFacts ?? []).find((f) => f.year === year) ?? { year, teachers: 0, qualified: 0 };
  const college = dualQualifiedYear(ctx.loaders.dualQualifiedRule, await teacherFacts(ctx, agreement.collegeProgramCode), year);
  return combineYears(year, [school, college]);
}

export async function outcomesView(ctx: Context, agreement: AgreementParent, rawReformDate: string, subsidized: boolean | null): Promise<OutcomesView> {
  const reformDate = requireDate(rawReformDate, 'reformDate');
  const today = todayInChina();
  const curriculum = await curriculumOf(ctx, agreement, today);
  const facts = await cohortFacts(ctx, agreement, 'cohortOutcomes', coveredStandards(curriculum));
  const [before, after] = cohortOutcomes(facts, reformDate, subsidized);
  const reformYear = Number(reformDate.slice(0, 4));
  const lastFullYear = Number(today.slice(0, 4)) - 1;
  const side = async (outcome: GroupOutcome, on: string, year: number | null) => ({
    ...outcome,
    overlapView: overlapView(curriculum, on, agreement.id),
    dualQualifiedYear: await dualQualifiedOf(ctx, agreement, year),
  });
  return {
    reformDate,
    subsidized,
    before: await side(before, addDays(reformDate, -1), reformYear - 1),
    after: await side(after, reformDate > today ? reformDate : today, lastFullYear >= reformYear ? lastFullYear : null),
  };
}

/** Hours of the college's courses on content the school taught, and of the school's courses taught again, per course. */
function duplicatedByCourse(view: OverlapView): Map<string, number> {
  const hours = new Map<string, number>();
  for (const d of view.overlap.duplicates) {
    for (const key of [`HIGHER|${d.collegeCourseCode}`, `SECONDARY|${d.secondaryCourseCode}`]) hours.set(key, (hours.get(key) ?? 0) + d.hours);
  }
  return hours;
}

function reviewedCourses(side: StageCurriculum, on: string, duplicated: Map<string, number>, jobItems: ReadonlySet<string>): ReviewedCourseView[] {
  const competencies = inForce(side.competencies, on);
  const content = inForce(side.content, on);
  return side.courses.map((course) => {
    const rows = competencies.filter((m) => m.courseCode === course.code);
    const mappedHours = sum(rows.map((m) => m.hours));
    const relevant = sum(rows.filter((m) => jobItems.has(m.itemId)).map((m) => m.hours));
    return {
      stage: side.stage, courseCode: course.code, title: course.title, mappedHours, competencies: rows.length,
      standardCodes: [...new Set(content.filter((c) => c.courseCode === course.code).map((c) => c.standardCode))].sort(),
      duplicatedHours: duplicated.get(`${side.stage}|${course.code}`) ?? 0,
      jobRelevance: mappedHours > 0 ? relevant / mappedHours : null,
    };
  });
}

export async function semesterReviewView(ctx: Context, agreement: AgreementParent, term: string): Promise<ReviewView> {
  const on = termStart(term);
  if (on === null) throw badInput(`term "${term}" is malformed: write the academic year then the semester, e.g. 2025-2026-1`, { field: 'term' });
  const curriculum = await curriculumOf(ctx, agreement, on);
  const facts = await cohortFacts(ctx, agreement, 'semesterReview');
  const view = overlapView(curriculum, on, agreement.id);
  const jobItems = new Set((agreement.facts?.placementJobs ?? []).flatMap((j) => j.requirementFacts).flatMap((r) => (r.kind === 'COMPETENCY' && r.itemId ? [r.itemId] : [])));
  const duplicated = duplicatedByCourse(view);
  return {
    term,
    on,
    courses: [...reviewedCourses(curriculum.secondary, on, duplicated, jobItems), ...reviewedCourses(curriculum.higher, on, duplicated, jobItems)],
    overlapView: view,
    alignment: alignment(facts.placements, facts.certificates, facts.jobs),
  };
}

/** The standards the college's own mapping rows name, at any time: the gateway brings their content units. */
export async function collegeMappedStandards(ctx: Context, agreement: AgreementParent): Promise<{ code: string }[]> {
  const { content } = await collegeSide(ctx, agreement);
  return [...new Set(content.map((c) => c.standardCode))].sort().map((code) => ({ code }));
}
