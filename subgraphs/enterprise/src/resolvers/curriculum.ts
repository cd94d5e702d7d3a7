/** Content units and job positions: public catalogue, plus the internal facts the college's reports require. */
import { pageInOrder, pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { addJobPosition, defineContentUnits } from '../curriculum/service.ts';
import type { ContentUnitRow, JobRequirementRow } from '../entities/curriculum.ts';
import type {
  CertificateAwardResolvers, CertificateStandardResolvers, ContentUnitResolvers, JobPositionResolvers, JobRequirementResolvers, MutationResolvers, QueryResolvers,
} from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import { JobPositionEntity } from '../entities/curriculum.ts';
import { requireRow } from './require-row.ts';

export type ContentUnitView = ContentUnitRow & { itemIds: string[]; share: number };

/** A standard's units with the items each assesses and its share of the standard: two statements for every standard of the request. */
async function unitsOf(ctx: Context, standardCode: string): Promise<ContentUnitView[]> {
  const [units, items] = await Promise.all([ctx.loaders.unitsByStandard.load(standardCode), ctx.loaders.unitItemsByStandard.load(standardCode)]);
  const total = units.reduce((sum, u) => sum + u.weight, 0);
  return units.map((u) => ({ ...u, itemIds: items.filter((i) => i.unitCode === u.code).map((i) => i.itemId), share: total > 0 ? u.weight / total : 0 }));
}

export const curriculumStandardFields: CertificateStandardResolvers = {
  contentUnits: async (standard, args, ctx) => pageOf(await unitsOf(ctx, standard.code), (u) => String(u.sequence).padStart(6, '0'), args, 50),
  // Internal (@inaccessible): the college's reports @require it.
  contentUnitFacts: async (standard, _args, ctx) => (await unitsOf(ctx, standard.code)).map((u) => ({ ...u })),
};

export const curriculumAwardFields: CertificateAwardResolvers = {
  holderId: (award) => award.studentId,
};

export const ContentUnit: ContentUnitResolvers = {
  assesses: (unit) => unit.itemIds.map((id) => ({ id })),
};

const requiredFirst = (a: JobRequirementRow, b: JobRequirementRow) => Number(b.essential) - Number(a.essential) || a.id - b.id;

export const JobPosition: JobPositionResolvers = {
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.jobPositionById.load(ref.id);
  },
  employer: async (p, _args, ctx) => requireRow(await ctx.loaders.organizationById.load(p.employerId), 'organisation', p.employerId),
  requirements: async (p, args, ctx) => pageInOrder([...(await ctx.loaders.requirementsByPosition.load(p.id))].sort(requiredFirst), args, 50),
  requirementFacts: async (p, _args, ctx) => (await ctx.loaders.requirementsByPosition.load(p.id)).map((r) => ({ ...r })),
};

export const JobRequirement: JobRequirementResolvers = {
  competency: (r) => (r.itemId === null ? null : { id: r.itemId }),
  certificate: async (r, _args, ctx) => (r.standardCode === null ? null : ctx.loaders.standardByCode.load(r.standardCode)),
};

export const curriculumQueries: QueryResolvers = {
  async jobPositions(_parent, { employerId, first, after }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const positions = await ctx.db.getRepository(JobPositionEntity).find(employerId ? { where: { employerId } } : {});
    return pageOf(positions, (p) => p.id, { first, after });
  },
  jobPosition(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.jobPositionById.load(id);
  },
};

export const curriculumMutations: MutationResolvers = {
  defineContentUnits: (_parent, { standardCode, units }, ctx) => defineContentUnits(ctx, standardCode, units),
  addJobPosition: (_parent, { input }, ctx) => addJobPosition(ctx, input),
};
