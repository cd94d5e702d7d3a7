/**
 * Prometheus metrics on every service: requests by operation and outcome,
 * latency histograms, errors by code, subgraph fetches, database pools, audit
 * writes and rate-limit refusals, readable from loopback or with METRICS_TOKEN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { FIVE_YEAR_RECORD, RECOGNITION } from '../../helpers/operations.ts';

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/graphql$/, 'metrics');

async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const response = await fetch(metricsUrl(graphqlUrl), { headers });
  return { status: response.status, text: await response.text() };
}

/** The value of the series `name{labels}` (labels in any order), or undefined when it is absent. */
function value(text: string, series: string): number | undefined {
  const [, name, labels = ''] = /^([^{]+)(?:\{(.*)\})?$/.exec(series)!;
  const wanted = labels.split(',').filter(Boolean).sort().join(',');
  for (const line of text.split('\n')) {
    const m = /^([^{ ]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (m && m[1] === name && (m[2] ?? '').split(',').filter(Boolean).sort().join(',') === wanted) return Number(m[3]);
  }
  return undefined;
}

for (const kind of await databaseKinds()) {
  describe(`metrics (${kind})`, () => {
    let hub: Hub;
    beforeAll(async () => {
      hub = await startHub(kind);
      const admin = await hub.token({ role: 'ADMIN' });
      const learner = await hub.token({ role: 'STUDENT', student: 'GT2022000028' });
      await hub.query(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, admin);
      await hub.query(FIVE_YEAR_RECORD, { id: 'GT202200001X' }, learner);
      await hub.query(RECOGNITION, { code: 'X-ICV-2' });
      await hub.query('{ certificateStandards { nodes { nope } } }');
    });
    afterAll(() => hub?.stop());

    it('the gateway counts requests by operation and outcome, times them, and counts errors by code', async () => {
      const { status, text } = await scrape(hub.gateway.url);
      expect(status).toBe(200);
      expect(value(text, 'guantong_graphql_requests_total{operation="FiveYearRecord",outcome="ok",service="gateway"}')).toBe(1);
      expect(value(text, 'guantong_graphql_requests_total{operation="FiveYearRecord",outcome="error",service="gateway"}') ?? value(text, 'guantong_graphql_requests_total{operation="FiveYearRecord",outcome="partial",service="gateway"}')).toBe(1);
      expect(value(text, 'guantong_graphql_requests_total{operation="Recognition",outcome="ok",service="gateway"}')).toBe(1);
      expect(value(text, 'guantong_graphql_request_duration_seconds_count{operation="FiveYearRecord",outcome="ok",service="gateway"}')).toBe(1);
      expect(value(text, 'guantong_graphql_errors_total{code="FORBIDDEN",service="gateway"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'guantong_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED",service="gateway"}')).toBe(1);
      expect(value(text, 'guantong_http_requests_total{route="/graphql",method="POST",status="400",service="gateway"}')).toBe(1);
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    });

    it('the gateway times each subgraph fetch, by subgraph', async () => {
      const { text } = await scrape(hub.gateway.url);
      const fetches = Object.values(hub.gateway.fetchCounts).reduce((a, b) => a + b, 0);
      const timed = ['secondary', 'college', 'enterprise'].map((s) => value(text, `guantong_subgraph_fetch_duration_seconds_count{subgraph="${s}",outcome="ok",service="gateway"}`) ?? 0);
      expect(timed.every((n) => n > 0)).toBe(true);
      expect(timed.reduce((a, b) => a + b, 0)).toBe(fetches);
    });

    it('each subgraph times its audit writes and reports its pools', async () => {
      const { status, text } = await scrape(hub.subgraphs.college.url);
      expect(status).toBe(200);
      expect(value(text, 'guantong_audit_write_duration_seconds_count{outcome="ok",service="college"}')).toBeGreaterThanOrEqual(2);
      expect(value(text, 'guantong_db_pool_connections{database="college",state="open",service="college"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'guantong_db_pool_connections{database="audit",state="limit",service="college"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'guantong_graphql_requests_total{operation="FiveYearRecord__college__0",outcome="ok",service="college"}')).toBeGreaterThanOrEqual(1);
    });
  });
}

describe('rate-limit refusals and who may read the metrics', () => {
  const token = 'metrics-reader-secret-0123456789';
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub('sqlite', { seed: false, env: { RATE_LIMIT_POINTS: '2', METRICS_TOKEN: token } });
  });
  afterAll(() => hub?.stop());

  it('counts every 429', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(hub.gateway.url, { query: '{ certificateStandards { nodes { code } } }' })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    const { text } = await scrape(hub.gateway.url, { authorization: `Bearer ${token}` });
    expect(value(text, 'guantong_rate_limit_refusals_total{service="gateway"}')).toBe(2);
    expect(value(text, 'guantong_http_requests_total{route="/graphql",method="POST",status="429",service="gateway"}')).toBe(2);
  });

  it('with METRICS_TOKEN, only its bearer reads them, even from loopback; others see nothing there', async () => {
    expect((await scrape(hub.gateway.url)).status).toBe(404);
    expect((await scrape(hub.gateway.url, { authorization: 'Bearer wrong-token-of-the-same-size!!' })).status).toBe(404);
    expect((await scrape(hub.subgraphs.enterprise.url, { authorization: `Bearer ${token}` })).status).toBe(200);
  });
});
