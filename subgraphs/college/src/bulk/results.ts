/**
 * The results part of the college bundle: the columns of RecordResultInput,
 * checked by recordCollegeResult's own rules. The natural key is learner,
 * course and term; the same score is unchanged, another is the mutation's CONFLICT.
 */
import { In, type EntityManager } from 'typeorm';
import { EXPORTED, IMPORTED } from '@guantong/shared/bulk/audit';
import type { CsvRecord, ImportKind, RowOutcome } from '@guantong/shared/bulk/kind';
import { onScore, RESULT_COLUMNS, resultInput, resultPage } from '@guantong/shared/bulk/results';
import type { ExportKind } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { CourseResultEntity, type CourseResultRow } from '../entities/course-result.ts';
import { CourseEntity } from '../entities/course.ts';
import { ProgramEntity } from '../entities/program.ts';
import { checkCollegeResult, duplicateResult, validateCollegeResult } from '../mutations/record-result.ts';

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const row = validateCollegeResult(resultInput(record));
  await checkCollegeResult(ctx.db.manager, ctx, row, organizationId);
  const stored = await ctx.db.manager.findOneBy(CourseResultEntity, { studentId: row.studentId, courseCode: row.courseCode, term: row.term });
  if (stored && stored.score !== row.score) throw onScore(duplicateResult(row));
  return { value: row, unchanged: stored !== null };
}

async function write(em: EntityManager, ctx: Context, row: CourseResultRow): Promise<RowOutcome> {
  const stored = await em.findOneBy(CourseResultEntity, { studentId: row.studentId, courseCode: row.courseCode, term: row.term });
  if (stored) {
    if (stored.score !== row.score) throw onScore(duplicateResult(row));
    return 'unchanged';
  }
  await em.insert(CourseResultEntity, row);
  ctx.access.audit.record(row.studentId, 'RESULTS:import', IMPORTED);
  return 'written';
}

export const resultImport: ImportKind<Context, CourseResultRow> = { name: 'results', columns: RESULT_COLUMNS, check, write };

async function courseCodesOf(ctx: Context, collegeId: string): Promise<string[]> {
  const programs = await ctx.db.getRepository(ProgramEntity).findBy({ collegeId });
  const courses = await ctx.db.getRepository(CourseEntity).findBy({ programCode: In(programs.map((p) => p.code)) });
  return courses.map((c) => c.code);
}

export const resultExport: ExportKind<Context> = {
  name: 'results',
  columns: RESULT_COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const rows = await resultPage(ctx.db, CourseResultEntity, await courseCodesOf(ctx, organizationId), afterKey, limit);
    for (const { row } of rows) ctx.access.audit.record(row.studentId, 'RESULTS:export', EXPORTED);
    return rows;
  },
};
