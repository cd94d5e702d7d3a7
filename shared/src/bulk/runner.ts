/**
 * Runs an import job in two passes over the stored file: validate every row
 * (nothing written), then write in batches. Each batch, its audit entries and
 * the job's checkpoint commit in one transaction, so a job cut short by a
 * restart resumes after the last committed line and never writes a row twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { CsvError } from 'csv-parse';
import { nowInstant } from '../clock.ts';
import { writeTransaction } from '../database.ts';
import type { SubgraphContext } from '../subgraph.ts';
import { readRows, HeaderError, type CsvRow } from './csv.ts';
import { ImportJobEntity, ImportRowErrorEntity, type ImportJobRow, type ImportRowErrorRow } from './jobs.ts';
import { rowErrorOf, type CheckedRow, type ImportKind } from './kind.ts';

type RowError = Omit<ImportRowErrorRow, 'id'>;

export interface JobRun<C extends SubgraphContext<unknown>> {
  db: DataSource;
  job: ImportJobRow;
  kind: ImportKind<C, unknown>;
  file: string;
  /** A fresh context (loaders, audit recorder) for the job's caller; one per batch keeps memory flat. */
  contextFor(): C;
  /** Runs once the job is marked running, before its first row (e.g. reading the job's delegation). */
  start?(): Promise<void>;
  batchSize: number;
}

/** Jobs running in this process: a stored VALIDATING/WRITING job not among them was cut short (INTERRUPTED). */
const running = new Set<string>();

export const isRunning = (jobId: string): boolean => running.has(jobId);

/** Stands for the process dying after a committed batch (tests only): the job is left as a crash leaves it. */
export class SimulatedCrash extends Error {}

let afterBatch: ((jobId: string, line: number) => void) | null = null;

/** Test hook, called after each committed write batch; throwing SimulatedCrash abandons the job there. */
export function onImportBatch(hook: ((jobId: string, line: number) => void) | null): void {
  afterBatch = hook;
}

const update = (em: EntityManager | DataSource['manager'], id: string, change: Partial<ImportJobRow>) =>
  em.update(ImportJobEntity, { id }, { ...change, updatedAt: nowInstant() });

