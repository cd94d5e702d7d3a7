import { importJob, importJobFields, resumeImportJob } from '@guantong/shared/bulk/resolvers';
import type { ImportJobResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';

export const ImportJobQuery: Pick<QueryResolvers, 'collegeImportJob'> = { collegeImportJob: (_p, { id }, ctx) => importJob(ctx, id) };
export const ImportJobMutation: Pick<MutationResolvers, 'resumeCollegeImport'> = { resumeCollegeImport: (_p, { id }, ctx) => resumeImportJob(ctx, id) };
export const ImportJob: ImportJobResolvers = importJobFields;
