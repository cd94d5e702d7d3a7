/**
 * Serving a version's bytes: the download is counted and entered in the
 * package trail in one transaction before the first byte leaves.
 */
import type { Readable } from 'node:stream';
import { nowInstant } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { notFound } from '@guantong/shared/errors';
import type { ObjectStore } from '@guantong/shared/object-store/index';
import type { Context } from '../context.ts';
import { authorizeRead } from './access.ts';
import { ResourceDownloadEntity, ResourceFileEntity, ResourceFileVersionEntity, type ResourceFileVersionRow } from './entities.ts';
import { visiblePackage } from './packages.ts';
import { organizationOf, recordAction, subjectOf } from './trail.ts';

export async function downloadVersion(ctx: Context, store: ObjectStore, fileId: number, versionNumber: number): Promise<{ version: ResourceFileVersionRow; body: Readable }> {
  const missing = () => notFound(`there is no version ${versionNumber} of resource file ${fileId} that you may download`);
  const file = await ctx.db.getRepository(ResourceFileEntity).findOneBy({ id: fileId });
  if (!file) throw missing();
  const pkg = await visiblePackage(ctx, String(file.packageId));
  if (!pkg) throw missing();
  const decision = authorizeRead(ctx.actor, pkg);
  const version = await ctx.db.getRepository(ResourceFileVersionEntity).findOneBy({ fileId, version: versionNumber });
  if (!version) throw missing();
  const body = await store.get(version.objectKey);
  if (!body) throw new Error(`the object store has lost ${version.objectKey}`);
  try {
    await writeTransaction(ctx.db, async (em) => {
      await em.insert(ResourceDownloadEntity, { versionId: version.id, packageId: pkg.id, organizationId: organizationOf(ctx), actorSubject: subjectOf(ctx), at: nowInstant() });
      await recordAction(em, ctx, 'DOWNLOAD', decision, pkg.id, version.id);
    });
  } catch (err) {
    body.destroy();
    throw err;
  }
  return { version, body };
}
