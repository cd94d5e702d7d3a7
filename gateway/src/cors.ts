/**
 * Browser apps on the allowlisted origins may call the gateway: CORS by the
 * `cors` package, on /graphql and the JSON routes alike. Apollo's CSRF
 * prevention stays on; only a GET from an allowlisted origin counts as
 * preflighted, because the browser's own `Origin` header proves where it came
 * from, and GET runs queries only. A simple GET or form POST from any other
 * origin is still refused.
 */
import cors from 'cors';
import type { CorsConfig } from '@guantong/shared/config';
import type { Middleware } from '@guantong/shared/http';
import { CLIENT_KEY_HEADER } from './trusted-documents.ts';

/** Request headers a browser app may send: the GraphQL-over-HTTP ones, the bearer token and the trusted-documents key. */
const ALLOWED_HEADERS = ['content-type', 'accept', 'authorization', CLIENT_KEY_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];
/** Response headers a browser app may read: the request id to quote, and when to retry. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

/** The header Apollo's CSRF prevention accepts as proof that a request was preflighted (or needs none). */
const PREFLIGHTED = 'apollo-require-preflight';

export function corsMiddleware(config: CorsConfig): Middleware {
  const allowed = new Set(config.origins);
  const handle = cors({
    origin: config.origins,
    credentials: config.credentials,
    maxAge: config.maxAgeSeconds,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (req.method === 'GET' && origin && allowed.has(origin)) req.headers[PREFLIGHTED] = 'true';
    handle(req, res, () => next());
  };
}
