/**
 * The import job's resolvers, shared by every subgraph that imports; each
 * names its own root fields (secondaryImportJob, resumeCollegeImport, …),
 * since a job lives in one subgraph's database.
 */
import { GraphQLError } from 'graphql';
import type { PageArgs } from '../paging.ts';
import type { SubgraphContext } from '../subgraph.ts';
import type { ImportJobRow } from './jobs.ts';
import { requireJob, resumeImport, rowErrorPage, shownStatus } from './service.ts';

function runtimeOf<C extends SubgraphContext<unknown>>(ctx: C) {
  // Only a served subgraph runs jobs; an in-process harness has no job runner.
  if (!ctx.bulk) throw new GraphQLError('bulk imports are not available on this server');
  return ctx.bulk;
}

/** The job, or null when there is none the caller may see. */
export async function importJob<C extends SubgraphContext<unknown>>(ctx: C, id: string): Promise<ImportJobRow | null> {
  try {
    return await requireJob(ctx, runtimeOf(ctx).setup, id);
  } catch (err) {
    if ((err as GraphQLError).extensions?.code === 'NOT_FOUND') return null;
    throw err;
  }
}

export const resumeImportJob = <C extends SubgraphContext<unknown>>(ctx: C, id: string): Promise<ImportJobRow> => resumeImport(runtimeOf(ctx), ctx, id);

/** ImportJob's computed fields. */
export const importJobFields = {
  status: (job: ImportJobRow) => shownStatus(job),
  errors: (job: ImportJobRow, args: PageArgs, ctx: SubgraphContext<unknown>) => rowErrorPage(ctx, job.id, args),
};
