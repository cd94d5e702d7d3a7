/** The request's loaders for content units and job positions: one statement per batch, whatever its size. */
import { In, type DataSource } from 'typeorm';
import { compareText, groupLoader, rowLoader } from '@guantong/shared/loaders';
import { ContentUnitEntity, ContentUnitItemEntity, JobPositionEntity, JobRequirementEntity } from '../entities/curriculum.ts';

export function createCurriculumLoaders(db: DataSource) {
  const repo = db.getRepository.bind(db);
  return {
    unitsByStandard: groupLoader(
      (keys: readonly string[]) => repo(ContentUnitEntity).find({ where: { standardCode: In([...keys]) }, order: { sequence: 'ASC' } }),
      (row) => row.standardCode,
    ),
    unitItemsByStandard: groupLoader(
      async (keys: readonly string[]) => (await repo(ContentUnitItemEntity).findBy({ standardCode: In([...keys]) })).sort((a, b) => compareText(a.itemId, b.itemId)),
      (row) => row.standardCode,
    ),
    jobPositionById: rowLoader((keys: readonly string[]) => repo(JobPositionEntity).findBy({ id: In([...keys]) }), (row) => row.id),
    requirementsByPosition: groupLoader(
      (keys: readonly string[]) => repo(JobRequirementEntity).find({ where: { positionId: In([...keys]) }, order: { id: 'ASC' } }),
      (row) => row.positionId,
    ),
  };
}
