/**
 * The subgraph's bulk HTTP routes, reached through the gateway only (the
 * gateway's token is bound to the route and its parameters, like a GraphQL
 * operation):
 *   POST /bulk/imports?institution=…&kind=…[&validOnly=true][&format=xlsx]   body: the file → 202 { jobId }
 *   GET  /bulk/exports?institution=…&kind=…                    → the organisation's rows as CSV
 *   GET  /bulk/templates/<kind>.csv                             → the header line of a part
 * Uploads stream to the job's folder and exports stream from the database a
 * page at a time, so memory does not grow with the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { GraphQLError } from 'graphql';
import { nowInstant } from '../clock.ts';
import { badInput } from '../errors.ts';
import { authorize } from '../policy.ts';
import type { HttpHandler } from '../http.ts';
import type { SubgraphContext } from '../subgraph.ts';
import { csvWriter } from './csv.ts';
import { ImportJobEntity, type ImportJobRow } from './jobs.ts';
import { delegationFile, jobFile, launch, type BulkRuntime } from './service.ts';
import { JOB_DELEGATION_TRAILER } from '../delegation.ts';

/** What a route operation is, for the gateway token's binding: the method, path and parameters. */
export function routeOperation(method: string, pathname: string, params: URLSearchParams): { query: string; variables: Record<string, string> } {
  return { query: `${method} ${pathname}`, variables: Object.fromEntries([...params.entries()].sort(([a], [b]) => a.localeCompare(b))) };
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, PAYLOAD_TOO_LARGE: 413 };

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, err: unknown): boolean {
  if (!(err instanceof GraphQLError)) throw err;
  const code = String(err.extensions.code ?? 'BAD_USER_INPUT');
  answer(res, STATUS[code] ?? 400, { errors: [{ message: err.message, extensions: { code, field: err.extensions.field } }] });
  return true;
}

class TooLarge extends Error {}

function byteLimit(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > max ? new TooLarge() : null, chunk);
    },
  });
}

function kindOf<T extends { name: string }>(kinds: readonly T[], url: URL): T {
  const name = url.searchParams.get('kind');
  const kind = kinds.find((k) => k.name === name);
  if (!kind) throw badInput(`kind must be one of ${kinds.map((k) => k.name).join(', ')}`, { field: 'kind' });
  return kind;
}

function institutionOf(url: URL): string {
  const institution = url.searchParams.get('institution');
  if (!institution) throw badInput('institution must name your organisation, e.g. sch-riverside', { field: 'institution' });
  return institution;
}

function formatOf(url: URL): ImportJobRow['format'] {
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw badInput('format must be csv (the default) or xlsx', { field: 'format' });
  return format;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uploadIdOf(url: URL): string {
  const id = url.searchParams.get('upload');
  if (id === null) return randomUUID();
  if (!UUID.test(id)) throw badInput('upload must be a UUID (the gateway names each upload)', { field: 'upload' });
  return id;
}

async function upload<C extends SubgraphContext<unknown>>(runtime: BulkRuntime<C>, ctx: C, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  const kind = kindOf(runtime.setup.imports, url);
  const organizationId = institutionOf(url);
  authorize(ctx.actor, { action: 'org:write', organizationId, staffRole: runtime.setup.staffRole });
  // The gateway names the upload (its token binds the name), so the delegation it signs after the last byte names this job.
  const id = uploadIdOf(url);
  const format = formatOf(url);
  const file = jobFile(runtime.config, runtime.subgraph, { id, format });
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  try {
    await pipeline(req, byteLimit(runtime.config.imports.maxBytes), fs.createWriteStream(file));
  } catch (err) {
    await fs.promises.rm(path.dirname(file), { recursive: true, force: true });
    if (err instanceof TooLarge) return answer(res, 413, { errors: [{ message: `the file is larger than the ${runtime.config.imports.maxBytes} bytes accepted (IMPORT_MAX_BYTES)`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    throw err;
  }
  if (kind.asksPeers) {
    const delegation = req.trailers[JOB_DELEGATION_TRAILER];
    if (!delegation) {
      await fs.promises.rm(path.dirname(file), { recursive: true, force: true });
      throw badInput(`${kind.name} are imported through the gateway, which hands the job its delegation with the upload`);
    }
    await fs.promises.writeFile(delegationFile(file), delegation, { mode: 0o600 });
  }
  const at = nowInstant();
  const subject = ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous';
  const job: ImportJobRow = {
    id, organizationId, kind: kind.name, format, status: 'QUEUED', validOnly: url.searchParams.get('validOnly') === 'true', actorSubject: subject,
    rowsRead: 0, rowsValid: 0, rowsBad: 0, rowsWritten: 0, rowsUnchanged: 0, checkpointLine: 0, message: null, createdAt: at, updatedAt: at,
  };
  await ctx.db.manager.insert(ImportJobEntity, job);
  launch(runtime, ctx, job);
  answer(res, 202, { jobId: id, status: job.status });
}

async function exportRows<C extends SubgraphContext<unknown>>(runtime: BulkRuntime<C>, ctx: C, res: http.ServerResponse, url: URL): Promise<void> {
  const kind = kindOf(runtime.setup.exports, url);
  const organizationId = institutionOf(url);
  authorize(ctx.actor, { action: 'org:write', organizationId, staffRole: runtime.setup.staffRole });
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${kind.name}.csv"`);
  const csv = csvWriter(kind.columns);
  const done = pipeline(csv, res);
  let after: string | null = null;
  for (;;) {
    const page = runtime.renew(ctx);
    const rows = await kind.page(page, organizationId, after, 1000);
    // The reads are on the trail before the rows leave.
    await page.access.audit.flush();
    for (const row of rows) if (!csv.write(row.record)) await new Promise((resolve) => csv.once('drain', resolve));
    if (rows.length < 1000) break;
    after = rows[rows.length - 1].key;
    // SQLite answers synchronously: let the process serve other requests between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  csv.end();
  await done;
}

function template(runtime: BulkRuntime<SubgraphContext<unknown>>, res: http.ServerResponse, url: URL): boolean {
  const name = url.pathname.slice('/bulk/templates/'.length).replace(/\.csv$/, '');
  const kind = runtime.setup.imports.find((k) => k.name === name);
  if (!kind) return refuse(res, badInput(`a template is /bulk/templates/<kind>.csv with kind one of ${runtime.setup.imports.map((k) => k.name).join(', ')}`));
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.end(`${kind.columns.join(',')}\n`);
  return true;
}

/** The bulk routes; `contextFor` verifies the gateway token bound to the route operation. */
export function bulkHandler<C extends SubgraphContext<unknown>>(runtime: BulkRuntime<C>, contextFor: (req: http.IncomingMessage, operation: ReturnType<typeof routeOperation>) => Promise<C>): HttpHandler {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/bulk/')) return false;
    if (req.method === 'GET' && url.pathname.startsWith('/bulk/templates/')) return template(runtime as never, res, url);
    const route = `${req.method} ${url.pathname}`;
    if (route !== 'POST /bulk/imports' && route !== 'GET /bulk/exports') return false;
    try {
      const ctx = await contextFor(req, routeOperation(req.method ?? 'GET', url.pathname, url.searchParams));
      if (route === 'POST /bulk/imports') await upload(runtime, ctx, req, res, url);
      else await exportRows(runtime, ctx, res, url);
      return true;
    } catch (err) {
      if (res.headersSent) {
        runtime.onError(err);
        res.destroy();
        return true;
      }
      return refuse(res, err);
    }
  };
}
