import type { CollegeCourseResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';
import { curriculumCourseFields } from './curriculum-course.ts';

export const CollegeCourse: CollegeCourseResolvers = {
  program: async (course, _args, ctx) => present(await ctx.loaders.programByCode.load(course.programCode), `programme ${course.programCode}`),
  ...curriculumCourseFields,
};
