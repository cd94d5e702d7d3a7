/**
 * The school's curriculum writes and reads: mapping its own courses, and its
 * teachers (own staff and admins). Competency items are the college's, so the
 * school asks it, through the gateway, whether each item belongs to a
 * framework of an agreement its programme is part of.
 */
import { nowInstant } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput } from '@guantong/shared/errors';
import { pageOf } from '@guantong/shared/paging';
import { requireContentUnits } from '@guantong/shared/curriculum/peers';
import { validateMapping, writeCourseMapping } from '@guantong/shared/curriculum/remap';
import { requireData } from '@guantong/shared/peer-lookups';
import { authorize } from '@guantong/shared/policy';
import { dualQualifiedYear, type DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import type { TeacherRow } from '@guantong/shared/teachers/entities';
import { insertPractice, insertTeacher, teacherForPractice } from '@guantong/shared/teachers/store';
import type { Context } from '../context.ts';
import type { CourseRow } from '../entities/course.ts';
import type { ProgramRow } from '../entities/program.ts';
import type { MapCourseInput, QuerySecondaryTeachersArgs, TeacherInput, TeacherPracticeInput } from '../generated/resolvers.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { teacherFacts } from './facts.ts';

interface ItemAnswer { id: string; framework: { agreement: { secondaryProgram: { code: string } } } }

async function requireItemsOfProgramme(ctx: Context, itemIds: readonly string[], programCode: string): Promise<void> {
  if (itemIds.length === 0) return;
  const data = requireData(await ctx.peers.ask('competencyItems', { ids: [...itemIds] }), 'the competency items');
  const found = new Map((data.competencyItems as { nodes: ItemAnswer[] }).nodes.map((i) => [i.id, i.framework.agreement.secondaryProgram.code]));
  const strangers = itemIds.filter((id) => found.get(id) !== programCode);
  if (strangers.length) {
    throw badInput(`competencies name items ${strangers.join(', ')}, which are not of a framework of an agreement ${programCode} is part of; see the agreement's competencyFramework`, { field: 'competencies.itemId' });
  }
}

export async function mapSecondaryCourse(ctx: Context, input: MapCourseInput): Promise<CourseRow> {
  const course = await ctx.loaders.courseByCode.load(input.courseCode);
  if (!course) throw badInput(`courseCode "${input.courseCode}" is not a secondary course on this hub`, { field: 'courseCode' });
  const program = requireRow(await ctx.loaders.programByCode.load(course.programCode), 'programme', course.programCode);
  authorize(ctx.actor, { action: 'org:write', organizationId: program.schoolId, staffRole: 'SECONDARY_STAFF' });
  const mapping = validateMapping({ effectiveFrom: input.effectiveFrom, competencies: input.competencies, content: input.certificateContent }, course);
  await requireItemsOfProgramme(ctx, mapping.competencies.map((c) => c.itemId), course.programCode);
  await requireContentUnits(ctx.peers, mapping.content);
  await writeCourseMapping(ctx, course.code, mapping);
  return course;
}

export async function listTeachers(ctx: Context, args: QuerySecondaryTeachersArgs) {
  authorize(ctx.actor, { action: 'org:read', organizationId: args.schoolId, staffRole: 'SECONDARY_STAFF' });
  const programs = args.programCode ? [args.programCode] : (await ctx.loaders.programsBySchool.load(args.schoolId)).map((p) => p.code);
  const lists = await ctx.loaders.teachersByProgram.loadMany(programs);
  return pageOf(lists.flatMap((list) => (list instanceof Error ? [] : list)).filter((t) => t.institutionId === args.schoolId), (t) => t.id, args);
}

export async function addTeacher(ctx: Context, input: TeacherInput): Promise<TeacherRow> {
  const program = await ctx.loaders.programByCode.load(input.programCode);
  if (!program) throw badInput(`programCode "${input.programCode}" is not a secondary programme on this hub`, { field: 'programCode' });
  authorize(ctx.actor, { action: 'org:write', organizationId: program.schoolId, staffRole: 'SECONDARY_STAFF' });
  return writeTransaction(ctx.db, (em) => insertTeacher(em, program.schoolId, input));
}

export async function recordPractice(ctx: Context, input: TeacherPracticeInput): Promise<TeacherRow> {
  return writeTransaction(ctx.db, async (em) => {
    const teacher = await teacherForPractice(em, input);
    authorize(ctx.actor, { action: 'org:write', organizationId: teacher.institutionId, staffRole: 'SECONDARY_STAFF' });
    await insertPractice(em, input, nowInstant());
    ctx.loaders.practiceByTeacher.clear(teacher.id);
    return teacher;
  });
}

/** The programme's figure, for its school's staff and admins. */
export async function programDualQualified(ctx: Context, program: ProgramRow, year: number): Promise<DualQualifiedYear> {
  authorize(ctx.actor, { action: 'org:read', organizationId: program.schoolId, staffRole: 'SECONDARY_STAFF' });
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput(`year must be a calendar year, got ${year}`, { field: 'year' });
  return dualQualifiedYear(ctx.loaders.dualQualifiedRule, await teacherFacts(ctx, program.code), year);
}
