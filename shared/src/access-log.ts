/**
 * One access-log line per HTTP request (pino-http), through the service's own
 * redacting logger: the request id the client was given, the trace id, method,
 * path (never the query string: a GET carries its variables there), status and
 * time. No headers are logged, so no token can be. Probes (/healthz, /readyz,
 * /metrics) are not logged: an orchestrator asks every few seconds.
 */
import type http from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from './logger.ts';
import type { Middleware } from './http.ts';
import { currentRequest } from './request-scope.ts';

const PROBES = new Set(['/healthz', '/readyz', '/metrics', '/health']);

const pathOf = (url: string | undefined) => new URL(url ?? '/', 'http://localhost').pathname;

/** Client errors are warnings, server errors errors; everything else is info. */
export function accessLevel(status: number, failed: boolean): 'info' | 'warn' | 'error' {
  if (failed || status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}

export function accessLog(logger: Logger): Middleware {
  const ids = new WeakMap<http.IncomingMessage, { requestId: string; traceId?: string }>();
  const log = pinoHttp({
    logger,
    // The id the request scope gave this request: the one the client sees in x-request-id.
    genReqId: (req) => ids.get(req)?.requestId ?? '',
    wrapSerializers: false,
    serializers: {
      req: (req: http.IncomingMessage & { id?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: http.ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => accessLevel(res.statusCode, err !== undefined),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, _res, line) => ({ ...line, ...ids.get(req) }),
    customErrorObject: (req, _res, _err, line) => ({ ...line, ...ids.get(req) }),
    autoLogging: { ignore: (req) => PROBES.has(pathOf(req.url)) },
  });
  return (req, res, next) => {
    // Read once the request's other middleware (tracing) has run: the trace id is known by then.
    const scope = currentRequest();
    if (scope) ids.set(req, scope);
    log(req, res);
    next();
  };
}
