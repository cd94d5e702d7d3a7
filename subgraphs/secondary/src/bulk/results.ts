/**
 * The results part of the secondary bundle: the columns of RecordResultInput.
 * The natural key is learner, course and term; a stored result with the same
 * score is unchanged, and one with another score is the mutation's CONFLICT
 * (recorded results are not overwritten).
 */
import { Brackets, In, type EntityManager } from 'typeorm';
import { numberIn, requiredText, type CsvRecord, type ImportKind, type RowOutcome } from '@guantong/shared/bulk/kind';
import type { ExportKind } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { CourseEntity } from '../entities/course.ts';
import { ProgramEntity } from '../entities/program.ts';
import { ResultEntity } from '../entities/result.ts';
import { duplicate, validateResult, type NewResult } from '../mutations/record-result.ts';
import { EXPORTED, IMPORTED } from './audit.ts';

const COLUMNS = ['studentId', 'courseCode', 'term', 'score'] as const;

/** The mutation's CONFLICT for a result already recorded, pointed at the score that differs. */
const onScore = (result: NewResult) => {
  const err = duplicate(result);
  return Object.assign(err, { extensions: { ...err.extensions, field: 'score' } });
};

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const result = await validateResult(ctx, {
    studentId: requiredText(record, 'studentId'), courseCode: requiredText(record, 'courseCode'), term: requiredText(record, 'term'), score: numberIn(record, 'score'),
  }, organizationId);
  const stored = (await ctx.loaders.resultsByStudent.load(result.studentId)).find((r) => r.courseCode === result.courseCode && r.term === result.term);
  if (stored && stored.score !== result.score) throw onScore(result);
  return { value: result, unchanged: stored !== undefined };
}

async function write(em: EntityManager, ctx: Context, result: NewResult): Promise<RowOutcome> {
  const stored = await em.findOneBy(ResultEntity, { studentId: result.studentId, courseCode: result.courseCode, term: result.term });
  if (stored) {
    if (stored.score !== result.score) throw onScore(result);
    return 'unchanged';
  }
  await em.insert(ResultEntity, result);
  ctx.access.audit.record(result.studentId, 'RESULTS:import', IMPORTED);
  return 'written';
}

export const resultImport: ImportKind<Context, NewResult> = { name: 'results', columns: COLUMNS, check, write };

async function courseCodesOf(ctx: Context, schoolId: string): Promise<string[]> {
  const programs = await ctx.db.getRepository(ProgramEntity).findBy({ schoolId });
  const courses = await ctx.db.getRepository(CourseEntity).findBy({ programCode: In(programs.map((p) => p.code)) });
  return courses.map((c) => c.code);
}

/** The results in the school's courses, by learner, course and term. */
export const resultExport: ExportKind<Context> = {
  name: 'results',
  columns: COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const codes = await courseCodesOf(ctx, organizationId);
    if (codes.length === 0) return [];
    const query = ctx.db.getRepository(ResultEntity).createQueryBuilder('r').where('r.course_code IN (:...codes)', { codes });
    if (afterKey) {
      const [studentId, courseCode, term] = JSON.parse(afterKey) as string[];
      query.andWhere(new Brackets((q) => q
        .where('r.student_id > :studentId', { studentId })
        .orWhere('r.student_id = :studentId AND r.course_code > :courseCode', { courseCode })
        .orWhere('r.student_id = :studentId AND r.course_code = :courseCode AND r.term > :term', { term })));
    }
    const rows = await query.orderBy('r.student_id', 'ASC').addOrderBy('r.course_code', 'ASC').addOrderBy('r.term', 'ASC').take(limit).getMany();
    return rows.map((r) => {
      ctx.access.audit.record(r.studentId, 'RESULTS:export', EXPORTED);
      return { key: JSON.stringify([r.studentId, r.courseCode, r.term]), record: { studentId: r.studentId, courseCode: r.courseCode, term: r.term, score: String(r.score) } };
    });
  },
};
