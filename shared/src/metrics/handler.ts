/**
 * `GET /metrics` in Prometheus' text format, and the HTTP counters behind it.
 *
 * Who may read it: metrics name operations and show load, which is not for
 * clients. Without METRICS_TOKEN only callers on the same host (loopback) are
 * answered; with it, callers from anywhere that send it as a bearer token (a
 * Prometheus in another container). Everyone else gets 404, as if it were not there.
 */
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { HttpHandler, Middleware } from '../http.ts';
import { routeLabel } from './labels.ts';
import { exposition, type ServiceMetrics } from './registry.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when this caller may read the metrics. */
export function mayReadMetrics(req: http.IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return LOOPBACK.test(req.socket.remoteAddress ?? '');
  const match = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return match !== null && sameSecret(match[1]!.trim(), token);
}

export function metricsHandler(metrics: ServiceMetrics, token: string | undefined): HttpHandler {
  return async (req, res, url) => {
    if (url.pathname !== '/metrics') return false;
    if (!mayReadMetrics(req, token) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.statusCode = 404;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: 'not found: the GraphQL endpoint is /graphql', extensions: { code: 'NOT_FOUND' } }] }));
      return true;
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(await exposition(metrics));
    return true;
  };
}

/** Counts every HTTP request by route, method and final status, and those in flight. */
export function httpMetrics(metrics: ServiceMetrics): Middleware {
  return (req, res, next) => {
    metrics.inFlight.inc();
    res.once('close', () => {
      metrics.inFlight.dec();
      metrics.httpRequests.inc({ route: routeLabel(new URL(req.url ?? '/', 'http://localhost').pathname), method: req.method ?? 'GET', status: String(res.statusCode) });
    });
    next();
  };
}
