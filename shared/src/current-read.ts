/**
 * Reading a row as it is committed now, inside a write transaction.
 *
 * MySQL/MariaDB run transactions at REPEATABLE READ: a plain SELECT returns the
 * snapshot taken at the transaction's first read, so after a conditional UPDATE
 * that matched nothing (another transaction changed the row first) a plain
 * re-read still shows the row as it was before, and an answer built from it
 * would claim a state that is no longer stored. A locking read returns the
 * latest committed version. SQLite runs write transactions one at a time
 * (writeTransaction), so a plain read there is already current.
 */
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** The row as committed now (and locked until the transaction ends on MySQL/MariaDB), or null. */
export function findCurrent<T extends ObjectLiteral>(em: EntityManager, target: EntityTarget<T>, where: FindOptionsWhere<T>): Promise<T | null> {
  if (em.connection.options.type !== 'mysql') return em.findOne(target, { where });
  return em.findOne(target, { where, lock: { mode: 'pessimistic_write' } });
}
