/**
 * What the secondary and college results parts share: the columns of
 * RecordResultInput, the CSV record to input, and an export page ordered by
 * the natural key (learner, course, term), so two exports of the same rows are
 * identical whatever order they were written in.
 */
import { Brackets, type DataSource, type EntityTarget } from 'typeorm';
import { numberIn, requiredText, type CsvRecord } from './kind.ts';
import type { ExportRow } from './setup.ts';

export const RESULT_COLUMNS = ['studentId', 'courseCode', 'term', 'score'] as const;

export interface ResultFields {
  studentId: string;
  courseCode: string;
  term: string;
  score: number;
}

export function resultInput(record: CsvRecord): ResultFields {
  return { studentId: requiredText(record, 'studentId'), courseCode: requiredText(record, 'courseCode'), term: requiredText(record, 'term'), score: numberIn(record, 'score') };
}

/** The mutation's CONFLICT for a result already recorded with another score, pointed at the score column. */
export function onScore<E extends Error & { extensions: object }>(err: E): E {
  return Object.assign(err, { extensions: { ...err.extensions, field: 'score' } });
}

/** Up to `limit` results in `courseCodes` after `afterKey`, by learner, course and term (columns student_id, course_code, term). */
export async function resultPage(db: DataSource, target: EntityTarget<ResultFields>, courseCodes: readonly string[], afterKey: string | null, limit: number): Promise<(ExportRow & { row: ResultFields })[]> {
  if (courseCodes.length === 0) return [];
  const query = db.getRepository(target).createQueryBuilder('r').where('r.course_code IN (:...codes)', { codes: courseCodes });
  if (afterKey) {
    const [studentId, courseCode, term] = JSON.parse(afterKey) as string[];
    query.andWhere(new Brackets((q) => q
      .where('r.student_id > :studentId', { studentId })
      .orWhere('r.student_id = :studentId AND r.course_code > :courseCode', { courseCode })
      .orWhere('r.student_id = :studentId AND r.course_code = :courseCode AND r.term > :term', { term })));
  }
  const rows = await query.orderBy('r.student_id', 'ASC').addOrderBy('r.course_code', 'ASC').addOrderBy('r.term', 'ASC').take(limit).getMany();
  return rows.map((r) => ({
    row: r,
    key: JSON.stringify([r.studentId, r.courseCode, r.term]),
    record: { studentId: r.studentId, courseCode: r.courseCode, term: r.term, score: String(r.score) },
  }));
}
