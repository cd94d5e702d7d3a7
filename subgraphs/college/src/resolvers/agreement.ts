import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { ArticulationAgreementResolvers } from '../generated/resolvers.ts';
import { requirementsOn, versionsOf } from '../decisions/requirement-versions.ts';
import { present } from './integrity.ts';
import { todayInChina } from '@guantong/shared/clock';
import type { AgreementFacts } from '../curriculum/facts.ts';
import { curriculumAgreementFields } from './curriculum-agreement.ts';

export const ArticulationAgreement: ArticulationAgreementResolvers = {
  // The representation may carry the facts the curriculum reports @require
  // (the school's mapping, content units, learners' certificates): kept for
  // those fields alone, which decide who may see what they compute.
  async __resolveReference(reference, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const row = await ctx.loaders.agreementById.load(reference.id);
    return row && { ...row, facts: reference as AgreementFacts };
  },
  college: async (agreement, _args, ctx) => present(await ctx.loaders.collegeById.load(agreement.collegeId), `college ${agreement.collegeId}`),
  collegeProgram: async (agreement, _args, ctx) =>
    present(await ctx.loaders.programByCode.load(agreement.collegeProgramCode), `programme ${agreement.collegeProgramCode}`),
  // Owned by the secondary subgraph (resolvable: false): the gateway fetches
  // its fields there from this key.
  secondaryProgram: (agreement) => ({ code: agreement.secondaryProgramCode }),
  /** The version in force today; requirementVersions lists them all. */
  async progressionRequirements(agreement, _args, ctx) {
    const [rows, versions] = await Promise.all([ctx.loaders.requirementsByAgreement.load(agreement.id), ctx.loaders.requirementVersionsByAgreement.load(agreement.id)]);
    return requirementsOn(rows, versions, todayInChina()).requirements;
  },
  async requirementVersions(agreement, args, ctx) {
    const [rows, versions] = await Promise.all([ctx.loaders.requirementsByAgreement.load(agreement.id), ctx.loaders.requirementVersionsByAgreement.load(agreement.id)]);
    return pageInOrder(versionsOf(agreement.effectiveFrom, rows, versions), args);
  },
  ...curriculumAgreementFields,
};
