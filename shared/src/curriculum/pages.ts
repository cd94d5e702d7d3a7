/**
 * A course's mapping rows as the school's and the college's GraphQL fields
 * page them: with `on`, the rows in force that day; otherwise every row,
 * history included, by start.
 */
import { badInput } from '../errors.ts';
import { isIsoDate } from '../validation.ts';
import { pageOf, numericKey, type Page, type PageArgs } from '../paging.ts';
import type { CourseCompetencyRow, CourseContentRow } from './entities.ts';

type Dated = { effectiveFrom: string; effectiveTo: string | null; id: number };
type Args = PageArgs & { on?: string | null };

function filtered<T extends Dated>(rows: readonly T[], on: string | null | undefined): readonly T[] {
  if (on == null) return rows;
  if (!isIsoDate(on)) throw badInput(`on must be a calendar date written YYYY-MM-DD, got "${on}"`, { field: 'on' });
  return rows.filter((r) => r.effectiveFrom <= on && (r.effectiveTo === null || on <= r.effectiveTo));
}

const key = (r: Dated) => `${r.effectiveFrom}|${numericKey(r.id)}`;

export const mappingFields = {
  competencies: (rows: readonly CourseCompetencyRow[], args: Args): Page<CourseCompetencyRow> => pageOf(filtered(rows, args.on), key, args, 50),
  content: (rows: readonly CourseContentRow[], args: Args): Page<CourseContentRow> => pageOf(filtered(rows, args.on), key, args, 50),
};
