/**
 * Files through the gateway: `/files/<subgraph>/…` is streamed to and from the
 * owning subgraph's `/files/…` routes, with the caller's identity in a gateway
 * token bound to the route and its parameters (as the bulk routes are). The
 * body is never buffered; a subgraph that refuses an upload early (403, 413)
 * is answered at once, and the rest of the upload is not forwarded.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CryptoKey } from 'jose';
import type { Config, SubgraphName } from '@guantong/shared/config';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { routeOperation } from '@guantong/shared/bulk/routes';
import type { HttpHandler } from '@guantong/shared/http';
import type { CallerOf } from './caller.ts';

type Admit = (req: http.IncomingMessage, res: http.ServerResponse, body: undefined) => Promise<boolean>;

const PASSED_BACK = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'x-checksum-sha256'];

function refuse(res: http.ServerResponse, status: number, code: string, message: string): true {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  return true;
}

/** Streams `body` to `target`; resolves with the answer as soon as it starts, even mid-upload. */
function forwardUpload(target: URL, headers: Record<string, string>, body: http.IncomingMessage): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (target.protocol === 'https:' ? https : http).request(target, { method: 'POST', headers }, (response) => {
      if (!body.readableEnded) {
        // Answered before the last byte (a refusal): forward no more, drop the rest, and close both connections after the answer.
        body.unpipe(request);
        body.resume();
        response.on('end', () => request.destroy());
      }
      resolve(response);
    });
    request.on('error', reject);
    body.pipe(request);
  });
}

export function filesProxy(config: Config, signingKey: CryptoKey, callerOf: CallerOf, admit: Admit): HttpHandler {
  return async (req, res, url) => {
    const match = /^\/files\/([a-z]+)(\/.*)$/.exec(url.pathname);
    if (!match) return false;
    const subgraph = match[1] as SubgraphName;
    if (!(subgraph in config.subgraphUrls) || (req.method !== 'GET' && req.method !== 'POST')) {
      return refuse(res, 404, 'NOT_FOUND', `file routes are GET or POST /files/<subgraph>/… with subgraph one of ${Object.keys(config.subgraphUrls).join(', ')}`);
    }
    if (!(await admit(req, res, undefined))) return true;
    let actor;
    try {
      actor = await callerOf(req, undefined);
    } catch {
      return refuse(res, 401, 'UNAUTHENTICATED', 'send a valid token as "Authorization: Bearer <JWT>"');
    }
    const pathname = `/files${match[2]}`;
    const operation = routeOperation(req.method, pathname, url.searchParams);
    const token = await signGatewayToken(actor, signingKey, subgraph, config.gatewayTokenTtlSeconds, operationHash(operation.query, operation.variables));
    const target = new URL(`${pathname}${url.search}`, config.subgraphUrls[subgraph]);
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'x-request-id': String(res.getHeader('x-request-id') ?? '') };
    for (const name of ['content-type', 'content-length', 'transfer-encoding']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let status: number;
    let header: (name: string) => string | undefined;
    let body: Readable;
    try {
      if (req.method === 'POST') {
        const answer = await forwardUpload(target, headers, req);
        status = answer.statusCode ?? 502;
        header = (name) => [answer.headers[name]].flat().join(', ') || undefined;
        body = answer;
      } else {
        const answer = await fetch(target, { headers });
        status = answer.status;
        header = (name) => answer.headers.get(name) ?? undefined;
        body = answer.body ? Readable.fromWeb(answer.body as never) : Readable.from([]);
      }
    } catch {
      return refuse(res, 502, 'SERVICE_UNAVAILABLE', `the ${subgraph} subgraph could not be reached; nothing was stored, try again later`);
    }
    res.statusCode = status;
    if (req.method === 'POST' && !req.readableEnded) res.setHeader('connection', 'close');
    for (const name of PASSED_BACK) {
      const value = header(name);
      if (value) res.setHeader(name, value);
    }
    await pipeline(body, res);
    return true;
  };
}
