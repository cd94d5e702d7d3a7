/** The request's loaders for resource packages: one statement per batch, whatever the number of packages or files. */
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '@guantong/shared/loaders';
import { ResourceDownloadEntity, ResourceFileEntity, ResourceFileVersionEntity, ResourcePackageEntity, type ResourceFileRow, type ResourceFileVersionRow, type ResourcePackageRow } from './entities.ts';

/** Downloads per key, counted by the database in one grouped statement. */
function countLoader(db: DataSource, column: 'version_id' | 'package_id'): DataLoader<number, number> {
  return new DataLoader<number, number>(async (keys) => {
    const rows: { k: number | string; n: number | string }[] = await db
      .getRepository(ResourceDownloadEntity)
      .createQueryBuilder('d')
      .select(`d.${column}`, 'k')
      .addSelect('COUNT(*)', 'n')
      .where(`d.${column} IN (:...keys)`, { keys: [...keys] })
      .groupBy(`d.${column}`)
      .getRawMany();
    const counts = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}

export function createResourceLoaders(db: DataSource) {
  const packages = db.getRepository(ResourcePackageEntity);
  const files = db.getRepository(ResourceFileEntity);
  const versions = db.getRepository(ResourceFileVersionEntity);
  return {
    resourcePackageById: rowLoader<number, ResourcePackageRow>((ids) => packages.findBy({ id: In([...ids]) }), (row) => row.id),
    /** A module's packages, oldest first. */
    resourcePackagesByModule: groupLoader<string, ResourcePackageRow>(
      async (codes) => (await packages.findBy({ moduleCode: In([...codes]) })).sort((a, b) => a.id - b.id),
      (row) => row.moduleCode,
    ),
    resourceFilesByPackage: groupLoader<number, ResourceFileRow>(async (ids) => files.findBy({ packageId: In([...ids]) }), (row) => row.packageId),
    /** A file's versions, newest first. */
    resourceVersionsByFile: groupLoader<number, ResourceFileVersionRow>(
      async (ids) => (await versions.findBy({ fileId: In([...ids]) })).sort((a, b) => b.version - a.version),
      (row) => row.fileId,
    ),
    downloadsByVersion: countLoader(db, 'version_id'),
    downloadsByPackage: countLoader(db, 'package_id'),
  };
}
