/**
 * OpenTelemetry tracing across the gateway and the subgraphs. Off unless an
 * OTLP endpoint is configured (nothing leaves unless configured): then each
 * process exports its spans there, W3C `traceparent` carries the trace from
 * the gateway to every subgraph it asks, and database statements are spans.
 *
 * @apollo/gateway adds its own spans (plan, execute, each fetch) once a tracer
 * provider is registered; ours are the HTTP server span of every service, the
 * gateway's client span per subgraph fetch, and one span per SQL statement.
 */
import { context, propagation, trace, INVALID_SPAN_CONTEXT, SpanKind, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { Config } from '../config.ts';

export { SpanKind };

/**
 * The processors spans go to now. The provider is registered once per process
 * and never replaced: libraries such as @apollo/gateway keep the tracer they
 * got first, so a second provider would never see their spans.
 */
const processors: SpanProcessor[] = [];
let registered = false;

const forward: SpanProcessor = {
  onStart: (span, parent) => processors.forEach((p) => p.onStart(span, parent)),
  onEnd: (span) => processors.forEach((p) => p.onEnd(span)),
  forceFlush: async () => void (await Promise.all(processors.map((p) => p.forceFlush()))),
  shutdown: async () => undefined,
};

/** True while spans are being recorded in this process. */
export function tracingEnabled(): boolean {
  return processors.length > 0;
}

/** Sends this process's spans to `added`, registering the provider, W3C propagation and async context once. */
export function installTracing(serviceName: string, added: SpanProcessor[]): void {
  if (!registered) {
    registered = true;
    trace.setGlobalTracerProvider(new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': serviceName }), spanProcessors: [forward] }));
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  }
  processors.push(...added);
}

/** Exports what is pending and stops recording. */
export async function stopTracing(): Promise<void> {
  const stopping = processors.splice(0);
  await Promise.all(stopping.map((p) => p.shutdown()));
}

/** A service process's tracing: OTLP/HTTP export when configured, nothing otherwise. */
export function startTracing(serviceName: string, config: Config): void {
  const url = config.ops.otlpTracesEndpoint;
  if (!url) return;
  installTracing(serviceName, [new BatchSpanProcessor(new OTLPTraceExporter({ url }))]);
}

export const tracer = () => trace.getTracer('guantong');

/** Runs `work` in a span (a child of the active one), ending it when `work` settles. */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T> | T, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  if (!tracingEnabled()) return work(trace.wrapSpanContext(INVALID_SPAN_CONTEXT));
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Writes the active trace into outgoing headers (a fetch's `Headers`, or a plain object). */
export function injectTraceContext(headers: Headers | Record<string, string> | undefined): void {
  if (!tracingEnabled() || !headers) return;
  propagation.inject(context.active(), headers, {
    set: (carrier, key, value) => {
      if (typeof (carrier as Headers).set === 'function') (carrier as Headers).set(key, value);
      else (carrier as Record<string, string>)[key] = value;
    },
  });
}
