/**
 * The published contract at a stable address, in every mode: `GET /schema.graphql`
 * answers the committed API schema (gateway/api-schema.graphql), the same file
 * client codegen and the breaking-change check read.
 */
import type { HttpHandler } from '@guantong/shared/http';
import { readApiSchema } from './composition.ts';

export const SCHEMA_PATH = '/schema.graphql';

/** Reads the file once, at start-up. */
export function schemaHandler(sdl: string = readApiSchema()): HttpHandler {
  return (req, res, url) => {
    if (url.pathname !== SCHEMA_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('read the schema with GET');
      return true;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : sdl);
    return true;
  };
}
