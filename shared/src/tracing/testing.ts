/** Tests only: records this process's spans in memory (every service of an in-process hub). */
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { installTracing, stopTracing } from './tracing.ts';

export type { ReadableSpan };

export function recordSpans(): { spans(): ReadableSpan[]; stop(): Promise<void> } {
  const exporter = new InMemorySpanExporter();
  installTracing('guantong-test', [new SimpleSpanProcessor(exporter)]);
  return { spans: () => exporter.getFinishedSpans(), stop: stopTracing };
}
