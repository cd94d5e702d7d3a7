/**
 * Bulk files through the gateway: `/bulk/<subgraph>/imports`, `/exports` and
 * `/templates/<kind>.csv` are streamed to and from the owning subgraph, with
 * the caller's identity in a gateway token bound to the route and its
 * parameters (as a GraphQL fetch is bound to its operation). Nothing is
 * buffered, so a 100,000-row file costs the gateway no more memory than a small one.
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CryptoKey } from 'jose';
import type { Config, SubgraphName } from '@guantong/shared/config';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { routeOperation } from '@guantong/shared/bulk/routes';
import type { HttpHandler } from '@guantong/shared/http';
import type { CallerOf } from './caller.ts';

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
    const operation = routeOperation(req.method ?? 'GET', pathname, url.searchParams);
    const token = await signGatewayToken(actor, signingKey, subgraph, config.gatewayTokenTtlSeconds, operationHash(operation.query, operation.variables));
    const target = new URL(`${pathname}${url.search}`, config.subgraphUrls[subgraph]);
    const upload = req.method === 'POST';
    let response: Response;
    try {
      response = await fetch(target, {
        method: req.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': req.headers['content-type'] ?? 'text/csv', 'x-request-id': String(res.getHeader('x-request-id') ?? '') },
        body: upload ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: upload ? 'half' : undefined,
      } as RequestInit);
    } catch {
      return refuse(res, 502, 'SERVICE_UNAVAILABLE', `the ${subgraph} subgraph could not be reached; nothing was imported, try again later`);
    }
    res.statusCode = response.status;
    for (const header of ['content-type', 'content-disposition']) {
      const value = response.headers.get(header);
      if (value) res.setHeader(header, value);
    }
    if (!response.body) {
      res.end();
      return true;
    }
    await pipeline(Readable.fromWeb(response.body as never), res);
    return true;
  };
}
