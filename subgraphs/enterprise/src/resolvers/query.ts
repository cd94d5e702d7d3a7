import { pageOf } from '@guantong/shared/paging';
import { curriculumQueries } from './curriculum.ts';
import { authorize } from '@guantong/shared/policy';
import { OrganizationEntity } from '../entities/organization.ts';
import { StandardEntity } from '../entities/standard.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { verifyCertificate } from '../certificates/verification.ts';
import { agreementQueries } from './agreement-queries.ts';
import { accreditationQueries } from './accreditation-queries.ts';

/**
 * Catalogue entry points: standards and organisations are public, anonymous
 * callers included. `verifyCertificate` checks one award for any signed-in caller.
 */
export const Query: QueryResolvers = {
  certificateStandard(_parent, { code }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.standardByCode.load(code);
  },
  async certificateStandards(_parent, { kind, ...page }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const where = kind ? { kind } : {};
    const standards = await ctx.db.getRepository(StandardEntity).findBy(where);
    // Relations and references later in the request reuse these rows.
    for (const standard of standards) ctx.loaders.standardByCode.prime(standard.code, standard);
    return pageOf(standards, (standard) => standard.code, page, 50);
  },
  async certificationOrganization(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const organization = await ctx.loaders.organizationById.load(id);
    // MariaDB ignores trailing spaces when it compares; the id must match exactly.
    return organization?.id === id ? organization : null;
  },
  async certificationOrganizations(_parent, args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const organizations = await ctx.db.getRepository(OrganizationEntity).find();
    for (const organization of organizations) ctx.loaders.organizationById.prime(organization.id, organization);
    return pageOf(organizations, (organization) => organization.id, args, 50);
  },
  verifyCertificate: (_parent, { serial, holderName }, ctx) => verifyCertificate(ctx, serial, holderName),
  ...agreementQueries,
  ...accreditationQueries,
  ...curriculumQueries,
};
