/**
 * The public documents of verifiable credentials, over plain HTTP GET, so a
 * verifier anywhere can fetch them or pin them (no token, no GraphQL):
 *
 *   /issuers/{organizationId}/did.json                 the issuer's DID document (did:web)
 *   /issuers/{organizationId}/jwks.json                the same key as a JWKS
 *   /issuers/{organizationId}/status/revocation/{n}    a signed Bitstring Status List (enterprise issuers)
 *   /credentials/shared/{secret}                       a credential a learner shared by link
 *
 * Each is asked of the subgraph that owns the organisation, through the
 * gateway's own graph as an anonymous caller, and counted by the rate limiter
 * like any anonymous request. Answers carry an ETag; DID documents may be kept
 * five minutes, status lists must be revalidated on every use (so a verifier
 * sees a revocation on its next fetch, at the cost of a 304), shared credentials
 * are never stored.
 */
import { createHash, randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@guantong/shared/identity';
import type { HttpHandler } from '@guantong/shared/http';
import type { GatewayContext } from './identity.ts';

type Admit = (req: http.IncomingMessage, res: http.ServerResponse, body: undefined) => Promise<boolean>;

interface Route {
  query: string;
  variables: Record<string, unknown>;
  /** The answer's field, then the property of it to serve (or the whole value). */
  field: string;
  part?: string;
  cacheControl: string;
}

const ISSUER_FIELD: Record<string, string> = { org: 'certificationIssuer', col: 'collegeIssuer', sch: 'schoolIssuer' };
const ISSUER_PATH = /^\/issuers\/((org|col|sch)-[a-z0-9-]{1,60})\/(did|jwks)\.json$/;
const STATUS_PATH = /^\/issuers\/(org-[a-z0-9-]{1,60})\/status\/revocation\/(\d{1,6})$/;
const SHARED_PATH = /^\/credentials\/shared\/([\w-]{20,100})$/;
const KEEP_FIVE_MINUTES = 'public, max-age=300';

function routeOf(pathname: string): Route | undefined {
  const issuer = ISSUER_PATH.exec(pathname);
  if (issuer) {
    const [, organizationId, kind, document] = issuer;
    const part = document === 'did' ? 'didDocument' : 'jwks';
    const field = ISSUER_FIELD[kind];
    return { query: `query($id: ID!) { ${field}(organizationId: $id) { ${part} } }`, variables: { id: organizationId }, field, part, cacheControl: KEEP_FIVE_MINUTES };
  }
  const status = STATUS_PATH.exec(pathname);
  if (status) {
    return {
      query: 'query($id: ID!, $list: Int!) { certificateStatusList(organizationId: $id, list: $list) }',
      variables: { id: status[1], list: Number(status[2]) },
      field: 'certificateStatusList',
      cacheControl: 'public, no-cache',
    };
  }
  const shared = SHARED_PATH.exec(pathname);
  if (shared) return { query: 'query($s: String!) { sharedCredential(secret: $s) }', variables: { s: shared[1] }, field: 'sharedCredential', cacheControl: 'no-store' };
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  // Public documents: a verifier in a browser on another origin may read them.
  res.setHeader('access-control-allow-origin', '*');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(status === 304 ? undefined : JSON.stringify(body));
}

async function answer(server: ApolloServer<GatewayContext>, route: Route): Promise<{ value: unknown } | { unavailable: true }> {
  const result = await server.executeOperation({ query: route.query, variables: route.variables }, { contextValue: { actor: ANONYMOUS, requestId: randomUUID() } });
  if (result.body.kind !== 'single') return { unavailable: true };
  const { data, errors } = result.body.singleResult;
  const value = data?.[route.field] as Record<string, unknown> | null | undefined;
  if (errors?.length && !value) return { unavailable: true };
  return { value: route.part && value ? value[route.part] : value };
}

/** The HTTP handler for issuers' DID documents, JWKS and status lists, and shared credentials. */
export function issuerDocuments(server: ApolloServer<GatewayContext>, admit: Admit): HttpHandler {
  return async (req, res, url) => {
    const route = routeOf(url.pathname);
    if (!route) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { error: 'only GET and HEAD are served here' }, { allow: 'GET, HEAD' });
      return true;
    }
    if (!(await admit(req, res, undefined))) return true;
    const found = await answer(server, route);
    if ('unavailable' in found) {
      send(res, 503, { error: 'the institution that publishes this document cannot answer now; try again' }, { 'retry-after': '5', 'cache-control': 'no-store' });
      return true;
    }
    if (found.value === null || found.value === undefined) {
      send(res, 404, { error: `nothing is published at ${url.pathname}` }, { 'cache-control': 'no-store' });
      return true;
    }
    const etag = `"${createHash('sha256').update(JSON.stringify(found.value)).digest('base64url')}"`;
    const fresh = req.headers['if-none-match'] === etag;
    send(res, fresh ? 304 : 200, found.value, { etag, 'cache-control': route.cacheControl });
    return true;
  };
}
