/**
 * Query.issuingReport: an organisation's awards, revocations and exam sessions
 * per standard and month, for the supervisor and the organisation itself.
 * Three grouped statements count everything in the database, whatever the
 * number of standards, months or awards, and one reads the standards: the
 * rows a report holds are standards × months, never awards.
 */
import { authorize } from '@guantong/shared/policy';
import { badInput, notFound } from '@guantong/shared/errors';
import { todayInChina } from '@guantong/shared/clock';
import { compareText } from '@guantong/shared/loaders';
import type { DataSource } from 'typeorm';
import type { Context } from '../context.ts';
import { StandardEntity } from '../entities/standard.ts';
import { addMonths, issuingMonths, NO_COUNTS, reportRange, TRAILING_MONTHS, totalsOf, type IssuingMonthRow, type MonthCounts } from './report.ts';

export interface IssuingReportView {
  organizationId: string;
  from: string;
  to: string;
  totals: IssuingMonthRow[];
  /** Standards × months, ordered by standard code, then month. */
  rows: IssuingMonthRow[];
}

type Counted = { code: string; month: string; a: string | number; b?: string | number | null };
type Series = Map<string, Map<string, MonthCounts>>;

/**
 * One statement: per standard of the organisation and month of `dateColumn`
 * within the days, `measure` (and `second`) summed. Months are the first seven
 * characters of the ISO date, the same on SQLite and MariaDB.
 */
function grouped(db: DataSource, table: string, dateColumn: string, measures: string[], organizationId: string, since: string, before: string): Promise<Counted[]> {
  const month = `SUBSTR(t.${dateColumn}, 1, 7)`;
  const query = db
    .createQueryBuilder()
    .select('t.standard_code', 'code')
    .addSelect(month, 'month')
    .from(table, 't')
    .innerJoin('certificate_standard', 's', 's.code = t.standard_code')
    .where('s.issuer_id = :organizationId', { organizationId })
    .andWhere(`t.${dateColumn} >= :since`, { since })
    .andWhere(`t.${dateColumn} < :before`, { before })
    .groupBy('t.standard_code')
    .addGroupBy(month);
  measures.forEach((measure, i) => query.addSelect(measure, i === 0 ? 'a' : 'b'));
  return query.getRawMany<Counted>();
}

/** Adds counted rows to the series, through `apply`, which says which counts they are. */
function addTo(series: Series, rows: readonly Counted[], apply: (counts: MonthCounts, row: Counted) => MonthCounts): void {
  for (const row of rows) {
    const months = series.get(row.code) ?? new Map<string, MonthCounts>();
    series.set(row.code, months);
    months.set(row.month, apply(months.get(row.month) ?? NO_COUNTS, row));
  }
}

export async function issuingReport(ctx: Context, organizationId: string, from: string | null, to: string | null): Promise<IssuingReportView> {
  authorize(ctx.actor, { action: 'org:read', organizationId, staffRole: 'ENTERPRISE_STAFF' });
  const range = reportRange(from, to, todayInChina());
  if ('message' in range) throw badInput(range.message, { field: range.field });
  // The months before `from` count too: the first months' trailing averages look back at them.
  const since = `${addMonths(range.from, -TRAILING_MONTHS)}-01`;
  const before = `${addMonths(range.to, 1)}-01`;
  const window = [organizationId, since, before] as const;
  const [organization, standards, awards, revocations, sessions] = await Promise.all([
    ctx.loaders.organizationById.load(organizationId),
    ctx.db.getRepository(StandardEntity).findBy({ issuerId: organizationId }),
    grouped(ctx.db, 'certificate_award', 'issued_on', ['COUNT(*)'], ...window),
    grouped(ctx.db, 'certificate_award', 'revoked_on', ['COUNT(*)'], ...window),
    grouped(ctx.db, 'certificate_exam_session', 'held_on', ['SUM(t.candidates)', 'SUM(t.passed)'], ...window),
  ]);
  if (!organization) throw notFound(`no organisation ${organizationId} on the hub; see certificationOrganizations`);
  const series: Series = new Map();
  addTo(series, awards, (counts, row) => ({ ...counts, awards: Number(row.a) }));
  addTo(series, revocations, (counts, row) => ({ ...counts, revocations: Number(row.a) }));
  addTo(series, sessions, (counts, row) => ({ ...counts, candidates: Number(row.a), passed: Number(row.b) }));
  const codes = standards.map((standard) => standard.code).sort(compareText);
  for (const standard of standards) ctx.loaders.standardByCode.prime(standard.code, standard);
  return {
    organizationId,
    ...range,
    totals: issuingMonths(null, totalsOf(series.values()), range.from, range.to),
    rows: codes.flatMap((code) => issuingMonths(code, series.get(code) ?? new Map(), range.from, range.to)),
  };
}
