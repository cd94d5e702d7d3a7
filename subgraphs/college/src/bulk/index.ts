import type { BulkSetup } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { pathwayExport, pathwayImport } from './pathways.ts';
import { resultExport, resultImport } from './results.ts';

/** The college bundle: pathway registrations, and course results. */
export const collegeBulk: BulkSetup<Context> = {
  staffRole: 'COLLEGE_STAFF',
  imports: [pathwayImport, resultImport] as BulkSetup<Context>['imports'],
  exports: [pathwayExport, resultExport],
};
