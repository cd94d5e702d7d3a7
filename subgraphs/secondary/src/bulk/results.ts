/**
 * The results part of the secondary bundle: the columns of RecordResultInput.
 * The natural key is learner, course and term; a stored result with the same
 * score is unchanged, and one with another score is the mutation's CONFLICT
 * (recorded results are not overwritten).
 */
import { In, type EntityManager } from 'typeorm';
import type { CsvRecord, ImportKind, RowOutcome } from '@guantong/shared/bulk/kind';
import { onScore, RESULT_COLUMNS, resultInput, resultPage } from '@guantong/shared/bulk/results';
import type { ExportKind } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { CourseEntity } from '../entities/course.ts';
import { ProgramEntity } from '../entities/program.ts';
import { ResultEntity } from '../entities/result.ts';
import { duplicate, validateResult, type NewResult } from '../mutations/record-result.ts';
import { EXPORTED, IMPORTED } from '@guantong/shared/bulk/audit';

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const result = await validateResult(ctx, resultInput(record), organizationId);
  const stored = (await ctx.loaders.resultsByStudent.load(result.studentId)).find((r) => r.courseCode === result.courseCode && r.term === result.term);
  if (stored && stored.score !== result.score) throw onScore(duplicate(result));
  return { value: result, unchanged: stored !== undefined };
}

async function write(em: EntityManager, ctx: Context, result: NewResult): Promise<RowOutcome> {
  const stored = await em.findOneBy(ResultEntity, { studentId: result.studentId, courseCode: result.courseCode, term: result.term });
  if (stored) {
    if (stored.score !== result.score) throw onScore(duplicate(result));
    return 'unchanged';
  }
  await em.insert(ResultEntity, result);
  ctx.access.audit.record(result.studentId, 'RESULTS:import', IMPORTED);
  return 'written';
}

export const resultImport: ImportKind<Context, NewResult> = { name: 'results', columns: RESULT_COLUMNS, check, write };

async function courseCodesOf(ctx: Context, schoolId: string): Promise<string[]> {
  const programs = await ctx.db.getRepository(ProgramEntity).findBy({ schoolId });
  const courses = await ctx.db.getRepository(CourseEntity).findBy({ programCode: In(programs.map((p) => p.code)) });
  return courses.map((c) => c.code);
}

/** The results in the school's courses, by learner, course and term. */
export const resultExport: ExportKind<Context> = {
  name: 'results',
  columns: RESULT_COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const rows = await resultPage(ctx.db, ResultEntity, await courseCodesOf(ctx, organizationId), afterKey, limit);
    for (const { row } of rows) ctx.access.audit.record(row.studentId, 'RESULTS:export', EXPORTED);
    return rows;
  },
};
