/**
 * Creating and confirming resource packages. The parties are checked with the
 * institutions that own them (the college's agreement, the enterprise
 * catalogue) before the write, through the gateway as the caller.
 */
import { nowInstant } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, forbidden, notFound } from '@guantong/shared/errors';
import { requireData } from '@guantong/shared/peer-lookups';
import { requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { CreateResourcePackageInput } from '../generated/resolvers.ts';
import { requireModuleCode } from '../training/inputs.ts';
import { authorizeConfirm, authorizeCreate, readDecision } from './access.ts';
import { ResourcePackageEntity, type ResourcePackageRow } from './entities.ts';
import { organizationOf, recordAction, subjectOf } from './trail.ts';

interface Parties {
  articulationAgreement: { id: string; secondarySchoolId: string; college: { id: string } } | null;
  certificationOrganization: { id: string; kind: string } | null;
}

async function requireParties(ctx: Context, agreementId: string, coAuthorId: string): Promise<{ schoolId: string; collegeId: string }> {
  const data = requireData(await ctx.peers.ask('resourceParties', { agreementId, coAuthorId }), 'the agreement and the co-author') as unknown as Parties;
  const agreement = data.articulationAgreement;
  if (!agreement) throw badInput(`agreementId "${agreementId}" is not an articulation agreement on the hub, e.g. agr-net`, { field: 'agreementId' });
  if (data.certificationOrganization?.kind !== 'ENTERPRISE') throw badInput(`coAuthorId "${coAuthorId}" is not an enterprise on the hub: a package is co-authored with an enterprise, e.g. org-tianyi`, { field: 'coAuthorId' });
  return { schoolId: agreement.secondarySchoolId, collegeId: agreement.college.id };
}

export async function createResourcePackage(ctx: Context, input: CreateResourcePackageInput): Promise<ResourcePackageRow> {
  const moduleCode = requireModuleCode(input.moduleCode);
  const title = requireText(input.title, 'title');
  if (!(await ctx.loaders.moduleByCode.load(moduleCode))) throw badInput(`moduleCode "${moduleCode}" is not a certificate training module on the hub, e.g. X-NED-1-M1`, { field: 'moduleCode' });
  const authorId = organizationOf(ctx);
  if (!authorId || !/^(sch|col)-/.test(authorId)) throw forbidden('a resource package is created by staff of a school or college, for their own institution');
  const decision = authorizeCreate(ctx.actor, authorId);
  const { schoolId, collegeId } = await requireParties(ctx, input.agreementId, input.coAuthorId);
  if (authorId !== schoolId && authorId !== collegeId) throw forbidden(`${authorId} is not a party to agreement ${input.agreementId} (${schoolId}, ${collegeId}): only its school or its college author its packages`);
  const row: Omit<ResourcePackageRow, 'id'> = {
    moduleCode, agreementId: input.agreementId, agreementSchoolId: schoolId, agreementCollegeId: collegeId, title, status: 'DRAFT',
    authorId, coAuthorId: input.coAuthorId, createdBy: subjectOf(ctx), createdAt: nowInstant(), confirmedBy: null, confirmedAt: null,
  };
  const id = await writeTransaction(ctx.db, async (em) => {
    const { identifiers } = await em.insert(ResourcePackageEntity, row);
    const packageId = Number(identifiers[0].id);
    await recordAction(em, ctx, 'CREATE', decision, packageId);
    return packageId;
  });
  return { ...row, id };
}

/** A package the caller may see, or null (a draft is not admitted to exist to anyone but its co-authors). */
export async function visiblePackage(ctx: Context, rawId: string): Promise<ResourcePackageRow | null> {
  const id = Number(rawId);
  const row = Number.isSafeInteger(id) && id > 0 ? await ctx.loaders.resourcePackageById.load(id) : null;
  return row && readDecision(ctx.actor, row).allowed ? row : null;
}

/** A package the caller may see, or NOT_FOUND. */
export async function requireVisiblePackage(ctx: Context, rawId: string): Promise<ResourcePackageRow> {
  const row = await visiblePackage(ctx, rawId);
  if (!row) throw notFound(`there is no resource package ${rawId} that you may see`);
  return row;
}

export async function confirmResourcePackage(ctx: Context, rawId: string): Promise<ResourcePackageRow> {
  const row = await requireVisiblePackage(ctx, rawId);
  const decision = authorizeConfirm(ctx.actor, row);
  if ((await ctx.loaders.resourceFilesByPackage.load(row.id)).length === 0) throw badInput(`resource package ${row.id} has no files yet: upload its task book, training guide or scoring sheet before confirming it`);
  const confirmed = { status: 'PUBLISHED' as const, confirmedBy: subjectOf(ctx), confirmedAt: nowInstant() };
  await writeTransaction(ctx.db, async (em) => {
    // The conditional update settles two confirmations racing: one publishes, the other is told.
    const { affected } = await em.update(ResourcePackageEntity, { id: row.id, status: 'DRAFT' }, confirmed);
    if (!affected) throw conflict(`resource package ${row.id} is published already`);
    await recordAction(em, ctx, 'CONFIRM', decision, row.id);
  });
  ctx.loaders.resourcePackageById.clear(row.id);
  return { ...row, ...confirmed };
}

/** A module's newest published package, or null: what a learning report suggests as the module's resource. */
export async function newestPublishedPackage(ctx: Context, moduleCode: string): Promise<ResourcePackageRow | null> {
  const published = (await ctx.loaders.resourcePackagesByModule.load(moduleCode)).filter((row) => row.status === 'PUBLISHED');
  return published.length ? published.reduce((a, b) => ((b.confirmedAt ?? '') > (a.confirmedAt ?? '') || ((b.confirmedAt ?? '') === (a.confirmedAt ?? '') && b.id > a.id) ? b : a)) : null;
}
