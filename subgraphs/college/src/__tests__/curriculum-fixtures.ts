/** Small hand-made curricula for the pure curriculum tests: each figure can be checked on paper. */
import type { CompetencyMapping, ContentCoverage, ContentUnit, CourseRef, Curriculum, StageCurriculum } from '../curriculum/chain.ts';

export const teach = (courseCode: string, itemId: string, hours: number, targetLevel: number, effectiveFrom = '2021-09-01', effectiveTo: string | null = null): CompetencyMapping => ({
  courseCode, itemId, hours, targetLevel, effectiveFrom, effectiveTo,
});

export const cover = (courseCode: string, standardCode: string, unitCode: string, hours: number, effectiveFrom = '2021-09-01', effectiveTo: string | null = null): ContentCoverage => ({
  courseCode, standardCode, unitCode, hours, effectiveFrom, effectiveTo,
});

export const unit = (standardCode: string, code: string, weight: number, itemIds: string[], title = `${code} title`): ContentUnit => ({ standardCode, code, title, weight, itemIds });

export const course = (code: string, credits = 4, title = `${code} title`): CourseRef => ({ code, title, credits });

const side = (stage: StageCurriculum['stage'], competencies: CompetencyMapping[], content: ContentCoverage[], courses: CourseRef[]): StageCurriculum => ({
  stage, courses: courses.length ? courses : [...new Set([...competencies, ...content].map((r) => r.courseCode))].map((c) => course(c)), competencies, content,
});

export function curriculum(parts: {
  school?: CompetencyMapping[]; college?: CompetencyMapping[]; schoolContent?: ContentCoverage[]; collegeContent?: ContentCoverage[]; units?: ContentUnit[];
  schoolCourses?: CourseRef[]; collegeCourses?: CourseRef[];
}): Curriculum {
  return {
    secondary: side('SECONDARY', parts.school ?? [], parts.schoolContent ?? [], parts.schoolCourses ?? []),
    higher: side('HIGHER', parts.college ?? [], parts.collegeContent ?? [], parts.collegeCourses ?? []),
    units: parts.units ?? [],
  };
}
