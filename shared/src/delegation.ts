/**
 * Delegation: how a subgraph asks another institution something while serving
 * a caller's write, without holding any key that speaks for anyone.
 *
 * When the gateway forwards a mutation it hands the subgraph a delegation: a
 * token it signs, usable only at the gateway, for a few seconds, as the same
 * caller, only for the registered lookup documents (`peer-lookups.ts`), and only
 * about the learners the caller's own request named. The subgraph sends its
 * lookups to the gateway with it; the owning subgraphs then decide and audit
 * them as reads by the caller. A subgraph can never widen the caller's rights,
 * pick another caller, or reuse a delegation for another learner.
 */
import { SignJWT, decodeJwt, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { requestRefused } from './errors.ts';
import { GATEWAY_ALG } from './gateway-keys.ts';
import { ANONYMOUS, GATEWAY_ISSUER, actorFromClaims, claimsOf, type Actor } from './identity.ts';
import { isJobLookupDocument, isLookupDocument } from './peer-lookups.ts';
import { LEARNER_ID_PATTERN, provesMembership } from './bulk/learner-set.ts';

/** The header a forwarded mutation carries its delegation in. */
export const DELEGATION_HEADER = 'x-guantong-delegation';
const DELEGATION_AUDIENCE = 'guantong-gateway:delegation';
/** Long enough for a mutation's lookups, short enough to be useless afterwards. */
const DELEGATION_TTL_SECONDS = 30;

const LEARNER_ID = new RegExp(LEARNER_ID_PATTERN, 'g');

/** Every learner id named anywhere in an operation or its variables. */
export function learnerIdsIn(query: string | undefined, variables: unknown): string[] {
  const text = `${query ?? ''} ${JSON.stringify(variables ?? null)}`;
  return [...new Set(text.match(LEARNER_ID) ?? [])];
}

/** Signs the delegation the gateway hands a subgraph with one forwarded mutation. */
export async function signDelegation(actor: Actor, key: CryptoKey, holder: string, learners: readonly string[]): Promise<string> {
  return signAsGateway(actor, key, { learners: [...learners], azp: holder }, DELEGATION_TTL_SECONDS);
}

/** A delegation of either kind: the caller's claims and `extra`, signed by the gateway for its own audience. */
function signAsGateway(actor: Actor, key: CryptoKey, extra: Record<string, unknown>, ttlSeconds: number): Promise<string> {
  return new SignJWT({ ...claimsOf(actor), ...extra })
    .setProtectedHeader({ alg: GATEWAY_ALG })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(DELEGATION_AUDIENCE)
    .setSubject(actor.kind === 'user' ? actor.subject : 'anonymous')
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/** What a job's delegation is bound to: the import job (the upload), its organisation and part, and the learners of its file. */
export interface JobBinding {
  job: string;
  organizationId: string;
  kind: string;
  /** The Merkle root of the file's learner ids (bulk/learner-set.ts). */
  learnersRoot: string;
}

/**
 * Signs the delegation an import job keeps for its lookups: as the uploader,
 * for the job lookups only, about the learners of its file only, for
 * `ttlSeconds` (IMPORT_DELEGATION_TTL_SECONDS), so a resumed job can still ask.
 */
export async function signJobDelegation(actor: Actor, key: CryptoKey, holder: string, binding: JobBinding, ttlSeconds: number): Promise<string> {
  return signAsGateway(actor, key, { azp: holder, job: binding.job, org: binding.organizationId, part: binding.kind, lr: binding.learnersRoot }, ttlSeconds);
}

/** The HTTP trailer the gateway sends a job's delegation in, after the upload's last byte (when it knows the file's learners). */
export const JOB_DELEGATION_TRAILER = 'x-guantong-job-delegation';

/** Where a job's lookup carries the proof of each learner it asks about: `extensions.learnerProofs[id]`. */
export const LEARNER_PROOFS = 'learnerProofs';

/** Who a verified delegation acts for, and which subgraph holds it. */
export interface Delegated {
  actor: Actor;
  holder: string;
}

const REFUSED = 'a delegation is accepted only for a registered lookup, about the learners the original request (or the import job\'s file) named, within its lifetime';

/**
 * Verifies a delegated request at the gateway: its signature and lifetime, the
 * document (one of the registered lookups), and that every learner it asks
 * about was named by the request it was issued for.
 */
export async function verifyDelegation(token: string, keys: JWTVerifyGetKey, body: { query?: string; variables?: unknown } | undefined): Promise<Delegated> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keys, { issuer: GATEWAY_ISSUER, audience: DELEGATION_AUDIENCE, algorithms: [GATEWAY_ALG], requiredClaims: ['exp', 'azp'] }));
  } catch {
    throw requestRefused(REFUSED);
  }
  const named = learnerIdsIn(undefined, body?.variables);
  if (typeof payload.lr === 'string') {
    // A job's delegation: its lookups only, each learner proven to be in the job's file.
    const proofs = (body as { extensions?: Record<string, Record<string, unknown> | undefined> } | undefined)?.extensions?.[LEARNER_PROOFS] ?? {};
    const root = payload.lr;
    if (!isJobLookupDocument(body?.query) || named.some((id) => !provesMembership(root, id, proofs[id]))) throw requestRefused(REFUSED);
  } else {
    const allowed = Array.isArray(payload.learners) ? payload.learners : [];
    if (!isLookupDocument(body?.query) || named.some((id) => !allowed.includes(id))) throw requestRefused(REFUSED);
  }
  return { actor: payload.anon === true ? ANONYMOUS : actorFromClaims(payload), holder: String(payload.azp) };
}

/** True when a bearer token was issued by the gateway (a delegation), not by an identity provider. */
export function isGatewayIssued(token: string): boolean {
  try {
    return decodeJwt(token).iss === GATEWAY_ISSUER;
  } catch {
    return false;
  }
}
