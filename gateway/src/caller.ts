/**
 * Who is calling the gateway, decided once per request. The rate limiter needs
 * the verified caller before GraphQL runs, and the context needs it after: both
 * read the same verification, cached on the request.
 */
import type http from 'node:http';
import type { JWTVerifyGetKey } from 'jose';
import { bearerToken } from '@guantong/shared/bearer';
import { isGatewayIssued, verifyDelegation } from '@guantong/shared/delegation';
import { requestRefused } from '@guantong/shared/errors';
import { ANONYMOUS, type Actor, type ClientTokenVerifier } from '@guantong/shared/identity';

type Body = { query?: string; variables?: unknown } | undefined;

/** The verified caller of a request; rejects (401) when its token is refused. */
export type CallerOf = (req: http.IncomingMessage, body: Body) => Promise<Actor>;

/** Who sent this token (anonymous without one); `body` binds a delegation to its own request. */
export async function identify(header: string | undefined, body: Body, verifier: ClientTokenVerifier, delegationKeys: JWTVerifyGetKey): Promise<Actor> {
  const token = bearerToken(header);
  if (token === undefined) return ANONYMOUS;
  if (token === null) throw requestRefused('send the token as "Authorization: Bearer <JWT>"');
  // A subgraph's lookup on behalf of a caller: the delegation this gateway issued with the caller's write.
  if (isGatewayIssued(token)) return (await verifyDelegation(token, delegationKeys, body)).actor;
  return verifier.verify(token);
}

/** Verifies each request's caller at most once, however many steps ask. */
export function createCallerOf(verifier: ClientTokenVerifier, delegationKeys: JWTVerifyGetKey): CallerOf {
  const verified = new WeakMap<http.IncomingMessage, Promise<Actor>>();
  return (req, body) => {
    let caller = verified.get(req);
    if (!caller) {
      caller = identify(req.headers.authorization, body, verifier, delegationKeys);
      // A refusal is reported by the context (401); the rate limiter only needs to know it happened.
      caller.catch(() => undefined);
      verified.set(req, caller);
    }
    return caller;
  };
}
