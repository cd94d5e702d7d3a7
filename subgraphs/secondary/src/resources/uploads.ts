/**
 * Adding a version of a package's file: the bytes are checked (size, type,
 * name) before anything is kept, put in the object store under their content
 * address, and the version is written with its trail entry in one transaction.
 */
import fs from 'node:fs';
import type http from 'node:http';
import { nowInstant } from '@guantong/shared/clock';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { requireContentOf } from '@guantong/shared/files/content';
import { FILE_TYPES, requireFileName } from '@guantong/shared/files/names';
import { spool } from '@guantong/shared/files/spool';
import { contentKey, type ObjectStore } from '@guantong/shared/object-store/index';
import type { Context } from '../context.ts';
import { authorizeUpload } from './access.ts';
import { FILE_KINDS, ResourceFileEntity, ResourceFileVersionEntity, ResourcePackageEntity, type FileKind, type ResourceFileVersionRow } from './entities.ts';
import { requireVisiblePackage } from './packages.ts';
import { recordAction, subjectOf } from './trail.ts';

function requireKind(raw: string | null): FileKind {
  const kind = FILE_KINDS.find((k) => k === raw);
  if (!kind) throw badInput(`kind must be one of ${FILE_KINDS.join(', ')}`, { field: 'kind' });
  return kind;
}

const declaredLength = (req: http.IncomingMessage): number | undefined => {
  const raw = req.headers['content-length'];
  return raw === undefined ? undefined : Number(raw);
};

export interface UploadRequest {
  packageId: string;
  kind: string | null;
  name: string | null;
}

/** Checks, stores and records one upload; refusals throw before anything is kept. */
export async function uploadVersion(ctx: Context, store: ObjectStore, maxBytes: number, req: http.IncomingMessage, input: UploadRequest): Promise<ResourceFileVersionRow & { kind: FileKind; packageId: number }> {
  const kind = requireKind(input.kind);
  const { name, extension } = requireFileName(input.name);
  const pkg = await requireVisiblePackage(ctx, input.packageId);
  const { organizationId, decision } = authorizeUpload(ctx.actor, pkg);
  if (pkg.status !== 'DRAFT') throw published(pkg.id);
  const spooled = await spool(req, maxBytes, declaredLength(req));
  try {
    await requireContentOf(spooled.file, extension);
    const contentType = FILE_TYPES[extension];
    const objectKey = contentKey(spooled.sha256);
    // Content-addressed: the same bytes are kept once, whichever package or version names them.
    if (!(await store.head(objectKey))) await store.put(objectKey, fs.createReadStream(spooled.file), { size: spooled.size, contentType });
    const version = { name, contentType, size: spooled.size, sha256: spooled.sha256, objectKey, uploadedAt: nowInstant(), uploaderId: organizationId, uploadedBy: subjectOf(ctx) };
    const row = await writeVersion(ctx, pkg.id, kind, version, decision);
    return { ...row, kind, packageId: pkg.id };
  } finally {
    await spooled.discard();
  }
}

type NewVersion = Omit<ResourceFileVersionRow, 'id' | 'fileId' | 'version'>;

async function writeVersion(ctx: Context, packageId: number, kind: FileKind, version: NewVersion, decision: Parameters<typeof recordAction>[3]): Promise<ResourceFileVersionRow> {
  try {
    return await writeTransaction(ctx.db, async (em) => {
      // A confirmation may have landed while the bytes were read: the package row, locked on MariaDB (SQLite runs
      // one write transaction at a time), is asked again here, so no version slips in after the co-author's word.
      const lock = ctx.db.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
      const pkg = await em.findOne(ResourcePackageEntity, { where: { id: packageId }, lock });
      if (pkg?.status !== 'DRAFT') throw published(packageId);
      let file = await em.findOneBy(ResourceFileEntity, { packageId, kind });
      if (!file) {
        const { identifiers } = await em.insert(ResourceFileEntity, { packageId, kind, latestVersion: 0 });
        file = { id: Number(identifiers[0].id), packageId, kind, latestVersion: 0 };
      }
      const next = file.latestVersion + 1;
      // Two uploads racing for the same number: the conditional update lets one through, the other is told.
      const { affected } = await em.update(ResourceFileEntity, { id: file.id, latestVersion: file.latestVersion }, { latestVersion: next });
      if (!affected) throw raced();
      const row = { ...version, fileId: file.id, version: next };
      const { identifiers } = await em.insert(ResourceFileVersionEntity, row);
      const id = Number(identifiers[0].id);
      await recordAction(em, ctx, 'UPLOAD', decision, packageId, id);
      return { ...row, id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw raced();
    throw err;
  }
}

const published = (id: number) => conflict(`resource package ${id} is published: its files are what its co-author confirmed, so a revision is a new package`);
const raced = () => conflict('another upload of this file was recorded at the same time; upload again to add your version after it');
