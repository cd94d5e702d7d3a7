import { importJob, importJobFields, resumeImportJob } from '@guantong/shared/bulk/resolvers';
import type { ImportJobResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';

export const ImportJobQuery: Pick<QueryResolvers, 'enterpriseImportJob'> = { enterpriseImportJob: (_p, { id }, ctx) => importJob(ctx, id) };
export const ImportJobMutation: Pick<MutationResolvers, 'resumeEnterpriseImport'> = { resumeEnterpriseImport: (_p, { id }, ctx) => resumeImportJob(ctx, id) };
export const ImportJob: ImportJobResolvers = importJobFields;
