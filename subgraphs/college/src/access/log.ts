/**
 * A learner's access log: the hub's audit entries about them, newest first.
 * The entries live in the shared audit store (`ctx.auditDb`), which the
 * subgraph's `createLoaders` does not receive, so this module keeps the
 * request's loaders itself, keyed by the request's context object: they are
 * created on first use and dropped with the request, never shared.
 */
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AuditEntryEntity, type AuditEntryRow } from '@guantong/shared/audit';
import { groupLoader } from '@guantong/shared/loaders';
import type { Context } from '../context.ts';

type LogLoader = DataLoader<string, AuditEntryRow[]>;

const loadersByRequest = new WeakMap<Context, Map<number, LogLoader>>();

/**
 * The newest `first` entries of each learner in one statement: entries are
 * ranked per learner by a window function, so a page of 100 learners costs the
 * same single query as one learner, and a long log is never read whole.
 */
async function newestEntries(auditDb: DataSource, studentIds: readonly string[], first: number): Promise<AuditEntryRow[]> {
  const ranked = auditDb
    .createQueryBuilder()
    .subQuery()
    .select('r.id')
    .from((qb) =>
      qb
        .select('x.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY x.student_id ORDER BY x.at DESC, x.id DESC)', 'position')
        .from(AuditEntryEntity, 'x')
        .where('x.student_id IN (:...studentIds)'),
    'r')
    .where('r.position <= :first')
    .getQuery();
  return auditDb
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('e')
    .where(`e.id IN ${ranked}`, { studentIds: [...studentIds], first })
    .orderBy('e.at', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .getMany();
}

/** The request's loader of each learner's newest `first` audit entries. */
export function accessLogLoader(ctx: Context, first: number): LogLoader {
  let byLimit = loadersByRequest.get(ctx);
  if (!byLimit) {
    byLimit = new Map();
    loadersByRequest.set(ctx, byLimit);
  }
  let loader = byLimit.get(first);
  if (!loader) {
    loader = groupLoader((ids: readonly string[]) => newestEntries(ctx.auditDb, ids, first), (row) => row.studentId);
    byLimit.set(first, loader);
  }
  return loader;
}
