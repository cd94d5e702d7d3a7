/**
 * What a subgraph offers for bulk data: the parts of its bundle it imports and
 * exports, and who may write them (the policy's `org:write`, for one staff role).
 */
import type { StaffRole } from '../policy.ts';
import type { SubgraphContext } from '../subgraph.ts';
import type { CsvRecord, ImportKind } from './kind.ts';

/** One page of an export, in key order; `key` continues the next page. */
export interface ExportRow {
  key: string;
  record: CsvRecord;
}

export interface ExportKind<C> {
  name: string;
  columns: readonly string[];
  /** Up to `limit` of the organisation's rows after `afterKey`, in key order (and their audit entries recorded on `ctx`). */
  page(ctx: C, organizationId: string, afterKey: string | null, limit: number): Promise<ExportRow[]>;
}

export interface BulkSetup<C extends SubgraphContext<unknown>> {
  staffRole: StaffRole;
  imports: readonly ImportKind<C, unknown>[];
  exports: readonly ExportKind<C>[];
}
