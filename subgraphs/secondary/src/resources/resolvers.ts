/** GraphQL for resource packages; file bodies go over HTTP (routes.ts). */
import { pageInOrder, type PageArgs } from '@guantong/shared/paging';
import { badInput } from '@guantong/shared/errors';
import type { CertificateModuleResolvers, MutationResolvers, QueryResolvers, ResourceFileResolvers, ResourcePackageResolvers } from '../generated/resolvers.ts';
import type { Context } from '../context.ts';
import { requireModuleCode } from '../training/inputs.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { readDecision } from './access.ts';
import { FILE_KINDS, type ResourceFileRow } from './entities.ts';
import { confirmResourcePackage, createResourcePackage, visiblePackage } from './packages.ts';
import type { ResourceFileView } from './views.ts';

/** Where the gateway serves a version's bytes. */
export const downloadPath = (fileId: number, version: number): string => `/files/secondary/files/${fileId}/versions/${version}`;

/** The module's packages the caller may see (others are left out, not refused: the caller did not name them). */
async function visiblePackages(ctx: Context, moduleCode: string, agreementId: string | null | undefined, page: PageArgs) {
  const rows = await ctx.loaders.resourcePackagesByModule.load(moduleCode);
  const visible = rows.filter((row) => (agreementId == null || row.agreementId === agreementId) && readDecision(ctx.actor, row).allowed);
  return pageInOrder(visible, page, 20);
}

async function versionsOf(ctx: Context, file: ResourceFileRow): Promise<ResourceFileView[]> {
  return (await ctx.loaders.resourceVersionsByFile.load(file.id)).map((v) => ({ ...v, kind: file.kind, packageId: file.packageId }));
}

export const resourceQueries: Pick<QueryResolvers, 'resourcePackages' | 'resourcePackage'> = {
  async resourcePackages(_parent, { moduleCode, agreementId, ...page }, ctx) {
    const code = requireModuleCode(moduleCode);
    if (!(await ctx.loaders.moduleByCode.load(code))) throw badInput(`moduleCode "${code}" is not a certificate training module on the hub, e.g. X-NED-1-M1`, { field: 'moduleCode' });
    return visiblePackages(ctx, code, agreementId, page);
  },
  resourcePackage: (_parent, { id }, ctx) => visiblePackage(ctx, id),
};

export const resourceMutations: Pick<MutationResolvers, 'createResourcePackage' | 'confirmResourcePackage'> = {
  createResourcePackage: (_parent, { input }, ctx) => createResourcePackage(ctx, input),
  confirmResourcePackage: (_parent, { id }, ctx) => confirmResourcePackage(ctx, id),
};

export const CertificateModuleResources: Pick<CertificateModuleResolvers, 'resourcePackages'> = {
  resourcePackages: (module, page, ctx) => visiblePackages(ctx, module.code, null, page),
};

export const ResourcePackage: ResourcePackageResolvers = {
  id: (row) => String(row.id),
  module: async (row, _args, ctx) => requireRow(await ctx.loaders.moduleByCode.load(row.moduleCode), 'module', row.moduleCode),
  downloads: (row, _args, ctx) => ctx.loaders.downloadsByPackage.load(row.id),
  async files(row, page, ctx) {
    const files = [...(await ctx.loaders.resourceFilesByPackage.load(row.id))].sort((a, b) => FILE_KINDS.indexOf(a.kind) - FILE_KINDS.indexOf(b.kind));
    const newest = await Promise.all(files.map(async (file) => (await versionsOf(ctx, file))[0]));
    return pageInOrder(newest.filter((v) => v !== undefined), page, 20);
  },
};

export const ResourceFile: ResourceFileResolvers = {
  id: (view) => String(view.fileId),
  downloads: (view, _args, ctx) => ctx.loaders.downloadsByVersion.load(view.id),
  downloadPath: (view) => downloadPath(view.fileId, view.version),
  versions: async (view, page, ctx) => pageInOrder(await versionsOf(ctx, { id: view.fileId, packageId: view.packageId, kind: view.kind, latestVersion: 0 }), page, 20),
};
