/**
 * What a subgraph tells the import runner about one part of its bundle: its
 * columns, how a CSV record becomes the mutation's input, and how a row is
 * checked and written with the same rules as the mutation.
 */
import type { EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import { badInput } from '../errors.ts';

/** A CSV record, by column name, as text. */
export type CsvRecord = Record<string, string>;

/** What writing a row did: a new row, or one equal to the stored row under its natural key. */
export type RowOutcome = 'written' | 'unchanged';

/** A row that passed validation and is ready to be written; `unchanged` rows are already stored as given. */
export interface CheckedRow<T> {
  value: T;
  unchanged: boolean;
}

export interface ImportKind<C, T> {
  /** The bundle part, e.g. "results"; also the file name of its template (`results.csv`). */
  name: string;
  /** The columns in file order; the header must name each of them (the optional ones may be left empty). */
  columns: readonly string[];
  /** Columns that may be left empty. */
  optional?: readonly string[];
  /**
   * Validates one row for an import by `organizationId` with the mutation's own
   * rules, throwing the mutation's BAD_USER_INPUT/CONFLICT/FORBIDDEN (with
   * `extensions.field` naming the column); says whether it is already stored.
   */
  check(ctx: C, record: CsvRecord, organizationId: string): Promise<CheckedRow<T>>;
  /**
   * Asks other institutions about the job's learners (e.g. the school about an
   * award's holder): the upload must then come through the gateway, which
   * hands the job a delegation bound to the learners of its file (CSV or XLSX).
   */
  asksPeers?: boolean;
  /** Runs once per batch before its rows are checked, so reads and lookups go per batch rather than per row. */
  prefetch?(ctx: C, records: readonly CsvRecord[]): Promise<void>;
  /** Runs before a batch's transaction, outside it (e.g. creating a counter row in a transaction of its own). */
  prepare?(ctx: C, rows: readonly T[]): Promise<void>;
  /** Writes one checked row inside the batch's transaction, re-checking its natural key there, and records its audit entry on `ctx`. */
  write(em: EntityManager, ctx: C, row: T): Promise<RowOutcome>;
}

/** The text of a required column, or BAD_USER_INPUT naming it. */
export function requiredText(record: CsvRecord, column: string): string {
  const value = record[column]?.trim() ?? '';
  if (value === '') throw badInput(`${column} is required`, { field: column });
  return value;
}

/** A whole number or decimal written in a column, or BAD_USER_INPUT naming it. */
export function numberIn(record: CsvRecord, column: string): number {
  const text = requiredText(record, column);
  const value = Number(text);
  if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(value)) throw badInput(`${column} must be a number such as 87.5, got "${text}"`, { field: column });
  return value;
}

/** The mutation's refusal, pointed at the column it is about (for the row error). */
export const onColumn = <E extends Error>(err: E, field: string): E => Object.assign(err, { extensions: { ...(err as { extensions?: object }).extensions, field } });

/** A refusal a caller may see (the mutation's own error), as a row error; anything else is not the row's fault. */
export function rowErrorOf(err: unknown): { column: string | null; message: string } | null {
  if (!(err instanceof GraphQLError)) return null;
  const field = err.extensions.field;
  return { column: typeof field === 'string' ? field : null, message: err.message };
}
