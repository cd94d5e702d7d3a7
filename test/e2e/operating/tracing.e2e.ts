/**
 * OpenTelemetry: one client request is one trace, spanning the gateway and
 * every subgraph it asked, joined by W3C traceparent on each subgraph fetch,
 * with the database statements inside. Spans are kept in memory here (every
 * service of this hub runs in the test's process, but each is reached over
 * HTTP, so only the traceparent header can join their spans).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@guantong/shared/logger';
import { databaseKinds } from '@guantong/shared/testing';
import { recordSpans, type ReadableSpan } from '@guantong/shared/tracing/testing';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD } from '../../helpers/operations.ts';

const SERVER = 1;
const CLIENT = 2;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

for (const kind of await databaseKinds()) {
  describe(`tracing (${kind})`, () => {
    let hub: Hub;
    let recorder: ReturnType<typeof recordSpans>;
    const logLines: { name: string; msg: string; requestId?: string; traceId?: string }[] = [];
    beforeAll(async () => {
      recorder = recordSpans();
      const sink = new Writable({ write(chunk, _enc, done) { logLines.push(JSON.parse(String(chunk))); done(); } });
      hub = await startHub(kind, { env: { LOG_LEVEL: 'info' }, logger: (service) => createLogger(service, 'info', sink) });
    });
    afterAll(async () => {
      await hub?.stop();
      await recorder?.stop();
    });

    async function traced(query: string, variables: Record<string, unknown>, token?: string): Promise<{ traceId: string; spans: ReadableSpan[]; requestId: string }> {
      const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
      expect(response.status).toBe(200);
      await response.text();
      const requestId = response.headers.get('x-request-id')!;
      await new Promise((r) => setTimeout(r, 50));
      const servers = recorder.spans().filter((s) => s.kind === SERVER && s.attributes['guantong.request_id'] === requestId);
      const traceIds = new Set(servers.map((s) => s.spanContext().traceId));
      expect(traceIds.size).toBe(1);
      const [traceId] = traceIds;
      return { traceId: traceId!, requestId, spans: recorder.spans().filter((s) => s.spanContext().traceId === traceId) };
    }

    it('the five-year record is one trace: the gateway and the three subgraphs, each subgraph under a gateway fetch', async () => {
      const { spans } = await traced(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, await hub.token({ role: 'ADMIN' }));
      const servers = spans.filter((s) => s.kind === SERVER);
      expect(new Set(servers.map((s) => s.attributes['guantong.service']))).toEqual(new Set(['gateway', 'secondary', 'college', 'enterprise']));
      const roots = spans.filter((s) => parentOf(s) === undefined);
      expect(roots.map((s) => s.attributes['guantong.service'])).toEqual(['gateway']);
      const fetches = spans.filter((s) => s.kind === CLIENT && s.attributes['guantong.subgraph'] !== undefined);
      const fetchIds = new Set(fetches.map((s) => s.spanContext().spanId));
      const subgraphServers = servers.filter((s) => s.attributes['guantong.service'] !== 'gateway');
      expect(subgraphServers.length).toBe(fetches.length);
      for (const server of subgraphServers) expect(fetchIds.has(parentOf(server)!)).toBe(true);
      // Every span hangs off the gateway's root: nothing started a trace of its own.
      const ids = new Set(spans.map((s) => s.spanContext().spanId));
      expect(spans.filter((s) => parentOf(s) !== undefined && !ids.has(parentOf(s)!)).map((s) => s.name)).toEqual([]);
    });

    it('database statements are spans within the subgraph that sent them, the audit append too', async () => {
      const { spans } = await traced(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, await hub.token({ role: 'ADMIN' }));
      const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
      const serviceOf = (span: ReadableSpan): unknown => {
        for (let s: ReadableSpan | undefined = span; s; s = byId.get(parentOf(s) ?? '')) if (s.kind === SERVER) return s.attributes['guantong.service'];
        return undefined;
      };
      const statements = spans.filter((s) => s.attributes['db.system'] !== undefined);
      expect(statements.length).toBeGreaterThan(0);
      expect(new Set(statements.map((s) => s.attributes['db.system']))).toEqual(new Set([kind === 'sqlite' ? 'sqlite' : 'mysql']));
      expect(new Set(statements.map(serviceOf))).toEqual(new Set(['secondary', 'college', 'enterprise']));
      const appends = spans.filter((s) => s.name === 'audit append');
      if (kind === 'sqlite') {
        expect(new Set(appends.map(serviceOf))).toEqual(new Set(['secondary', 'college', 'enterprise']));
      } else {
        // On MariaDB the audit store group-commits: in this one-process hub the three
        // subgraphs share it, so one append may carry another subgraph's entries.
        expect(appends.length).toBeGreaterThan(0);
        for (const service of appends.map(serviceOf)) expect(['secondary', 'college', 'enterprise']).toContain(service);
        expect(appends.reduce((n, s) => n + Number(s.attributes['guantong.audit.entries']), 0)).toBeGreaterThanOrEqual(3);
      }
      expect(statements.every((s) => !String(s.attributes['db.query.text']).includes('GT202200001X'))).toBe(true);
    });

    it('each service\'s access log line names the trace', async () => {
      const { traceId, requestId } = await traced(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, await hub.token({ role: 'ADMIN' }));
      const lines = logLines.filter((l) => l.msg === 'request completed' && l.requestId === requestId);
      expect(lines.map((l) => [l.name, l.traceId]).sort()).toEqual([['college', traceId], ['enterprise', traceId], ['gateway', traceId], ['secondary', traceId]]);
    });

    it('two requests are two traces', async () => {
      const first = await traced('{ certificateStandards { nodes { code } } }', {});
      const second = await traced('{ certificateStandards { nodes { code } } }', {});
      expect(first.traceId).not.toBe(second.traceId);
    });
  });
}
