/**
 * Bulk files through the gateway: `/bulk/<subgraph>/imports`, `/exports` and
 * `/templates/<kind>.csv` are streamed to and from the owning subgraph, with
 * the caller's identity in a gateway token bound to the route and its
 * parameters (as a GraphQL fetch is bound to its operation). Nothing is
 * buffered, so a 100,000-row file costs the gateway no more memory than a small one.
 */
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CryptoKey } from 'jose';
import type { Config, SubgraphName } from '@guantong/shared/config';
import { operationHash, signGatewayToken, type Actor } from '@guantong/shared/identity';
import { signJobDelegation } from '@guantong/shared/delegation';
import { routeOperation } from '@guantong/shared/bulk/routes';
import type { HttpHandler } from '@guantong/shared/http';
import type { CallerOf } from './caller.ts';
import { uploadWithDelegation } from './bulk-upload.ts';

type Admit = (req: http.IncomingMessage, res: http.ServerResponse, body: undefined) => Promise<boolean>;

function refuse(res: http.ServerResponse, status: number, code: string, message: string): true {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  return true;
}

export function bulkProxy(config: Config, signingKey: CryptoKey, callerOf: CallerOf, admit: Admit): HttpHandler {
  return async (req, res, url) => {
    const match = /^\/bulk\/([a-z]+)(\/.*)$/.exec(url.pathname);
    if (!match) return false;
    const subgraph = match[1] as SubgraphName;
    if (!(subgraph in config.subgraphUrls)) return refuse(res, 404, 'NOT_FOUND', `bulk routes are /bulk/<subgraph>/… with subgraph one of ${Object.keys(config.subgraphUrls).join(', ')}`);
    if (!(await admit(req, res, undefined))) return true;
    let actor;
    try {
      actor = await callerOf(req, undefined);
    } catch {
      return refuse(res, 401, 'UNAUTHENTICATED', 'send a valid token as "Authorization: Bearer <JWT>"');
    }
    const pathname = `/bulk${match[2]}`;
    const upload = req.method === 'POST';
    const params = new URLSearchParams(url.searchParams);
    // Each upload gets its name here: the job's delegation is bound to it.
    if (upload) params.set('upload', randomUUID());
    const operation = routeOperation(req.method ?? 'GET', pathname, params);
    const token = await signGatewayToken(actor, signingKey, subgraph, config.gatewayTokenTtlSeconds, operationHash(operation.query, operation.variables));
    const target = new URL(`${pathname}?${params}`, config.subgraphUrls[subgraph]);
    const headers = { authorization: `Bearer ${token}`, 'content-type': req.headers['content-type'] ?? 'text/csv', 'x-request-id': String(res.getHeader('x-request-id') ?? '') };
    let response: Answer;
    try {
      response = upload
        ? fromNode(await uploadWithDelegation(target, headers, req, (learnersRoot) => jobDelegation(config, signingKey, actor, subgraph, params, learnersRoot), params.get('format') ?? 'csv'))
        : fromFetch(await fetch(target, { method: req.method, headers }));
    } catch {
      return refuse(res, 502, 'SERVICE_UNAVAILABLE', `the ${subgraph} subgraph could not be reached; nothing was imported, try again later`);
    }
    res.statusCode = response.status;
    for (const header of ['content-type', 'content-disposition']) {
      const value = response.header(header);
      if (value) res.setHeader(header, value);
    }
    await pipeline(response.body, res);
    return true;
  };
}

/** A subgraph's answer, whether it came by fetch (exports) or by node:http (uploads, which send a trailer). */
interface Answer {
  status: number;
  header(name: string): string | undefined;
  body: Readable;
}

const fromFetch = (response: Response): Answer => ({
  status: response.status,
  header: (name) => response.headers.get(name) ?? undefined,
  body: response.body ? Readable.fromWeb(response.body as never) : Readable.from([]),
});

const fromNode = (response: http.IncomingMessage): Answer => ({
  status: response.statusCode ?? 502,
  header: (name) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  },
  body: response,
});

/** The upload's job delegation: as the caller, for this job of this organisation and part, about the learners of its file. */
function jobDelegation(config: Config, signingKey: CryptoKey, actor: Actor, subgraph: SubgraphName, params: URLSearchParams, learnersRoot: string): Promise<string> {
  const binding = { job: params.get('upload') ?? '', organizationId: params.get('institution') ?? '', kind: params.get('kind') ?? '', learnersRoot };
  return signJobDelegation(actor, signingKey, subgraph, binding, config.imports.delegationTtlSeconds);
}
