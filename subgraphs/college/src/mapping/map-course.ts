/**
 * mapCollegeCourse: the college states from a day which competency items one
 * of its courses teaches and which certificate content units it covers. The
 * items must be of a framework of an agreement the course's programme leads
 * to; the units must be in the enterprise catalogue (asked through the gateway).
 */
import { badInput } from '@guantong/shared/errors';
import { requireContentUnits } from '@guantong/shared/curriculum/peers';
import { validateMapping, writeCourseMapping } from '@guantong/shared/curriculum/remap';
import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { CourseRow } from '../entities/course.ts';
import type { MapCourseInput } from '../generated/resolvers.ts';
import { present } from '../resolvers/integrity.ts';

/** The programmes each item's framework serves, on the college side. */
async function requireOwnItems(ctx: Context, itemIds: readonly string[], programCode: string): Promise<void> {
  const items = await ctx.loaders.itemById.loadMany([...itemIds]);
  const frameworks = await ctx.loaders.frameworkById.loadMany(items.map((i) => (i && !(i instanceof Error) ? i.frameworkId : '')));
  const agreements = await ctx.loaders.agreementById.loadMany(frameworks.map((f) => (f && !(f instanceof Error) ? f.agreementId : '')));
  const strangers = itemIds.filter((_id, i) => {
    const agreement = agreements[i];
    return !agreement || agreement instanceof Error || agreement.collegeProgramCode !== programCode;
  });
  if (strangers.length) {
    throw badInput(`competencies name items ${strangers.join(', ')}, which are not of a framework of an agreement leading to ${programCode}; see the agreement's competencyFramework`, { field: 'competencies.itemId' });
  }
}

export async function mapCollegeCourse(ctx: Context, input: MapCourseInput): Promise<CourseRow> {
  const course = await ctx.loaders.courseByCode.load(input.courseCode);
  if (!course) throw badInput(`courseCode "${input.courseCode}" is not a college course on this hub`, { field: 'courseCode' });
  const program = present(await ctx.loaders.programByCode.load(course.programCode), `programme ${course.programCode}`);
  authorize(ctx.actor, { action: 'org:write', organizationId: program.collegeId, staffRole: 'COLLEGE_STAFF' });
  const mapping = validateMapping({ effectiveFrom: input.effectiveFrom, competencies: input.competencies, content: input.certificateContent }, course);
  await requireOwnItems(ctx, mapping.competencies.map((c) => c.itemId), course.programCode);
  await requireContentUnits(ctx.peers, mapping.content);
  await writeCourseMapping(ctx, course.code, mapping);
  return course;
}
