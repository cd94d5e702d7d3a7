/**
 * Client tokens: what the gateway accepts from an identity provider (and what
 * demo mode and tests sign with a shared secret).
 */
import { SignJWT, jwtVerify, createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { ClientAuthConfig } from './config.ts';
import { requestRefused } from './errors.ts';
import { actorFromClaims, type Actor } from './actor.ts';
import type { Role } from './roles.ts';

const encoder = new TextEncoder();

export interface ClientTokenVerifier {
  verify(token: string): Promise<Actor>;
}

/** How far a client token's `iat` may lie ahead of this clock: the identity provider's clock may run a little fast. */
export const CLOCK_SKEW_SECONDS = 60;

/** A token issued in the future, or meant to live longer than allowed, is refused. */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const iat = payload.iat as number;
  if (iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) throw requestRefused('the bearer token was issued in the future ("iat"); check the identity provider\'s clock');
  if ((payload.exp as number) - iat > maxLifetimeSeconds) {
    throw requestRefused(`the bearer token lives longer than this hub accepts: at most ${maxLifetimeSeconds} s from "iat" to "exp"`);
  }
}

/** Verifies client bearer tokens: allowed algorithms, issuer, audience, subject and lifetime (at most the configured maximum). */
export function createClientTokenVerifier(auth: ClientAuthConfig): ClientTokenVerifier {
  const options = { issuer: auth.issuer, audience: auth.audience, algorithms: auth.algorithms, requiredClaims: ['exp', 'iat', 'sub'] };
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const secret = auth.secret ? encoder.encode(auth.secret) : undefined;
  return {
    async verify(token) {
      try {
        const { payload } = jwks
          ? await jwtVerify(token, jwks, options)
          : await jwtVerify(token, secret as Uint8Array, options);
        checkLifetime(payload, auth.maxLifetimeSeconds);
        return actorFromClaims(payload);
      } catch (err) {
        if (err instanceof Error && 'extensions' in err) throw err;
        throw requestRefused('the bearer token is invalid or expired; send a valid JWT from your identity provider');
      }
    },
  };
}

export interface ClientTokenClaims {
  role: Role;
  org?: string;
  student?: string;
  subject?: string;
  ttlSeconds?: number;
}

/** Signs a client token with a shared secret (demo mode and tests). */
export async function signClientToken(claims: ClientTokenClaims, auth: ClientAuthConfig): Promise<string> {
  if (!auth.secret) throw new Error('no client signing secret is configured');
  return new SignJWT({ role: claims.role, org: claims.org, student: claims.student })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setSubject(claims.subject ?? `${claims.role.toLowerCase()}:${claims.org ?? claims.student ?? 'admin'}`)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttlSeconds ?? 8 * 3600}s`)
    .sign(encoder.encode(auth.secret));
}
