/**
 * The gateway's own signing key. Only the gateway holds the private half; every
 * subgraph verifies with the public half (from configuration or the gateway's
 * JWKS), so no subgraph can sign as the gateway.
 */
import { createLocalJWKSet, createRemoteJWKSet, importJWK, type CryptoKey, type JWK, type JWTVerifyGetKey } from 'jose';
import { ConfigError, type GatewayKeyConfig } from './config.ts';

/** The gateway's signing algorithm: Ed25519 signatures (RFC 8037). */
export const GATEWAY_ALG = 'EdDSA';

/** The public half of a private JWK (the `d` member is the secret). */
export function publicJwk(jwk: JWK): JWK {
  const { kty, crv, x, kid } = jwk;
  return { kty, crv, x, ...(kid ? { kid } : {}), alg: GATEWAY_ALG, use: 'sig' };
}

/** The gateway's private key; a process that is not the gateway has none to load. */
export async function gatewaySigningKey(keys: GatewayKeyConfig): Promise<CryptoKey> {
  if (!keys.signing) throw new ConfigError('the gateway needs GATEWAY_SIGNING_KEY: a private Ed25519 JWK (npm run keys)');
  return (await importJWK(keys.signing, GATEWAY_ALG)) as CryptoKey;
}

/** What a subgraph verifies gateway tokens with: the configured public key, or the gateway's JWKS. */
export function gatewayVerificationKeys(keys: GatewayKeyConfig): JWTVerifyGetKey {
  if (keys.jwksUrl) return createRemoteJWKSet(new URL(keys.jwksUrl));
  if (keys.verifying) return createLocalJWKSet({ keys: [publicJwk(keys.verifying)] });
  throw new ConfigError('a subgraph needs GATEWAY_PUBLIC_KEY (the gateway\'s public Ed25519 JWK) or GATEWAY_JWKS_URL');
}

/** The JWKS document the gateway serves at /.well-known/jwks.json. */
export function gatewayJwks(keys: GatewayKeyConfig): { keys: JWK[] } {
  return { keys: keys.verifying ? [publicJwk(keys.verifying)] : [] };
}
