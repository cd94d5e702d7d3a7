/**
 * Who is calling. Client tokens are verified at the gateway; the gateway then
 * forwards the caller to subgraphs as a short-lived token it signs itself.
 */
import { SignJWT, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { GATEWAY_ALG } from './gateway-keys.ts';
import { createHash, randomUUID } from 'node:crypto';
import { requestRefused } from './errors.ts';
import { organizationMismatch } from './organizations.ts';
import type { SingleUse } from './single-use.ts';

export const ROLES = ['SECONDARY_STAFF', 'COLLEGE_STAFF', 'ENTERPRISE_STAFF', 'STUDENT', 'GUARDIAN', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
const STAFF_ROLES: readonly Role[] = ['SECONDARY_STAFF', 'COLLEGE_STAFF', 'ENTERPRISE_STAFF'];

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; subject: string; role: Role; orgId?: string; studentId?: string };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** Issuer of the gateway's own forwarded-identity tokens; each names one subgraph as its audience. */
export const GATEWAY_ISSUER = 'guantong-gateway';
/** The audience of a token meant for one subgraph: a token for one is refused by the others. */
export const subgraphAudience = (name: string) => `guantong-subgraph:${name}`;

/** Turns verified claims into an Actor, refusing claims that do not fit the role. */
export function actorFromClaims(claims: JWTPayload): Actor {
  const role = claims.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw requestRefused(`token role must be one of ${ROLES.join(', ')}`);
  }
  const orgId = typeof claims.org === 'string' ? claims.org : undefined;
  const studentId = typeof claims.student === 'string' ? claims.student : undefined;
  if (STAFF_ROLES.includes(role as Role) && !orgId) {
    throw requestRefused(`a ${role} token must name its organisation in the "org" claim`);
  }
  const mismatch = orgId && STAFF_ROLES.includes(role as Role) ? organizationMismatch(role as Role, orgId) : undefined;
  if (mismatch) throw requestRefused(mismatch);
  if ((role === 'STUDENT' || role === 'GUARDIAN') && !studentId) {
    throw requestRefused(`a ${role} token must name the learner id in the "student" claim`);
  }
  // Every entry of the audit trail names who acted: a token that does not say is refused.
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '') throw requestRefused('the token must name its subject in the "sub" claim');
  return { kind: 'user', subject: claims.sub, role: role as Role, orgId, studentId };
}

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
