/**
 * A college course's curriculum fields: its mapping (public catalogue) and its
 * versions. Its title, credits and hours are those of the version in force
 * today, so a course the committee replaced reads as its new version from the
 * day the change applies.
 */
import { todayInChina } from '@guantong/shared/clock';
import { courseOn } from '../curriculum/facts.ts';
import { mappingFields } from '@guantong/shared/curriculum/pages';
import { pageOf } from '@guantong/shared/paging';
import type { CollegeCourseResolvers } from '../generated/resolvers.ts';
import type { CourseRow } from '../entities/course.ts';
import type { Context } from '../context.ts';

async function today(course: CourseRow, ctx: Context) {
  return courseOn(course, await ctx.loaders.versionsByCourse.load(course.code), todayInChina()) ?? course;
}

export const curriculumCourseFields: CollegeCourseResolvers = {
  title: async (course, _args, ctx) => (await today(course, ctx)).title,
  credits: async (course, _args, ctx) => (await today(course, ctx)).credits,
  hours: async (course, _args, ctx) => (await today(course, ctx)).hours,
  competencyMappings: async (course, args, ctx) => mappingFields.competencies(await ctx.loaders.competenciesByCourse.load(course.code), args),
  certificateContent: async (course, args, ctx) => mappingFields.content(await ctx.loaders.contentByCourse.load(course.code), args),
  async versions(course, args, ctx) {
    const versions = await ctx.loaders.versionsByCourse.load(course.code);
    // A course never changed has one version: its catalogue row.
    const all = versions.length ? versions : [{ courseCode: course.code, version: 1, title: course.title, credits: course.credits, hours: course.hours, effectiveFrom: null, effectiveTo: null, proposalId: null }];
    return pageOf(all, (v) => String(v.version).padStart(6, '0'), args);
  },
};

