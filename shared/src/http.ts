/**
 * Serves an ApolloServer over node:http at `/graphql`, with a bounded JSON body.
 * Used by the gateway and every subgraph so they share one request pipeline.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import bodyParser from 'body-parser';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import { inRequestScope, requestIdOf } from './request-scope.ts';

export interface ServeOptions<C extends BaseContext> {
  port: number;
  host?: string;
  /** Largest accepted request body, e.g. "1mb". */
  bodyLimit: string;
  context: ContextFunction<[{ req: http.IncomingMessage; body: { query?: string; variables?: unknown } | undefined; requestId: string }], C>;
  /** Inspects (and may rewrite) the parsed JSON body; a refusal is answered with its status. */
  checkBody?: (req: http.IncomingMessage, body: Record<string, unknown> | undefined) => { ok: true } | { ok: false; status: number; message: string };
  /** Read-only JSON documents served beside /graphql, e.g. the gateway's JWKS. */
  routes?: Record<string, () => unknown>;
  /**
   * Further HTTP handlers, tried in order before `/graphql` (each concern, such as
   * published documents or health checks, brings its own). A handler that answers
   * the request returns true; one that does not returns false.
   */
  handlers?: readonly HttpHandler[];
  /**
   * Runs once the body is parsed, before GraphQL handling (the gateway verifies
   * the caller here, so it can count requests per verified caller); may answer
   * the request itself (e.g. 429) and return false.
   */
  admit?: (req: http.IncomingMessage, res: http.ServerResponse, body: { query?: string; variables?: unknown } | undefined) => Promise<boolean>;
  /**
   * Wrap every request, in order, inside its request scope (tracing, access
   * log, metrics); each calls `next` to go on.
   */
  middleware?: readonly Middleware[];
  /** Keep the `x-request-id` a caller sends (subgraphs, reached through the gateway only). */
  trustRequestId?: boolean;
}

/** Wraps a request: runs `next` to go on, within whatever context it sets up. */
export type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** Answers a request outside GraphQL, or returns false to let the next handler try. */
export type HttpHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface Served {
  url: string;
  port: number;
  /** Stops at once, cutting any request in flight (tests). */
  close(): Promise<void>;
  /**
   * Stops accepting, lets the requests in flight finish for up to `ms`, then
   * cuts what is left. Resolves true when every request finished in time.
   */
  drain(ms: number): Promise<boolean>;
  /** Requests being served now. */
  inFlight(): number;
}

function reply(res: http.ServerResponse, status: number, message: string, code = 'BAD_REQUEST'): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function headerMap(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function parsedBody(req: http.IncomingMessage): { query?: string; variables?: unknown } | undefined {
  const body = (req as { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as { query?: string; variables?: unknown }) : undefined;
}

/** Starts listening; port 0 picks an ephemeral port. */
export async function serveGraphQL<C extends BaseContext>(server: ApolloServer<C>, options: ServeOptions<C>): Promise<Served> {
  const json = bodyParser.json({ limit: options.bodyLimit });
  let inFlight = 0;
  let draining = false;
  const httpServer = http.createServer((req, res) => {
    inFlight += 1;
    // While draining, every answer ends its connection, so keep-alive clients go elsewhere.
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight -= 1;
      if (draining) setImmediate(() => httpServer.closeIdleConnections());
    });
    const requestId = requestIdOf(req, options.trustRequestId ?? false);
    // Every answer, GraphQL or not (413, 429 …), names the id its log lines carry.
    res.setHeader('x-request-id', requestId);
    inRequestScope({ requestId }, () => wrapped(options.middleware ?? [], req, res, () => route(req, res, requestId)));
  });
  function wrapped(middleware: readonly Middleware[], req: http.IncomingMessage, res: http.ServerResponse, last: () => void): void {
    const [first, ...rest] = middleware;
    if (!first) return last();
    first(req, res, () => wrapped(rest, req, res, last));
  }
  function route(req: http.IncomingMessage, res: http.ServerResponse, requestId: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return reply(res, 200, 'ok', 'OK');
    const route = options.routes?.[url.pathname];
    if (route) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      return void res.end(JSON.stringify(route()));
    }
    tryHandlers(req, res, url)
      .then((answered) => answered || graphql(req, res, url, requestId))
      .catch(() => reply(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR'));
  }
  async function tryHandlers(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    for (const handler of options.handlers ?? []) if (await handler(req, res, url)) return true;
    return false;
  }
  function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): void {
    if (url.pathname !== '/graphql') return reply(res, 404, 'not found: the GraphQL endpoint is /graphql', 'NOT_FOUND');
    json(req, res, (err?: { status?: number; type?: string }) => {
      if (err) {
        const tooLarge = err.type === 'entity.too.large';
        return reply(res, err.status ?? 400, tooLarge ? `request body exceeds ${options.bodyLimit}` : 'request body is not valid JSON');
      }
      (options.admit ?? (async () => true))(req, res, parsedBody(req))
        .then((admitted) => admitted && handle(req, res, url, requestId))
        .catch(() => reply(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  }
  function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): void {
    const checked = options.checkBody?.(req, parsedBody(req) as Record<string, unknown> | undefined);
    if (checked && !checked.ok) return reply(res, checked.status, checked.message, checked.status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST');
    server
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? 'GET').toUpperCase(),
          headers: headerMap(req),
          search: url.search,
          body: (req as { body?: unknown }).body,
        },
        context: () => options.context({ req, body: parsedBody(req), requestId }),
      })
      .then(async (response) => {
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        // Encoded once here; a string would be measured for Content-Length and then encoded again.
        if (response.body.kind === 'complete') return void res.end(Buffer.from(response.body.string, 'utf8'));
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch(() => reply(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR'));
  }
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
    async drain(ms) {
      draining = true;
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
      clearTimeout(timer);
      if (!finished) httpServer.closeAllConnections();
      await closed;
      return finished;
    },
    inFlight: () => inFlight,
  };
}
