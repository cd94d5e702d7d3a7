import { authorize } from '@guantong/shared/policy';
import { pageOf } from '@guantong/shared/paging';
import { caseJsonOf } from '../competencies/store.ts';
import type { CompetencyAssociationResolvers, CompetencyFrameworkResolvers, CompetencyItemResolvers, CompetencyNodeResolvers } from '../generated/resolvers.ts';
import { associationRecord } from '../competencies/store.ts';
import { present } from './integrity.ts';

/** Frameworks are public catalogue: every read is a catalogue read. */
export const CompetencyFramework: CompetencyFrameworkResolvers = {
  agreement: async (framework, _args, ctx) => present(await ctx.loaders.agreementById.load(framework.agreementId), `agreement ${framework.agreementId}`),
  async items(framework, { kind, first, after }, ctx) {
    const items = await ctx.loaders.itemsByFramework.load(framework.id);
    const listed = kind ? items.filter((i) => i.kind === kind) : items;
    return pageOf(listed, (i) => String(i.listOrder).padStart(6, '0'), { first, after }, 50);
  },
  async associations(framework, { first, after }, ctx) {
    return pageOf(await ctx.loaders.associationsByFramework.load(framework.id), (a) => String(a.sequence).padStart(6, '0'), { first, after }, 50);
  },
  caseJson: (framework, _args, ctx) => caseJsonOf(ctx, framework),
};

export const CompetencyItem: CompetencyItemResolvers = {
  __resolveReference(reference, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.itemById.load(reference.id);
  },
  framework: async (item, _args, ctx) => present(await ctx.loaders.frameworkById.load(item.frameworkId), `framework ${item.frameworkId}`),
};

export const CompetencyAssociation: CompetencyAssociationResolvers = {
  origin: (association) => associationRecord(association).origin,
  destination: (association) => associationRecord(association).destination,
};

export const CompetencyNode: CompetencyNodeResolvers = {
  item: (node, _args, ctx) => ctx.loaders.itemById.load(node.id),
};