/**
 * On SQLite every query resolves at once (better-sqlite3 is synchronous), so a
 * job would run as one chain of microtasks and starve the process's HTTP
 * requests until it ends; each batch gives the event loop a turn first.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function* batches(rows: AsyncIterable<CsvRow>, size: number, fromLine = 0): AsyncGenerator<CsvRow[]> {
  let batch: CsvRow[] = [];
  for await (const row of rows) {
    if (row.line <= fromLine) continue;
    batch.push(row);
    if (batch.length >= size) {
      await yieldToEventLoop();
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

type Checked = { row: CsvRow; checked: CheckedRow<unknown> } | { row: CsvRow; error: RowError };

async function checkBatch<C extends SubgraphContext<unknown>>(run: JobRun<C>, ctx: C, batch: CsvRow[]): Promise<Checked[]> {
  await run.kind.prefetch?.(ctx, batch.map((row) => row.record));
  return Promise.all(batch.map(async (row): Promise<Checked> => {
    try {
      return { row, checked: await run.kind.check(ctx, row.record, run.job.organizationId) };
    } catch (err) {
      const refusal = rowErrorOf(err);
      if (!refusal) throw err;
      return { row, error: { jobId: run.job.id, line: row.line, ...refusal, message: refusal.message.slice(0, 500) } };
    }
  }));
}

async function validate<C extends SubgraphContext<unknown>>(run: JobRun<C>): Promise<boolean> {
  const { db, job } = run;
  await db.manager.delete(ImportRowErrorEntity, { jobId: job.id });
  Object.assign(job, { status: 'VALIDATING', rowsRead: 0, rowsValid: 0, rowsBad: 0 });
  await update(db.manager, job.id, { status: 'VALIDATING', rowsRead: 0, rowsValid: 0, rowsBad: 0 });
  for await (const batch of batches(readRows(run.file, run.kind.columns, run.kind.name), run.batchSize)) {
    const outcomes = await checkBatch(run, run.contextFor(), batch);
    const errors = outcomes.flatMap((o) => ('error' in o ? [o.error] : []));
    if (errors.length) await db.manager.insert(ImportRowErrorEntity, errors);
    job.rowsRead += batch.length;
    job.rowsBad += errors.length;
    job.rowsValid += batch.length - errors.length;
    await update(db.manager, job.id, { rowsRead: job.rowsRead, rowsValid: job.rowsValid, rowsBad: job.rowsBad });
  }
  if (job.rowsBad > 0 && !job.validOnly) {
    const message = `${job.rowsBad} of ${job.rowsRead} rows are not valid, so nothing was written; correct them (see the row errors) or import with validOnly to write the valid rows only`;
    await update(db.manager, job.id, { status: 'FAILED', message });
    return false;
  }
  return true;
}

/** One batch: the rows, their audit entries and the checkpoint commit together or not at all. */
async function writeBatch<C extends SubgraphContext<unknown>>(run: JobRun<C>, batch: CsvRow[]): Promise<void> {
  const ctx = run.contextFor();
  const outcomes = await checkBatch(run, ctx, batch);
  const { job } = run;
  await run.kind.prepare?.(ctx, outcomes.flatMap((o) => ('checked' in o && !o.checked.unchanged ? [o.checked.value] : [])));
  await writeTransaction(run.db, async (em) => {
    let written = 0;
    let unchanged = 0;
    const errors: RowError[] = [];
    for (const outcome of outcomes) {
      // A row refused in validation was reported there; only validOnly jobs get this far with one.
      if ('error' in outcome) continue;
      if (outcome.checked.unchanged) { unchanged += 1; continue; }
      try {
        if ((await run.kind.write(em, ctx, outcome.checked.value)) === 'written') written += 1;
        else unchanged += 1;
      } catch (err) {
        const refusal = rowErrorOf(err);
        if (!refusal) throw err;
        errors.push({ jobId: job.id, line: outcome.row.line, ...refusal });
      }
    }
    if (errors.length) await em.insert(ImportRowErrorEntity, errors);
    await ctx.access.audit.flush();
    const change = {
      rowsWritten: job.rowsWritten + written,
      rowsUnchanged: job.rowsUnchanged + unchanged,
      rowsBad: job.rowsBad + errors.length,
      checkpointLine: batch[batch.length - 1].line,
    };
    await update(em, job.id, change);
    Object.assign(job, change);
  });
  afterBatch?.(job.id, job.checkpointLine);
}

async function write<C extends SubgraphContext<unknown>>(run: JobRun<C>): Promise<void> {
  const { db, job } = run;
  job.status = 'WRITING';
  await update(db.manager, job.id, { status: 'WRITING' });
  for await (const batch of batches(readRows(run.file, run.kind.columns, run.kind.name), run.batchSize, job.checkpointLine)) await writeBatch(run, batch);
  await update(db.manager, job.id, { status: 'DONE', message: null });
  job.status = 'DONE';
  // A finished job is never read again (it cannot be resumed); a failed one keeps its file for a resume.
  await fs.promises.rm(path.dirname(run.file), { recursive: true, force: true });
}

function failureMessage(err: unknown): string {
  if (err instanceof HeaderError) return err.message;
  if (err instanceof CsvError) return `the file is not well-formed CSV: ${err.message}`;
  return 'the import stopped on an internal error; nothing after its last checkpoint was written, and resumeImport continues it';
}

/**
 * Runs (or resumes) a job to its end. A job that had reached WRITING continues
 * after its checkpoint; any other starts by validating the whole file.
 */
export async function runImportJob<C extends SubgraphContext<unknown>>(run: JobRun<C>, onError: (err: unknown) => void): Promise<void> {
  const { job } = run;
  running.add(job.id);
  try {
    await run.start?.();
    if (job.status !== 'WRITING' && !(await validate(run))) return;
    await write(run);
  } catch (err) {
    if (err instanceof SimulatedCrash) return;
    // A malformed file is the caller's to fix, told in the job's message; anything else is ours.
    if (!(err instanceof HeaderError || err instanceof CsvError)) onError(err);
    await update(run.db.manager, job.id, { status: 'FAILED', message: failureMessage(err) }).catch(onError);
  } finally {
    running.delete(job.id);
  }
}
