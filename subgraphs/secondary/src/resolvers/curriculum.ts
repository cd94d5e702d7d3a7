/** The school's curriculum fields: mappings (public catalogue), internal facts for the college, and teachers. */
import { mappingFields } from '@guantong/shared/curriculum/pages';
import { isDualQualified } from '@guantong/shared/teachers/dual-qualified';
import { teacherFactsOf } from '@guantong/shared/teachers/store';
import { curriculumFacts, dualQualifiedFacts } from '../curriculum/facts.ts';
import { addTeacher, listTeachers, mapSecondaryCourse, programDualQualified, recordPractice } from '../curriculum/service.ts';
import type {
  CourseCompetencyMappingResolvers, CourseContentCoverageResolvers, MutationResolvers, QueryResolvers, SecondaryCourseResolvers, SecondaryProgramResolvers,
  SecondaryTeacherResolvers,
} from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';

export const curriculumCourseFields: SecondaryCourseResolvers = {
  competencyMappings: async (course, args, ctx) => mappingFields.competencies(await ctx.loaders.competenciesByCourse.load(course.code), args),
  certificateContent: async (course, args, ctx) => mappingFields.content(await ctx.loaders.contentByCourse.load(course.code), args),
};

export const curriculumProgramFields: SecondaryProgramResolvers = {
  // Internal (@inaccessible): only the gateway asks, for the college's reports.
  curriculumFacts: (program, _args, ctx) => curriculumFacts(ctx, program),
  dualQualifiedFacts: (program, _args, ctx) => dualQualifiedFacts(ctx, program.code),
  dualQualified: (program, { year }, ctx) => programDualQualified(ctx, program, year),
};

export const CourseCompetencyMapping: CourseCompetencyMappingResolvers = {
  item: (row) => ({ id: row.itemId }),
};

export const CourseContentCoverage: CourseContentCoverageResolvers = {
  standard: (row) => ({ code: row.standardCode }),
};

export const SecondaryTeacher: SecondaryTeacherResolvers = {
  program: async (t, _args, ctx) => requireRow(await ctx.loaders.programByCode.load(t.programCode), 'programme', t.programCode),
  qualifications: (t, _args, ctx) => ctx.loaders.qualificationsByTeacher.load(t.id),
  practice: (t, _args, ctx) => ctx.loaders.practiceByTeacher.load(t.id),
  async dualQualified(t, { year }, ctx) {
    const [qualifications, practice] = await Promise.all([ctx.loaders.qualificationsByTeacher.load(t.id), ctx.loaders.practiceByTeacher.load(t.id)]);
    return isDualQualified(ctx.loaders.dualQualifiedRule, teacherFactsOf(t, qualifications, practice), year);
  },
};

export const curriculumQueries: QueryResolvers = {
  secondaryTeachers: (_parent, args, ctx) => listTeachers(ctx, args),
};

export const curriculumMutations: MutationResolvers = {
  mapSecondaryCourse: (_parent, { input }, ctx) => mapSecondaryCourse(ctx, input),
  addSecondaryTeacher: (_parent, { input }, ctx) => addTeacher(ctx, input),
  recordSecondaryTeacherPractice: (_parent, { input }, ctx) => recordPractice(ctx, input),
};
