/**
 * The file routes of resource packages, reached through the gateway only
 * (`/files/secondary/…`), with the caller in a gateway token bound to the route:
 *   POST /files/packages/<id>/files?kind=…&name=…   body: the file → 201 the new version
 *   GET  /files/files/<file id>/versions/<n>           → the version's bytes
 * GraphQL carries no file bodies; it lists the versions and their downloadPath.
 */
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { GraphQLError } from 'graphql';
import { routeOperation } from '@guantong/shared/bulk/routes';
import { TooLarge } from '@guantong/shared/files/spool';
import type { HttpHandler } from '@guantong/shared/http';
import type { ObjectStore } from '@guantong/shared/object-store/index';
import type { RouteContext } from '@guantong/shared/subgraph';
import type { Context } from '../context.ts';
import { downloadVersion } from './downloads.ts';
import { downloadPath } from './resolvers.ts';
import { uploadVersion } from './uploads.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

function answer(res: http.ServerResponse, status: number, body: unknown): true {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
  return true;
}

function refuse(res: http.ServerResponse, err: unknown, maxBytes: number): true {
  if (err instanceof TooLarge) {
    // The rest of the body is not wanted: the connection ends with this answer.
    res.setHeader('connection', 'close');
    return answer(res, 413, { errors: [{ message: `the file is larger than the ${maxBytes} bytes accepted (RESOURCE_MAX_BYTES); nothing was stored`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  }
  if (!(err instanceof GraphQLError)) throw err;
  const code = String(err.extensions.code ?? 'BAD_USER_INPUT');
  return answer(res, STATUS[code] ?? 400, { errors: [{ message: err.message, extensions: { code, field: err.extensions.field } }] });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name, so any name is sent safely. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // RFC 5987 leaves ' ( ) * out of attr-char, and encodeURIComponent leaves them as they are.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const UPLOAD = /^\/files\/packages\/([0-9]{1,12})\/files$/;
const DOWNLOAD = /^\/files\/files\/([0-9]{1,12})\/versions\/([0-9]{1,6})$/;

/** The routes, over `store`, refusing files over `maxBytes`. */
export function resourceFileRoutes(store: ObjectStore, maxBytes: number, contextFor: RouteContext<Context>): HttpHandler {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/files/')) return false;
    const upload = req.method === 'POST' ? UPLOAD.exec(url.pathname) : null;
    const download = req.method === 'GET' ? DOWNLOAD.exec(url.pathname) : null;
    if (!upload && !download) return answer(res, 404, { errors: [{ message: 'file routes are POST /files/secondary/packages/<id>/files?kind=…&name=… and GET /files/secondary/files/<id>/versions/<n>', extensions: { code: 'NOT_FOUND' } }] });
    try {
      const ctx = await contextFor(req, routeOperation(req.method ?? 'GET', url.pathname, url.searchParams));
      if (upload) {
        const row = await uploadVersion(ctx, store, maxBytes, req, { packageId: upload[1], kind: url.searchParams.get('kind'), name: url.searchParams.get('name') });
        const { id, fileId, version, kind, name, contentType, size, sha256, uploadedAt, uploaderId } = row;
        return answer(res, 201, { id: String(fileId), versionId: String(id), kind, name, contentType, size, sha256, version, uploadedAt, uploaderId, downloadPath: downloadPath(fileId, version) });
      }
      const { version, body } = await downloadVersion(ctx, store, Number(download![1]), Number(download![2]));
      res.statusCode = 200;
      res.setHeader('content-type', version.contentType);
      res.setHeader('content-length', String(version.size));
      res.setHeader('content-disposition', disposition(version.name));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('x-checksum-sha256', version.sha256);
      await pipeline(body, res);
      return true;
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return true;
      }
      return refuse(res, err, maxBytes);
    }
  };
}
