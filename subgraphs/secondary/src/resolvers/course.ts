import type { SecondaryCourseResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';
import { curriculumCourseFields } from './curriculum.ts';

export const SecondaryCourse: SecondaryCourseResolvers = {
  program: async (course, _args, ctx) =>
    requireRow(await ctx.loaders.programByCode.load(course.programCode), 'programme', course.programCode),
  ...curriculumCourseFields,
};
