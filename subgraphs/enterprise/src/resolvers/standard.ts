import { authorize } from '@guantong/shared/policy';
import { requireDate } from '@guantong/shared/validation';
import type { CertificateStandardResolvers } from '../generated/resolvers.ts';
import { inForceOn } from '../agreements/terms.ts';
import { requireRow } from './require-row.ts';
import { curriculumStandardFields } from './curriculum.ts';

export const CertificateStandard: CertificateStandardResolvers = {
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.standardByCode.load(ref.code);
  },
  issuer: async (standard, _args, ctx) =>
    requireRow(await ctx.loaders.organizationById.load(standard.issuerId), 'organisation', standard.issuerId),
  /**
   * Every standard of the request shares one statement; `activeOn` filters in
   * memory, so asking for a date costs nothing more.
   */
  async recognitions(standard, { activeOn }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const day = activeOn == null ? null : requireDate(activeOn, 'activeOn');
    const views = await ctx.loaders.recognitionsByStandard.load(standard.code);
    return day === null ? views : views.filter((view) => inForceOn(view.agreement, day));
  },
  /** Two batched statements for every standard of the request: the rungs, then the standards they name. */
  async prerequisites(standard, _args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const rungs = await ctx.loaders.prerequisitesByStandard.load(standard.code);
    const required = await ctx.loaders.standardByCode.loadMany(rungs.map((rung) => rung.requiresCode));
    return required.map((row, i) => {
      if (row instanceof Error) throw row;
      return requireRow(row, 'certificate standard', rungs[i]?.requiresCode ?? '');
    });
  },
  ...curriculumStandardFields,
};
