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
