import { PASS_MARK } from '../entities/course-result.ts';
import type { CollegeCourseResultResolvers } from '../generated/resolvers.ts';
import { present } from './integrity.ts';

export const CollegeCourseResult: CollegeCourseResultResolvers = {
  course: async (result, _args, ctx) => present(await ctx.loaders.courseByCode.load(result.courseCode), `course ${result.courseCode}`),
  passed: (result) => result.score >= PASS_MARK,
};
