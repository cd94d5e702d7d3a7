import { GraphQLError } from 'graphql';
import { rowErrorPage, requireJob, resumeImport, shownStatus } from '@guantong/shared/bulk/service';
import type { ImportJobResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import type { Context } from '../context.ts';

function runtimeOf(ctx: Context) {
  // Only a served subgraph runs jobs; an in-process harness has no job runner.
  if (!ctx.bulk) throw new GraphQLError('bulk imports are not available on this server');
  return ctx.bulk;
}

export const ImportJobQuery: Pick<QueryResolvers, 'secondaryImportJob'> = {
  secondaryImportJob: async (_p, { id }, ctx) => {
    try {
      return await requireJob(ctx, runtimeOf(ctx).setup, id);
    } catch (err) {
      if ((err as GraphQLError).extensions?.code === 'NOT_FOUND') return null;
      throw err;
    }
  },
};

export const ImportJobMutation: Pick<MutationResolvers, 'resumeSecondaryImport'> = {
  resumeSecondaryImport: (_p, { id }, ctx) => resumeImport(runtimeOf(ctx), ctx, id),
};

export const ImportJob: ImportJobResolvers = {
  status: (job) => shownStatus(job),
  errors: (job, args, ctx) => rowErrorPage(ctx, job.id, args),
};
