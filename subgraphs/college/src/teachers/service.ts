/**
 * The college's teachers: its own staff (and admins) read and write them;
 * programme figures (dualQualified) go to the institutions of the
 * programme's agreements.
 */
import { nowInstant } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput } from '@guantong/shared/errors';
import { pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { dualQualifiedYear, type DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import type { TeacherRow } from '@guantong/shared/teachers/entities';
import { insertPractice, insertTeacher, teacherForPractice } from '@guantong/shared/teachers/store';
import type { Context } from '../context.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import type { ProgramRow } from '../entities/program.ts';
import type { QueryCollegeTeachersArgs, TeacherInput, TeacherPracticeInput } from '../generated/resolvers.ts';
import { teacherFacts } from './facts.ts';

const readOwn = (ctx: Context, collegeId: string) => authorize(ctx.actor, { action: 'org:read', organizationId: collegeId, staffRole: 'COLLEGE_STAFF' });
const writeOwn = (ctx: Context, collegeId: string) => authorize(ctx.actor, { action: 'org:write', organizationId: collegeId, staffRole: 'COLLEGE_STAFF' });

export async function listTeachers(ctx: Context, args: QueryCollegeTeachersArgs) {
  readOwn(ctx, args.collegeId);
  const programs = args.programCode ? [args.programCode] : (await ctx.loaders.programsByCollege.load(args.collegeId)).map((p) => p.code);
  const lists = await ctx.loaders.teachersByProgram.loadMany(programs);
  const teachers = lists.flatMap((list) => (list instanceof Error ? [] : list)).filter((t) => t.institutionId === args.collegeId);
  return pageOf(teachers, (t) => t.id, args);
}

export async function addTeacher(ctx: Context, input: TeacherInput): Promise<TeacherRow> {
  const program = await ctx.loaders.programByCode.load(input.programCode);
  if (!program) throw badInput(`programCode "${input.programCode}" is not a college programme on this hub`, { field: 'programCode' });
  writeOwn(ctx, program.collegeId);
  return writeTransaction(ctx.db, (em) => insertTeacher(em, program.collegeId, input));
}

export async function recordPractice(ctx: Context, input: TeacherPracticeInput): Promise<TeacherRow> {
  return writeTransaction(ctx.db, async (em) => {
    const teacher = await teacherForPractice(em, input);
    writeOwn(ctx, teacher.institutionId);
    await insertPractice(em, input, nowInstant());
    ctx.loaders.practiceByTeacher.clear(teacher.id);
    return teacher;
  });
}

/** A programme's figure for the institutions of its agreements and admins. */
export async function programDualQualified(ctx: Context, program: ProgramRow, year: number): Promise<DualQualifiedYear> {
  const agreements = await ctx.db.getRepository(AgreementEntity).findBy({ collegeProgramCode: program.code });
  authorize(ctx.actor, { action: 'cohort:read', organizationIds: [program.collegeId, ...agreements.map((a) => a.secondarySchoolId)] });
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput(`year must be a calendar year, got ${year}`, { field: 'year' });
  return dualQualifiedYear(ctx.loaders.dualQualifiedRule, await teacherFacts(ctx, program.code), year);
}
