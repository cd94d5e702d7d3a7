/**
 * The server span of every HTTP request a service answers, continuing the
 * trace its caller sent in `traceparent` (the gateway's, for a subgraph).
 */
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Middleware } from '../http.ts';
import { currentRequest } from '../request-scope.ts';
import { tracer, tracingEnabled } from './tracing.ts';

export function tracingMiddleware(service: string): Middleware {
  return (req, res, next) => {
    if (!tracingEnabled()) return next();
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const scope = currentRequest();
    const span = tracer().startSpan(`${req.method ?? 'GET'} ${path}`, {
      kind: SpanKind.SERVER,
      attributes: { 'guantong.service': service, 'guantong.request_id': scope?.requestId ?? '', 'http.request.method': req.method ?? 'GET', 'url.path': path },
    }, parent);
    if (scope) scope.traceId = span.spanContext().traceId;
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
