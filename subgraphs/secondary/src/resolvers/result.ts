import type { SecondaryCourseResultResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';

/** The pass mark on the hub's 0–100 scale. */
export const PASS_MARK = 60;

export const SecondaryCourseResult: SecondaryCourseResultResolvers = {
  course: async (result, _args, ctx) => requireRow(await ctx.loaders.courseByCode.load(result.courseCode), 'course', result.courseCode),
  passed: (result) => result.score >= PASS_MARK,
};
