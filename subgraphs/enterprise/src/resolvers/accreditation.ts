import { decide } from '@guantong/shared/policy';
import { todayInChina } from '@guantong/shared/clock';
import { requireDate } from '@guantong/shared/validation';
import { standingOn } from '../accreditation/standing.ts';
import { activePeriods } from '../accreditation/timeline.ts';
import type {
  AccreditationCheckResolvers,
  AccreditationEventResolvers,
  AccreditationResolvers,
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
  activePeriods: (row) => activePeriods(row),
  history: (row) => row.events,
};

export const AccreditationEvent: AccreditationEventResolvers = {
  actorSubject: (event, _args, ctx) => (decide(ctx.actor, { action: 'supervision:write' }).allowed ? event.actorSubject : null),
};

export const AccreditationCheck: AccreditationCheckResolvers = {
  organization: (check, _args, ctx) => organization(check.organizationId, ctx),
  standard: (check, _args, ctx) => standard(check.standardCode, ctx),
};
