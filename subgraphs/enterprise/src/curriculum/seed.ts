/** The enterprise's part of the curriculum demo: the Network Technology certificates' content units, and job positions. */
import type { DataSource } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { careers, mappings } from '@guantong/shared/demo';
import { ContentUnitEntity, ContentUnitItemEntity, JobPositionEntity, JobRequirementEntity } from '../entities/curriculum.ts';
import { OrganizationEntity } from '../entities/organization.ts';

export async function seedCurriculum(db: DataSource): Promise<boolean> {
  const [units, organizations] = await Promise.all([db.getRepository(ContentUnitEntity).count(), db.getRepository(OrganizationEntity).count()]);
  if (units > 0 || organizations === 0) return false;
  await writeTransaction(db, async (em) => {
    const standards = [...new Set(mappings.demoContentUnits.map((u) => u.standardCode))];
    await em.insert(ContentUnitEntity, standards.flatMap((code) => mappings.demoContentUnits.filter((u) => u.standardCode === code)
      .map((u, sequence) => ({ standardCode: u.standardCode, code: u.code, title: u.title, weight: u.weight, sequence }))));
    await em.insert(ContentUnitItemEntity, mappings.demoContentUnits.flatMap((u) => u.itemIds.map((itemId) => ({ standardCode: u.standardCode, unitCode: u.code, itemId }))));
    for (const { requirements, ...position } of careers.demoJobPositions) {
      await em.insert(JobPositionEntity, { ...position, recordedAt: '2024-03-01T02:00:00.000Z' });
      await em.insert(JobRequirementEntity, requirements.map((r) => ({ positionId: position.id, ...r })));
    }
  });
  return true;
}
