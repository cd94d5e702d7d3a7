import { authorize } from '@guantong/shared/policy';
import type { ArticulationAgreementResolvers } from '../generated/resolvers.ts';
import { present } from '../integrity.ts';

export const ArticulationAgreement: ArticulationAgreementResolvers = {
  __resolveReference(reference, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.agreementById.load(reference.id);
  },
  college: async (agreement, _args, ctx) => present(await ctx.loaders.collegeById.load(agreement.collegeId), `college ${agreement.collegeId}`),
  collegeProgram: async (agreement, _args, ctx) =>
    present(await ctx.loaders.programByCode.load(agreement.collegeProgramCode), `programme ${agreement.collegeProgramCode}`),
  // Owned by the secondary subgraph (resolvable: false): the gateway fetches
  // its fields there from this key.
  secondaryProgram: (agreement) => ({ code: agreement.secondaryProgramCode }),
  progressionRequirements: (agreement, _args, ctx) => ctx.loaders.requirementsByAgreement.load(agreement.id),
};
