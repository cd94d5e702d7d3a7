import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

describe('operating settings', () => {
  it('defaults: loopback subgraphs, 2 s readiness checks, a 10 s drain, metrics for loopback only, no tracing', () => {
    const config = loadConfig({});
    expect(config.subgraphHost).toBe('127.0.0.1');
    expect(config.ops).toEqual({ readinessTimeoutMs: 2000, shutdownDrainMs: 10_000, metricsToken: undefined, otlpTracesEndpoint: undefined });
  });

  it('reads each setting', () => {
    const config = loadConfig({ SUBGRAPH_HOST: '0.0.0.0', READINESS_TIMEOUT_MS: '500', SHUTDOWN_DRAIN_SECONDS: '25', METRICS_TOKEN: 'a-long-enough-token' });
    expect(config.subgraphHost).toBe('0.0.0.0');
    expect(config.ops).toMatchObject({ readinessTimeoutMs: 500, shutdownDrainMs: 25_000, metricsToken: 'a-long-enough-token' });
  });

  it('traces go to the OTLP traces endpoint, or under /v1/traces of the general one', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).ops.otlpTracesEndpoint).toBe('http://collector:4318/v1/traces');
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://other:4318/traces' }).ops.otlpTracesEndpoint).toBe('http://other:4318/traces');
  });

  it('refuses a short metrics token and a drain time that is not a positive number', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0' })).toThrow(/SHUTDOWN_DRAIN_SECONDS must be a positive number/);
  });
});
