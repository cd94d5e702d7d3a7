import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { DEMO_CLIENT_SECRET, DEMO_GATEWAY_SIGNING_KEY, DEMO_ISSUER_KEY_SECRETS, DEMO_PII_INDEX_KEY, issuerSettings, loadConfig } from '../config.ts';

const strong = 'x'.repeat(40);
const piiKeys = { PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), PII_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };

const ownKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
const gatewayKey = { GATEWAY_SIGNING_KEY: JSON.stringify(ownKey) };
const publicOnly = JSON.stringify({ ...ownKey, d: undefined });

describe('configuration', () => {
  it('needs nothing to run the demo', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('demo');
    expect(config.ports).toEqual({ gateway: 4000, secondary: 4001, college: 4002, enterprise: 4003 });
    expect(config.databaseUrls.secondary).toBeUndefined();
    expect(config.seedDemoData).toBe(true);
  });

  it('refuses to run production on the built-in demo key', () => {
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: DEMO_CLIENT_SECRET, ...gatewayKey, ...piiKeys })).toThrow(/demo/);
    const demoGateway = JSON.stringify(DEMO_GATEWAY_SIGNING_KEY);
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, GATEWAY_SIGNING_KEY: demoGateway, ...piiKeys })).toThrow(/demo/);
    const demoPublic = JSON.stringify({ ...DEMO_GATEWAY_SIGNING_KEY, d: undefined });
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, GATEWAY_PUBLIC_KEY: demoPublic, ...piiKeys })).toThrow(/demo/);
  });

  it('refuses production without the gateway’s key', () => {
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...piiKeys })).toThrow(/GATEWAY_SIGNING_KEY/);
  });

  it('refuses the retired shared gateway secret, saying what replaced it', () => {
    expect(() => loadConfig({ GATEWAY_TOKEN_SECRET: strong })).toThrow(/no longer used.*GATEWAY_SIGNING_KEY/);
  });

  it('refuses a gateway key that is not an Ed25519 JWK, or a signing key without its private part', () => {
    expect(() => loadConfig({ GATEWAY_PUBLIC_KEY: 'not json' })).toThrow(/Ed25519 JWK/);
    expect(() => loadConfig({ GATEWAY_PUBLIC_KEY: JSON.stringify({ kty: 'oct', k: 'abc' }) })).toThrow(/Ed25519 JWK/);
    expect(() => loadConfig({ GATEWAY_SIGNING_KEY: JSON.stringify({ ...JSON.parse(gatewayKey.GATEWAY_SIGNING_KEY), d: undefined }) })).toThrow(/private JWK/);
  });

  it('gives a subgraph only the public half of the gateway’s key', () => {
    const subgraph = loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, GATEWAY_PUBLIC_KEY: publicOnly, ...piiKeys });
    expect(subgraph.gatewayKeys.signing).toBeUndefined();
    expect(subgraph.gatewayKeys.verifying).not.toHaveProperty('d');
    expect(loadConfig({}).gatewayKeys.verifying).not.toHaveProperty('d');
  });

  it('runs production with real keys and never loads demo data', () => {
    const config = loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey, ...piiKeys });
    expect(config.seedDemoData).toBe(false);
    expect(config.introspection).toBe(false);
  });

  it('refuses production without keys for national ID numbers, and the demo ones', () => {
    const keys = { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey };
    expect(() => loadConfig(keys)).toThrow(/PII_ENCRYPTION_KEY/);
    expect(() => loadConfig({ ...keys, ...piiKeys, PII_INDEX_KEY: DEMO_PII_INDEX_KEY.toString('base64') })).toThrow(/demo/);
  });

  it('enables introspection in demo mode (the default) and in development, never in plain production', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ GUANTONG_MODE: 'demo' }).introspection).toBe(true);
    const production = { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey, ...piiKeys };
    expect(loadConfig(production).introspection).toBe(false);
    expect(loadConfig({ ...production, NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it('allows the portal\'s dev origin in demo mode, no other origin in production, and reads CORS_ORIGINS', () => {
    expect(loadConfig({}).cors).toEqual({ origins: ['http://localhost:5173', 'http://127.0.0.1:5173'], credentials: false, maxAgeSeconds: 600 });
    expect(loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey, ...piiKeys }).cors.origins).toEqual([]);
    const configured = loadConfig({ CORS_ORIGINS: 'https://portal.example.cn, http://localhost:8080/', CORS_CREDENTIALS: 'true', CORS_MAX_AGE_SECONDS: '3600' }).cors;
    expect(configured).toEqual({ origins: ['https://portal.example.cn', 'http://localhost:8080'], credentials: true, maxAgeSeconds: 3600 });
    expect(() => loadConfig({ CORS_ORIGINS: 'https://portal.example.cn/app' })).toThrow(/CORS_ORIGINS must list origins/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('refuses the "none" algorithm and malformed ports and database URLs', () => {
    expect(() => loadConfig({ AUTH_ALGORITHMS: 'HS256,none' })).toThrow(/none/);
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT/);
    expect(() => loadConfig({ COLLEGE_DATABASE_URL: 'postgres://x' })).toThrow(/mysql:/);
  });

  it('pins the clock only for a demo: GUANTONG_CLOCK_TODAY is a date, and production refuses it', () => {
    expect(loadConfig({}).clockToday).toBeUndefined();
    expect(loadConfig({ GUANTONG_CLOCK_TODAY: '2026-11-23' }).clockToday).toBe('2026-11-23');
    expect(() => loadConfig({ GUANTONG_CLOCK_TODAY: '2026-02-30' })).toThrow(/GUANTONG_CLOCK_TODAY must be a date/);
    expect(() => loadConfig({ GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey, ...piiKeys, GUANTONG_CLOCK_TODAY: '2026-11-23' })).toThrow(/real date/);
  });

  it('signs demo credentials with demo issuer secrets under https://localhost:4000', () => {
    const config = loadConfig({});
    expect(issuerSettings(config, 'college')).toEqual({ publicUrl: 'https://localhost:4000', secret: DEMO_ISSUER_KEY_SECRETS.college });
    expect(DEMO_ISSUER_KEY_SECRETS.college.equals(DEMO_ISSUER_KEY_SECRETS.enterprise)).toBe(false);
  });

  it('a production subgraph refuses to sign without its own issuer secret and the public URL, and refuses the demo secrets', () => {
    const production = { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: strong, ...gatewayKey, ...piiKeys };
    const own = Buffer.alloc(32, 5).toString('base64');
    expect(() => issuerSettings(loadConfig({ ...production, ENTERPRISE_ISSUER_KEY_SECRET: own }), 'enterprise')).toThrow(/needs CREDENTIALS_PUBLIC_URL/);
    const withUrl = { ...production, CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn' };
    expect(() => issuerSettings(loadConfig(withUrl), 'enterprise')).toThrow(/needs ENTERPRISE_ISSUER_KEY_SECRET/);
    // The gateway and other subgraphs load the same configuration without another institution's secret.
    expect(loadConfig(withUrl).credentials.issuerKeySecrets.college).toBeUndefined();
    expect(issuerSettings(loadConfig({ ...withUrl, ENTERPRISE_ISSUER_KEY_SECRET: own }), 'enterprise')).toEqual({ publicUrl: 'https://hub.example.cn', secret: Buffer.alloc(32, 5) });
    const demoSecret = DEMO_ISSUER_KEY_SECRETS.secondary.toString('base64');
    expect(() => loadConfig({ ...withUrl, ENTERPRISE_ISSUER_KEY_SECRET: demoSecret })).toThrow(/refuses the built-in demo ENTERPRISE_ISSUER_KEY_SECRET/);
    expect(() => loadConfig({ ...withUrl, COLLEGE_ISSUER_KEY_SECRET: Buffer.alloc(16).toString('base64') })).toThrow(/COLLEGE_ISSUER_KEY_SECRET must be at least 32 random bytes/);
  });

  it('the public URL of credentials is an https origin', () => {
    expect(loadConfig({ CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn/' }).credentials.publicUrl).toBe('https://hub.example.cn');
    for (const bad of ['http://hub.example.cn', 'https://hub.example.cn/guantong', 'hub.example.cn', 'https://hub.example.cn/?a=1']) {
      expect(() => loadConfig({ CREDENTIALS_PUBLIC_URL: bad }), bad).toThrow(/CREDENTIALS_PUBLIC_URL must be an https origin/);
    }
  });
});
