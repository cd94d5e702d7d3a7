/**
 * Serves an ApolloServer over node:http at `/graphql`, with a bounded JSON body.
 * Used by the gateway and every subgraph so they share one request pipeline.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import bodyParser from 'body-parser';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

export interface ServeOptions<C extends BaseContext> {
  port: number;
  host?: string;
  /** Largest accepted request body, e.g. "1mb". */
  bodyLimit: string;
  context: ContextFunction<[{ req: http.IncomingMessage; body: { query?: string; variables?: unknown } | undefined }], C>;
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
}

/** Answers a request outside GraphQL, or returns false to let the next handler try. */
export type HttpHandler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
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
  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return reply(res, 200, 'ok', 'OK');
    const route = options.routes?.[url.pathname];
    if (route) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      return void res.end(JSON.stringify(route()));
    }
    tryHandlers(req, res, url)
      .then((answered) => answered || graphql(req, res, url))
      .catch(() => reply(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR'));
  });
  async function tryHandlers(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    for (const handler of options.handlers ?? []) if (await handler(req, res, url)) return true;
    return false;
  }
  function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (url.pathname !== '/graphql') return reply(res, 404, 'not found: the GraphQL endpoint is /graphql', 'NOT_FOUND');
    json(req, res, (err?: { status?: number; type?: string }) => {
      if (err) {
        const tooLarge = err.type === 'entity.too.large';
        return reply(res, err.status ?? 400, tooLarge ? `request body exceeds ${options.bodyLimit}` : 'request body is not valid JSON');
      }
      (options.admit ?? (async () => true))(req, res, parsedBody(req))
        .then((admitted) => admitted && handle(req, res, url))
        .catch(() => reply(res, 500, 'internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  }
  function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
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
        context: () => options.context({ req, body: parsedBody(req) }),
      })
      .then(async (response) => {
        for (const [key, value] of response.headers) res.setHeader(key, value);
        res.statusCode = response.status ?? 200;
        if (response.body.kind === 'complete') return void res.end(response.body.string);
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
  };
}
