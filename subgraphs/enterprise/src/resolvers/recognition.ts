import type { RecognitionResolvers } from '../generated/resolvers.ts';
import { requireRow } from './require-row.ts';

/** An agreement as seen from the standard it was listed on; `counterpart` is the other end. */
export const Recognition: RecognitionResolvers = {
  id: (view) => view.agreement.id,
  counterpart: async (view, _args, ctx) =>
    requireRow(await ctx.loaders.standardByCode.load(view.counterpartCode), 'certificate standard', view.counterpartCode),
  mutual: (view) => view.agreement.mutual,
  effectiveFrom: (view) => view.agreement.effectiveFrom,
  effectiveTo: (view) => view.agreement.effectiveTo,
  basis: (view) => view.agreement.basis,
};
