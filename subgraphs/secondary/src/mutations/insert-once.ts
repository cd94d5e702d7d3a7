import type { DataSource, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';

/**
 * Inserts a row with a generated id in one transaction, unless a row with the
 * same unique key exists: then `duplicate()` is thrown and nothing is written.
 * The unique key settles a race the existence check cannot see.
 */
export async function insertOnce<T extends ObjectLiteral & { id: number }>(
  db: DataSource,
  target: EntityTarget<T>,
  row: Omit<T, 'id'>,
  uniqueKey: FindOptionsWhere<T>,
  duplicate: () => Error,
): Promise<T> {
  try {
    return await writeTransaction(db, async (em) => {
      if (await em.existsBy(target, uniqueKey)) throw duplicate();
      const inserted = await em.insert(target, row as T);
      return { ...row, id: Number(inserted.identifiers[0]?.id) } as T;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}
