/**
 * The import job as the API shows it: status (a job this process is not
 * running but left mid-way reads INTERRUPTED), progress, row errors by page,
 * and resuming. Staff of the job's organisation (org:write) and admins only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MoreThan } from 'typeorm';
import type { Config } from '../config.ts';
import { badInput, conflict, notFound } from '../errors.ts';
import { authorize } from '../policy.ts';
import { connectionOf, decodeKeyCursor, encodeKeyCursor, pageSize, type Page, type PageArgs } from '../paging.ts';
import type { SubgraphContext } from '../subgraph.ts';
import { LEARNER_PROOFS, learnerIdsIn } from '../delegation.ts';
import { gatewayLookups, type PeerLookups } from '../peer-lookups.ts';
import { LearnerSet, learnerIdsOfFile } from './learner-set.ts';
import { ImportJobEntity, ImportRowErrorEntity, type ImportJobRow, type ImportRowErrorRow, type ImportStatus } from './jobs.ts';
import { isRunning, runImportJob } from './runner.ts';
import type { BulkSetup } from './setup.ts';

const LEFT_MID_WAY: readonly ImportStatus[] = ['QUEUED', 'VALIDATING', 'WRITING'];

/** The status to show: a job left mid-way by a stopped process is INTERRUPTED until resumed. */
export function shownStatus(job: ImportJobRow): ImportStatus {
  return LEFT_MID_WAY.includes(job.status) && !isRunning(job.id) ? 'INTERRUPTED' : job.status;
}

export const jobFile = (config: Config, subgraph: string, job: Pick<ImportJobRow, 'id' | 'format'>): string => path.join(config.imports.dir, subgraph, job.id, `upload.${job.format}`);

/** Where a job keeps the delegation the gateway issued with its upload, beside the file it covers (removed with it). */
export const delegationFile = (uploadFile: string): string => path.join(path.dirname(uploadFile), 'delegation.jwt');

/** A job's lookups count against its uploader's rate budget; refused, it waits and asks again rather than fail rows. */
const RATE_LIMIT_RETRIES = 30;

/**
 * The job's lookups through the gateway under its delegation, each with the
 * proofs that the learners it names are in the job's file. Built from the
 * stored file, so a resumed job (after a restart) asks as the first run did.
 */
export async function jobLookups(config: Config, uploadFile: string): Promise<PeerLookups> {
  const delegation = await fs.promises.readFile(delegationFile(uploadFile), 'utf8').catch(() => undefined);
  const learners = new LearnerSet(await learnerIdsOfFile(uploadFile));
  const proofs = (variables: Record<string, unknown>) => ({
    [LEARNER_PROOFS]: Object.fromEntries(learnerIdsIn(undefined, variables).map((id) => [id, learners.proof(id)])),
  });
  return gatewayLookups(config.gatewayUrl, delegation, config.subgraphTimeoutMs, { extensionsFor: proofs, rateLimitRetries: RATE_LIMIT_RETRIES });
}

/** The job, once the caller may write for its organisation; NOT_FOUND reads the same for a job that is not theirs. */
export async function requireJob<C extends SubgraphContext<unknown>>(ctx: C, setup: BulkSetup<C>, id: string): Promise<ImportJobRow> {
  const job = await ctx.db.manager.findOneBy(ImportJobEntity, { id });
  const missing = () => notFound(`no import job ${id} of your organisation; use the id startImport returned`);
  if (!job) throw missing();
  try {
    authorize(ctx.actor, { action: 'org:write', organizationId: job.organizationId, staffRole: setup.staffRole });
  } catch (err) {
    if ((err as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED') throw err;
    throw missing();
  }
  return job;
}

/** One page of a job's row errors, by line; the cursor is the last error's line and id. */
export async function rowErrorPage(ctx: SubgraphContext<unknown>, jobId: string, args: PageArgs): Promise<Page<ImportRowErrorRow>> {
  const first = pageSize(args.first, 50);
  const afterId = args.after == null ? 0 : Number(decodeKeyCursor(args.after));
  if (!Number.isInteger(afterId)) throw badInput('after must be a cursor taken from pageInfo.endCursor of an earlier page', { field: 'after' });
  const repo = ctx.db.getRepository(ImportRowErrorEntity);
  // Errors are inserted in line order (validation reads the file in order), so id order is line order.
  const [rows, totalCount] = await Promise.all([
    repo.find({ where: { jobId, id: MoreThan(afterId) }, order: { id: 'ASC' }, take: first + 1 }),
    repo.countBy({ jobId }),
  ]);
  // Cursors come only from earlier pages of this job, so a cursor means errors precede it.
  return connectionOf(rows.slice(0, first), (row) => encodeKeyCursor(String(row.id)), { totalCount, hasNextPage: rows.length > first, hasPreviousPage: afterId > 0 });
}

/** Services a subgraph's bulk routes and resolvers need from the running process. */
export interface BulkRuntime<C extends SubgraphContext<unknown>> {
  subgraph: string;
  config: Config;
  setup: BulkSetup<C>;
  /** A fresh context for `ctx`'s caller (new loaders and audit recorder), asking other institutions through `peers` when given. */
  renew(ctx: C, peers?: PeerLookups): C;
  onError(err: unknown): void;
}

/** Starts (or continues) a job in the background; its progress is read through the job. */
export function launch<C extends SubgraphContext<unknown>>(runtime: BulkRuntime<C>, ctx: C, job: ImportJobRow): void {
  const kind = runtime.setup.imports.find((k) => k.name === job.kind);
  if (!kind) throw badInput(`kind must be one of ${runtime.setup.imports.map((k) => k.name).join(', ')}`, { field: 'kind' });
  const file = jobFile(runtime.config, runtime.subgraph, job);
  let peers: PeerLookups | undefined;
  void runImportJob(
    {
      db: ctx.db, job, kind, file, batchSize: runtime.config.imports.batchSize,
      contextFor: () => runtime.renew(ctx, peers),
      // Only a job that asks other institutions reads its delegation (and the learners of its file).
      start: kind.asksPeers ? async () => void (peers = await jobLookups(runtime.config, file)) : undefined,
    },
    runtime.onError,
  );
}

/** Continues an interrupted (or failed) job after its checkpoint; a running or finished job is a CONFLICT. */
export async function resumeImport<C extends SubgraphContext<unknown>>(runtime: BulkRuntime<C>, ctx: C, id: string): Promise<ImportJobRow> {
  const job = await requireJob(ctx, runtime.setup, id);
  const status = shownStatus(job);
  if (status !== 'INTERRUPTED' && status !== 'FAILED') {
    throw conflict(`import job ${id} is ${status}; only an INTERRUPTED or FAILED job can be resumed`);
  }
  launch(runtime, ctx, job);
  return job;
}
