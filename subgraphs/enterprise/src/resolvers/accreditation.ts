import { pageInOrder } from '@guantong/shared/paging';
import { decide } from '@guantong/shared/policy';
import { todayInChina } from '@guantong/shared/clock';
import { requireDate } from '@guantong/shared/validation';
import { compareText } from '@guantong/shared/loaders';
import { standingOn } from '../accreditation/standing.ts';
import { activePeriods } from '../accreditation/timeline.ts';
import { decodeCursor, pageOf, requirePageSize } from '../accreditation/paging.ts';
import { JUMP_MINIMUM, JUMP_MULTIPLE, TRAILING_MONTHS, isMonth } from '../accreditation/report.ts';
import type {
  AccreditationCheckResolvers,
  AccreditationEventResolvers,
  AccreditationResolvers,
  ExamSessionResolvers,
  IssuingMonthResolvers,
  IssuingReportResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import { requireRow } from './require-row.ts';

const organization = async (id: string, ctx: Context) => requireRow(await ctx.loaders.organizationById.load(id), 'organisation', id);
const standard = async (code: string, ctx: Context) => requireRow(await ctx.loaders.standardByCode.load(code), 'certificate standard', code);

/** Accreditations are public, like the catalogue; only who decided is kept to administrators. */
export const Accreditation: AccreditationResolvers = {
  organization: (row, _args, ctx) => organization(row.organizationId, ctx),
  standard: (row, _args, ctx) => standard(row.standardCode, ctx),
  standingOn(row, { on }) {
    const day = on == null ? todayInChina() : requireDate(on, 'on');
    return standingOn([row], { organizationId: row.organizationId, standardCode: row.standardCode, day }, true).standing;
  },
  activePeriods: (row, args) => pageInOrder(activePeriods(row), args),
  history: (row, args) => pageInOrder(row.events, args, 50),
};

export const AccreditationEvent: AccreditationEventResolvers = {
  actorSubject: (event, _args, ctx) => (decide(ctx.actor, { action: 'supervision:write' }).allowed ? event.actorSubject : null),
};

export const AccreditationCheck: AccreditationCheckResolvers = {
  organization: (check, _args, ctx) => organization(check.organizationId, ctx),
  standard: (check, _args, ctx) => standard(check.standardCode, ctx),
};

export const ExamSession: ExamSessionResolvers = {
  standard: (row, _args, ctx) => standard(row.standardCode, ctx),
};

const MAX_REPORT_PAGE = 500;
/** A report row's key: the month, then the standard's code (codes may hold any character but a line break). */
const rowKey = (row: { standardCode: string | null; month: string }) => `${row.month}\n${row.standardCode ?? ''}`;
const isRowKey = (key: string) => /^\d{4}-\d{2}\n[^\n]+$/.test(key) && isMonth(key.slice(0, 7));
/** Rows after the key, in the report's order: standard code, then month. */
const after = (key: string) => (row: { standardCode: string | null; month: string }) =>
  (compareText(row.standardCode ?? '', key.slice(8)) || compareText(row.month, key.slice(0, 7))) > 0;

export const IssuingReport: IssuingReportResolvers = {
  organization: (report, _args, ctx) => organization(report.organizationId, ctx),
  jumpMultiple: () => JUMP_MULTIPLE,
  jumpMinimum: () => JUMP_MINIMUM,
  trailingMonths: () => TRAILING_MONTHS,
  byStandard(report, args) {
    const size = requirePageSize(args.first ?? 100, MAX_REPORT_PAGE);
    const key = args.after == null ? null : decodeCursor(args.after, isRowKey);
    const rest = key === null ? report.rows : report.rows.filter(after(key));
    return pageOf(rest.slice(0, size + 1), size, { totalCount: report.rows.length, hasPreviousPage: rest.length < report.rows.length }, rowKey);
  },
};

export const IssuingMonth: IssuingMonthResolvers = {
  standard: (row, _args, ctx) => (row.standardCode === null ? null : standard(row.standardCode, ctx)),
};
