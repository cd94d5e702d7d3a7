import type { BulkSetup } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { enrolmentExport, enrolmentImport } from './enrolments.ts';
import { resultExport, resultImport } from './results.ts';

/** The secondary bundle: enrolments, then results (a result needs its learner enrolled). */
export const secondaryBulk: BulkSetup<Context> = {
  staffRole: 'SECONDARY_STAFF',
  imports: [enrolmentImport, resultImport] as BulkSetup<Context>['imports'],
  exports: [enrolmentExport, resultExport],
};
