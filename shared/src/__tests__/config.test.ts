import { describe, expect, it } from 'vitest';
import { DEMO_CLIENT_SECRET, DEMO_PII_INDEX_KEY, loadConfig } from '../config.ts';

const strong = 'x'.repeat(40);
const piiKeys = { PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), PII_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };

describe('configuration', () => {
  it('needs nothing to run the demo', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('demo');
    expect(config.ports).toEqual({ gateway: 4000, secondary: 4001, college: 4002, enterprise: 4003 });
    expect(config.databaseUrls.secondary).toBeUndefined();
    expect(config.seedDemoData).toBe(true);
  });

  it('refuses to run production on the built-in demo key', () => {
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: DEMO_CLIENT_SECRET, GATEWAY_TOKEN_SECRET: strong, ...piiKeys })).toThrow(/demo/);
  });

  it('refuses production without a gateway signing secret', () => {
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...piiKeys })).toThrow(/GATEWAY_TOKEN_SECRET/);
  });

  it('runs production with real keys and never loads demo data', () => {
    const config = loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, GATEWAY_TOKEN_SECRET: `${strong}y`, ...piiKeys });
    expect(config.seedDemoData).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('refuses production without keys for national ID numbers, and the demo ones', () => {
    const keys = { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, GATEWAY_TOKEN_SECRET: `${strong}y` };
    expect(() => loadConfig(keys)).toThrow(/PII_ENCRYPTION_KEY/);
    expect(() => loadConfig({ ...keys, ...piiKeys, PII_INDEX_KEY: DEMO_PII_INDEX_KEY.toString('base64') })).toThrow(/demo/);
  });

  it('enables introspection only when demo or development mode is set explicitly', () => {
    expect(loadConfig({}).introspection).toBe(false);
    expect(loadConfig({ GUANTONG_MODE: 'demo' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it('refuses the "none" algorithm and malformed ports and database URLs', () => {
    expect(() => loadConfig({ AUTH_ALGORITHMS: 'HS256,none' })).toThrow(/none/);
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT/);
    expect(() => loadConfig({ COLLEGE_DATABASE_URL: 'postgres://x' })).toThrow(/mysql:/);
  });
});
