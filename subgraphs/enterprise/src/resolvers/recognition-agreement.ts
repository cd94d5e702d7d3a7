import { pageInOrder } from '@guantong/shared/paging';
import { requireDate } from '@guantong/shared/validation';
import { todayInChina } from '@guantong/shared/clock';
import type { RecognitionAgreementResolvers, RecognitionEventResolvers } from '../generated/resolvers.ts';
import { countsOn } from '../agreements/terms.ts';
import { requireRow } from './require-row.ts';

/**
 * An agreement reaches these resolvers only through recognitionAgreement(s),
 * which checked that the caller is a party or an administrator, or from a
 * step the caller was allowed to take; its fields need no check of their own.
 */
export const RecognitionAgreement: RecognitionAgreementResolvers = {
  from: async (row, _args, ctx) => requireRow(await ctx.loaders.standardByCode.load(row.fromCode), 'certificate standard', row.fromCode),
  to: async (row, _args, ctx) => requireRow(await ctx.loaders.standardByCode.load(row.toCode), 'certificate standard', row.toCode),
  direction: (row) => (row.mutual ? 'MUTUAL' : 'ONE_WAY'),
  proposedBy: async (row, _args, ctx) => requireRow(await ctx.loaders.organizationById.load(row.proposerOrgId), 'organisation', row.proposerOrgId),
  counterpart: async (row, _args, ctx) => requireRow(await ctx.loaders.organizationById.load(row.counterpartOrgId), 'organisation', row.counterpartOrgId),
  countsOn: (row, { on }) => countsOn(row, on == null ? todayInChina() : requireDate(on, 'on')),
  history: async (row, args, ctx) => pageInOrder(await ctx.loaders.eventsByAgreement.load(row.id), args, 50),
};

export const RecognitionEvent: RecognitionEventResolvers = {
  organization: async (event, _args, ctx) => requireRow(await ctx.loaders.organizationById.load(event.organizationId), 'organisation', event.organizationId),
};
