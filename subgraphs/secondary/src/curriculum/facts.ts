/**
 * What the school gives the college's curriculum reports through the graph:
 * its programme's courses with every mapping row, and its teachers'
 * dual-qualified counts per year. Internal fields (@inaccessible): only the
 * gateway asks for them, to satisfy the college's @requires.
 */
import { dualQualifiedYear, type DualQualifiedYear, type TeacherFacts } from '@guantong/shared/teachers/dual-qualified';
import { teacherFactsOf } from '@guantong/shared/teachers/store';
import type { Context } from '../context.ts';
import type { ProgramRow } from '../entities/program.ts';

const settled = <T>(lists: (T[] | Error)[]): T[][] => lists.map((list) => {
  if (list instanceof Error) throw list;
  return list;
});

export async function curriculumFacts(ctx: Context, program: ProgramRow) {
  const courses = await ctx.loaders.coursesByProgram.load(program.code);
  const codes = courses.map((c) => c.code);
  const [competencies, content] = await Promise.all([ctx.loaders.competenciesByCourse.loadMany(codes), ctx.loaders.contentByCourse.loadMany(codes)]);
  const contentRows = settled(content).flat();
  return {
    courses: courses.map(({ code, title, credits }) => ({ code, title, credits })),
    competencies: settled(competencies).flat(),
    content: contentRows,
    standards: [...new Set(contentRows.map((c) => c.standardCode))].sort().map((code) => ({ code })),
  };
}

export async function teacherFacts(ctx: Context, programCode: string): Promise<TeacherFacts[]> {
  const teachers = await ctx.loaders.teachersByProgram.load(programCode);
  const ids = teachers.map((t) => t.id);
  const [qualifications, practice] = await Promise.all([ctx.loaders.qualificationsByTeacher.loadMany(ids), ctx.loaders.practiceByTeacher.loadMany(ids)]);
  const q = settled(qualifications);
  const p = settled(practice);
  return teachers.map((t, i) => teacherFactsOf(t, q[i], p[i]));
}

/** The figure for every year with practice records. */
export async function dualQualifiedFacts(ctx: Context, programCode: string): Promise<DualQualifiedYear[]> {
  const facts = await teacherFacts(ctx, programCode);
  const years = [...new Set(facts.flatMap((t) => t.practice.map((p) => p.year)))].sort();
  return years.map((year) => dualQualifiedYear(ctx.loaders.dualQualifiedRule, facts, year));
}
