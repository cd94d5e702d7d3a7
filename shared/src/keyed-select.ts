/**
 * The hot loaders' statement, `SELECT … FROM t WHERE key IN (?, …)`, kept
 * once TypeORM has built it. `repository.findBy` rebuilds the SQL from its
 * options on every call, and for a request's loaders that cost more CPU than
 * the database took to answer them (`npm run bench:profile`). Here TypeORM
 * builds each statement once per entity, key and number of keys; a call only
 * binds the keys and hydrates the rows with TypeORM's own column transforms,
 * so the rows are the entities `findBy` would return.
 */
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata, ObjectLiteral, Repository } from 'typeorm';

interface Statement {
  sql: string;
  /** Each selected column with the alias its value comes back under. */
  columns: [alias: string, column: ColumnMetadata][];
}

const ALIAS = 'e';
const statementsOf = new WeakMap<EntityMetadata, Map<string, Statement>>();

/** Property names and directions, as `find`'s `order` takes them. */
export type KeyedOrder = Readonly<Record<string, 'ASC' | 'DESC'>>;

function statementFor<T extends ObjectLiteral>(repo: Repository<T>, key: string, keys: readonly unknown[], order: KeyedOrder): Statement {
  let statements = statementsOf.get(repo.metadata);
  if (!statements) statementsOf.set(repo.metadata, (statements = new Map()));
  const id = `${key}:${keys.length}:${JSON.stringify(order)}`;
  let statement = statements.get(id);
  if (!statement) {
    const query = repo.createQueryBuilder(ALIAS).where(`${ALIAS}.${key} IN (:...keys)`, { keys: [...keys] });
    for (const [property, direction] of Object.entries(order)) query.addOrderBy(`${ALIAS}.${property}`, direction);
    const [sql, parameters] = query.getQueryAndParameters();
    // The kept SQL must take exactly the keys, in order, as its parameters.
    if (parameters.length !== keys.length || parameters.some((p, i) => p !== keys[i])) throw new Error(`keyed select on ${repo.metadata.name}.${key} does not bind its keys in order`);
    const driver = repo.manager.connection.driver;
    const columns = repo.metadata.columns
      .filter((column) => !column.isVirtual && column.isSelect)
      .map((column) => [DriverUtils.buildAlias(driver, undefined, ALIAS, column.databaseName), column] as [string, ColumnMetadata]);
    statement = { sql, columns };
    statements.set(id, statement);
  }
  return statement;
}

/**
 * The rows whose `key` is one of `keys`, as `repository.find({ where: { [key]: In(keys) }, order })`
 * returns them (in the database's order when `order` is empty).
 */
export async function findIn<T extends ObjectLiteral>(repo: Repository<T>, key: keyof T & string, keys: readonly unknown[], order: KeyedOrder = {}): Promise<T[]> {
  if (keys.length === 0) return [];
  const { sql, columns } = statementFor(repo, key, keys, order);
  const raw = (await repo.manager.query(sql, [...keys])) as Record<string, unknown>[];
  const driver = repo.manager.connection.driver;
  return raw.map((row) => {
    const entity = repo.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const [alias, column] of columns) {
      const value = row[alias];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}
