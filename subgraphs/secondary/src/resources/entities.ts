/**
 * Shared resource packages: a module's learning task book, practical training
 * guide and assessment scoring sheet, co-authored by a school or college and an
 * enterprise, each file with immutable versions whose bytes are in the object
 * store (by content hash). Downloads are rows, so every count is a count of them.
 */
import { EntitySchema } from 'typeorm';

export type PackageStatus = 'DRAFT' | 'PUBLISHED';
export const FILE_KINDS = ['LEARNING_TASK_BOOK', 'TRAINING_GUIDE', 'SCORING_SHEET'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface ResourcePackageRow {
  id: number;
  moduleCode: string;
  agreementId: string;
  /** The agreement's school and college, as the college registry named them when the package was created. */
  agreementSchoolId: string;
  agreementCollegeId: string;
  title: string;
  status: PackageStatus;
  /** The school or college that created the package (its own staff only). */
  authorId: string;
  /** The enterprise co-author, whose staff alone confirm the package. */
  coAuthorId: string;
  createdBy: string;
  createdAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface ResourceFileRow {
  id: number;
  packageId: number;
  kind: FileKind;
  /** The newest version's number (versions count from 1). */
  latestVersion: number;
}

export interface ResourceFileVersionRow {
  id: number;
  fileId: number;
  version: number;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  /** The object store key (its content address); never made from the name. */
  objectKey: string;
  uploadedAt: string;
  uploaderId: string;
  uploadedBy: string;
}

export interface ResourceDownloadRow {
  id: number;
  versionId: number;
  packageId: number;
  organizationId: string | null;
  actorSubject: string;
  at: string;
}

/** The package trail: who created, uploaded to, confirmed and downloaded from a package (append-only). */
export interface ResourceAuditRow {
  id: number;
  at: string;
  requestId: string;
  actorSubject: string;
  actorRole: string;
  organizationId: string | null;
  action: 'CREATE' | 'UPLOAD' | 'CONFIRM' | 'DOWNLOAD';
  packageId: number;
  versionId: number | null;
  basis: string;
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable });
const id = { type: 'integer' as const, primary: true, generated: 'increment' as const };

export const ResourcePackageEntity = new EntitySchema<ResourcePackageRow>({
  name: 'ResourcePackage',
  tableName: 'resource_package',
  columns: {
    id,
    moduleCode: text('module_code', 40),
    agreementId: text('agreement_id', 64),
    agreementSchoolId: text('agreement_school_id', 64),
    agreementCollegeId: text('agreement_college_id', 64),
    title: text('title', 200),
    status: text('status', 12),
    authorId: text('author_id', 64),
    coAuthorId: text('co_author_id', 64),
    createdBy: text('created_by', 200),
    createdAt: text('created_at', 24),
    confirmedBy: text('confirmed_by', 200, true),
    confirmedAt: text('confirmed_at', 24, true),
  },
  indices: [{ name: 'idx_resource_package_module', columns: ['moduleCode'] }],
});

export const ResourceFileEntity = new EntitySchema<ResourceFileRow>({
  name: 'ResourceFile',
  tableName: 'resource_file',
  columns: { id, packageId: { name: 'package_id', type: 'integer' }, kind: text('kind', 24), latestVersion: { name: 'latest_version', type: 'int' } },
  uniques: [{ name: 'uq_resource_file_package_kind', columns: ['packageId', 'kind'] }],
});

export const ResourceFileVersionEntity = new EntitySchema<ResourceFileVersionRow>({
  name: 'ResourceFileVersion',
  tableName: 'resource_file_version',
  columns: {
    id,
    fileId: { name: 'file_id', type: 'integer' },
    version: { type: 'int' },
    name: text('name', 200),
    contentType: text('content_type', 100),
    size: { type: 'integer' },
    sha256: text('sha256', 64),
    objectKey: text('object_key', 200),
    uploadedAt: text('uploaded_at', 24),
    uploaderId: text('uploader_id', 64),
    uploadedBy: text('uploaded_by', 200),
  },
  uniques: [{ name: 'uq_resource_file_version', columns: ['fileId', 'version'] }],
});

export const ResourceDownloadEntity = new EntitySchema<ResourceDownloadRow>({
  name: 'ResourceDownload',
  tableName: 'resource_download',
  columns: {
    id,
    versionId: { name: 'version_id', type: 'integer' },
    packageId: { name: 'package_id', type: 'integer' },
    organizationId: text('organization_id', 64, true),
    actorSubject: text('actor_subject', 200),
    at: text('at', 24),
  },
  indices: [{ name: 'idx_resource_download_version', columns: ['versionId'] }, { name: 'idx_resource_download_package', columns: ['packageId'] }],
});

export const ResourceAuditEntity = new EntitySchema<ResourceAuditRow>({
  name: 'ResourceAudit',
  tableName: 'resource_audit',
  columns: {
    id,
    at: text('at', 24),
    requestId: text('request_id', 64),
    actorSubject: text('actor_subject', 200),
    actorRole: text('actor_role', 32),
    organizationId: text('organization_id', 64, true),
    action: text('action', 12),
    packageId: { name: 'package_id', type: 'integer' },
    versionId: { name: 'version_id', type: 'integer', nullable: true },
    basis: text('basis', 300),
  },
  indices: [{ name: 'idx_resource_audit_package', columns: ['packageId'] }],
});

export const resourceEntities = [ResourcePackageEntity, ResourceFileEntity, ResourceFileVersionEntity, ResourceDownloadEntity, ResourceAuditEntity];
