/**
 * Keys for the stories that play the gateway (the hub's demo key) or an
 * attacker (a fresh Ed25519 key nobody trusts).
 */
import { generateKeyPairSync } from 'node:crypto';
import { generateKeyPair, type CryptoKey } from 'jose';
import type { Config } from '@guantong/shared/config';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';

/** The gateway's private key, as configured for this hub. */
export const gatewayKeyOf = (config: Config): Promise<CryptoKey> => gatewaySigningKey(config.gatewayKeys);

/** A well-formed Ed25519 key that no part of the hub trusts. */
export const strangerKey = async (): Promise<CryptoKey> => (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey;

/** A fresh private gateway JWK, as one line of JSON, for stories that run in production mode. */
export const freshGatewayJwk = (): string => JSON.stringify(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }));

/** A complete production-mode environment with fresh, non-demo keys, for stories that run a production hub. */
export const productionEnv = (): Record<string, string> => ({
  GUANTONG_MODE: 'production',
  AUTH_JWT_SECRET: 'p'.repeat(40),
  GATEWAY_SIGNING_KEY: freshGatewayJwk(),
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  PII_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
  CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn',
  SECONDARY_ISSUER_KEY_SECRET: Buffer.alloc(32, 11).toString('base64'),
  COLLEGE_ISSUER_KEY_SECRET: Buffer.alloc(32, 12).toString('base64'),
  ENTERPRISE_ISSUER_KEY_SECRET: Buffer.alloc(32, 13).toString('base64'),
});
