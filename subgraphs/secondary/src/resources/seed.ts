/**
 * Demo resource packages: one per secondary module of X-NED-1, co-authored by
 * Riverside and Tianyi under agreement agr-net and published, their files in
 * the demo object store, written as an upload would write them.
 */
import { createHash } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import type { Config } from '@guantong/shared/config';
import { FILE_TYPES, requireFileName } from '@guantong/shared/files/names';
import { contentKey, objectStoreFor, type ObjectStore } from '@guantong/shared/object-store/index';
import { CertificateModuleEntity } from '../entities/certificate-module.ts';
import { demoFiles } from './demo-files.ts';
import { ResourceAuditEntity, ResourceFileEntity, ResourceFileVersionEntity, ResourcePackageEntity, type ResourceAuditRow } from './entities.ts';

const MODULES = ['X-NED-1-M1', 'X-NED-1-M2', 'X-NED-1-M3', 'X-NED-1-M4'];
const AUTHOR = 'sch-riverside';
const CO_AUTHOR = 'org-tianyi';
const CREATED = '2024-08-20T02:00:00.000Z';
const CONFIRMED = '2024-08-27T06:30:00.000Z';

const trail = (action: ResourceAuditRow['action'], organizationId: string, packageId: number, versionId: number | null, at: string): Omit<ResourceAuditRow, 'id'> => ({
  at, requestId: 'demo-seed', actorSubject: `${organizationId}-demo`, actorRole: organizationId === CO_AUTHOR ? 'ENTERPRISE_STAFF' : 'SECONDARY_STAFF', organizationId, action, packageId, versionId, basis: 'own data',
});

/** Seeds the packages when there are none and the modules are there; returns true when it wrote. */
export async function seedResources(db: DataSource, config: Config, store: ObjectStore = objectStoreFor(config, 'secondary')): Promise<boolean> {
  if (await db.getRepository(ResourcePackageEntity).exists()) return false;
  const modules = await db.getRepository(CertificateModuleEntity).findBy({ code: In(MODULES) });
  if (modules.length === 0) return false;
  const made = await Promise.all(modules.map(async (m) => ({ module: m, files: await demoFiles(m.code, m.title) })));
  for (const { files } of made) {
    for (const file of files) {
      const { extension } = requireFileName(file.name);
      await store.put(contentKey(createHash('sha256').update(file.body).digest('hex')), file.body, { size: file.body.length, contentType: FILE_TYPES[extension] });
    }
  }
  await db.transaction(async (em) => {
    for (const { module, files } of made) {
      const { identifiers } = await em.insert(ResourcePackageEntity, {
        moduleCode: module.code, agreementId: 'agr-net', agreementSchoolId: AUTHOR, agreementCollegeId: 'col-metro', title: `${module.title}: task book, training guide and scoring sheet`,
        status: 'PUBLISHED', authorId: AUTHOR, coAuthorId: CO_AUTHOR, createdBy: `${AUTHOR}-demo`, createdAt: CREATED, confirmedBy: `${CO_AUTHOR}-demo`, confirmedAt: CONFIRMED,
      });
      const packageId = Number(identifiers[0].id);
      await em.insert(ResourceAuditEntity, trail('CREATE', AUTHOR, packageId, null, CREATED));
      for (const file of files) {
        const uploader = file.kind === 'SCORING_SHEET' ? CO_AUTHOR : AUTHOR;
        const { extension } = requireFileName(file.name);
        const sha256 = createHash('sha256').update(file.body).digest('hex');
        const fileId = Number((await em.insert(ResourceFileEntity, { packageId, kind: file.kind, latestVersion: 1 })).identifiers[0].id);
        const versionId = Number((await em.insert(ResourceFileVersionEntity, {
          fileId, version: 1, name: file.name, contentType: FILE_TYPES[extension], size: file.body.length, sha256, objectKey: contentKey(sha256), uploadedAt: CREATED, uploaderId: uploader, uploadedBy: `${uploader}-demo`,
        })).identifiers[0].id);
        await em.insert(ResourceAuditEntity, trail('UPLOAD', uploader, packageId, versionId, CREATED));
      }
      await em.insert(ResourceAuditEntity, trail('CONFIRM', CO_AUTHOR, packageId, null, CONFIRMED));
    }
  });
  return true;
}
