/**
 * The current state of changed entities, loaded per request in two statements
 * per entity type (a DataLoader), whatever the page's length. A state is shown
 * only when the caller may learn of the entity's latest change: an entity
 * whose owner changed since an earlier change does not show its new owner's
 * data to the old one.
 */
import DataLoader from 'dataloader';
import type { DataSource, EntitySchema, ObjectLiteral } from 'typeorm';
import type { Actor } from '../identity.ts';
import { ChangeEntity, type ChangeRow } from './entities.ts';
import { mayLearnOf } from './visibility.ts';
import type { FeedTable } from './tables.ts';

/** The entity types whose current state the feed shows, with their TypeORM entity. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of many entity types
export type NodeTargets = Readonly<Record<string, EntitySchema<any>>>;

export type NodeLoader = DataLoader<string, ObjectLiteral | null>;

const keyOf = (entityType: string, entityId: string) => `${entityType}\u0000${entityId}`;

async function loadType(db: DataSource, spec: FeedTable, target: EntitySchema<ObjectLiteral>, ids: readonly string[]): Promise<Map<string, ObjectLiteral>> {
  const meta = db.getMetadata(target);
  const columns = spec.key.map((name) => {
    const column = meta.findColumnWithDatabaseName(name);
    if (!column) throw new Error(`${spec.table}.${name} is not a column of ${meta.name}`);
    return column;
  });
  const numeric = (type: unknown) => type === 'integer' || type === 'int' || type === Number;
  // Key values never contain ':' in these tables, so the id splits back into its parts.
  const where = ids.map((id) => Object.fromEntries(id.split(':').map((part, i) => [columns[i].propertyName, numeric(columns[i].type) ? Number(part) : part])));
  const rows = await db.getRepository(target).find({ where });
  return new Map(rows.map((row) => [columns.map((c) => String(row[c.propertyName])).join(':'), { ...row, __typename: spec.entityType }]));
}

/** The latest change of each entity of one type, by entity id. */
async function latestChanges(db: DataSource, entityType: string, ids: readonly string[]): Promise<Map<string, ChangeRow>> {
  const rows = await db.getRepository(ChangeEntity).createQueryBuilder('c')
    .where((qb) => `c.version IN ${qb.subQuery().select('MAX(l.version)').from(ChangeEntity, 'l').where('l.entity_type = :entityType AND l.entity_id IN (:...ids)').groupBy('l.entity_id').getQuery()}`)
    .setParameters({ entityType, ids })
    .getMany();
  return new Map(rows.map((row) => [row.entityId, row]));
}

/** A per-request loader of current states by (entity type, entity id); null for deleted entities, types shown by id only, and states the caller may no longer read. */
export function createNodeLoader(db: DataSource, tables: readonly FeedTable[], targets: NodeTargets, actor: Actor): NodeLoader {
  return new DataLoader<string, ObjectLiteral | null>(async (keys) => {
    const byType = new Map<string, string[]>();
    for (const key of keys) {
      const [type, id] = key.split('\u0000');
      if (targets[type]) byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const found = new Map<string, ObjectLiteral>();
    for (const [type, ids] of byType) {
      const spec = tables.find((t) => t.entityType === type);
      if (!spec) continue;
      const latest = await latestChanges(db, type, ids);
      for (const [id, row] of await loadType(db, spec, targets[type], ids)) {
        const last = latest.get(id);
        if (last && mayLearnOf(actor, last)) found.set(keyOf(type, id), row);
      }
    }
    return keys.map((key) => found.get(key) ?? null);
  });
}

export const nodeKey = keyOf;
