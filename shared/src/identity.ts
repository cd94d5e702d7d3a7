/**
 * Who is calling. Client tokens are verified at the gateway; the gateway then
 * forwards the caller to subgraphs as a short-lived token it signs itself.
 */
import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { GATEWAY_ALG } from './gateway-keys.ts';
import { createHash, randomUUID } from 'node:crypto';
import { requestRefused } from './errors.ts';
import { ANONYMOUS, actorFromClaims, type Actor } from './actor.ts';
import type { SingleUse } from './single-use.ts';

// Who a caller is (roles, actors, reading them from claims) lives in roles.ts and actor.ts, which the
// client tokens share without importing this file; re-exported so callers import identity from one place.
export { ROLES, type Role } from './roles.ts';
export { ANONYMOUS, actorFromClaims, type Actor } from './actor.ts';

/** Issuer of the gateway's own forwarded-identity tokens; each names one subgraph as its audience. */
export const GATEWAY_ISSUER = 'guantong-gateway';
/** The audience of a token meant for one subgraph: a token for one is refused by the others. */
export const subgraphAudience = (name: string) => `guantong-subgraph:${name}`;

export function claimsOf(actor: Actor): JWTPayload {
  if (actor.kind === 'anonymous') return { anon: true };
  return { role: actor.role, org: actor.orgId, student: actor.studentId };
}

/**
 * Binds a forwarded identity to one subgraph request: the hash of the operation
 * and its variables. A token lifted from one request is useless for another.
 */
export function operationHash(query: string | undefined, variables: unknown): string {
  return createHash('sha256').update(JSON.stringify([query ?? '', variables ?? null])).digest('base64url');
}

/** Signs the identity the gateway forwards to one subgraph fetch, with the gateway's private key. */
export async function signGatewayToken(actor: Actor, key: CryptoKey, target: string, ttlSeconds: number, bodyHash: string): Promise<string> {
  const subject = actor.kind === 'user' ? actor.subject : 'anonymous';
  return new SignJWT({ ...claimsOf(actor), bh: bodyHash })
    .setProtectedHeader({ alg: GATEWAY_ALG })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(subgraphAudience(target))
    .setSubject(subject)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

const NOT_FROM_GATEWAY = 'this service accepts requests only through the Guantong gateway';

/**
 * Verifies forwarded identities in a subgraph: the gateway's signature (public
 * key only), issuer, this subgraph as audience, lifetime, the operation they
 * were signed for, and single use (a replayed token is refused even within its
 * lifetime).
 */
export class GatewayTokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly audience: string,
    /** Where accepted token ids are remembered until they expire (Redis when configured). */
    private readonly once: SingleUse,
  ) {}

  async verify(token: string | undefined, body: { query?: string; variables?: unknown } | undefined): Promise<Actor> {
    if (!token) throw requestRefused(NOT_FROM_GATEWAY);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, { issuer: GATEWAY_ISSUER, audience: this.audience, algorithms: [GATEWAY_ALG], requiredClaims: ['exp', 'iat', 'jti'] }));
    } catch {
      throw requestRefused(NOT_FROM_GATEWAY);
    }
    if (payload.bh !== operationHash(body?.query, body?.variables)) throw requestRefused(NOT_FROM_GATEWAY);
    if (!(await this.once.claim(payload.jti as string, payload.exp as number))) throw requestRefused(NOT_FROM_GATEWAY);
    return payload.anon === true ? ANONYMOUS : actorFromClaims(payload);
  }
}

// Client tokens (verified at the gateway) live beside this file; re-exported so callers import identity from one place.
export { CLOCK_SKEW_SECONDS, createClientTokenVerifier, signClientToken, type ClientTokenClaims, type ClientTokenVerifier } from './client-tokens.ts';
