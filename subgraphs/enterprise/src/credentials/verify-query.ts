/**
 * verifyCredential: any conforming verifier's checks, with what the hub knows.
 * DID documents and status lists of this subgraph's issuers are read from its
 * own database; those of colleges and schools are fetched from the gateway's
 * public routes (the configured GATEWAY_URL, never a URL the credential names).
 * Nothing is written; the log line names the issuer, the outcome and a digest
 * of the credential, never its subject.
 */
import { createHash } from 'node:crypto';
import { authorize } from '@guantong/shared/policy';
import { badInput } from '@guantong/shared/errors';
import { nowInstant } from '@guantong/shared/clock';
import {
  failed, issuerIdOf, organizationOfDid, passed, verdictSentence, verifyCredentialChecks,
  type CredentialCheck, type DidDocument, type LoaderOptions, type VerifyOptions,
} from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import type { OrganizationRow } from '../entities/organization.ts';
import type { StandardRow } from '../entities/standard.ts';
import { signedStatusList } from './status-lists.ts';
import { kindChecks } from './record-checks.ts';
import { accreditedCheck } from './accredited.ts';

export interface VerificationView {
  verified: boolean;
  checks: CredentialCheck[];
  summary: string;
  issuer: OrganizationRow | null;
  standard: StandardRow | null;
  /** For a CLR, each credential it holds, verified on its own; empty otherwise. */
  embedded: VerificationView[];
}

const STATUS_PATH = /^\/issuers\/((?:org|col|sch)-[a-z0-9-]+)\/status\/revocation\/(\d{1,6})$/;
const FETCH_TIMEOUT_MS = 3000;

/** A credential as given: a JSON object, or text holding one. */
export function credentialInput(value: unknown): Record<string, unknown> {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = undefined;
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badInput('credential must be a verifiable credential: a JSON object, or a string holding one', { field: 'credential' });
  }
  return parsed as Record<string, unknown>;
}

// Per request: a record holding several credentials of one issuer fetches its documents once.
const fetchedByRequest = new WeakMap<Context, Map<string, Promise<object | undefined>>>();

/** GETs one of the gateway's public documents once per request; undefined when it does not answer with JSON. */
function fromGateway(ctx: Context, path: string): Promise<object | undefined> {
  const fetched = fetchedByRequest.get(ctx) ?? new Map<string, Promise<object | undefined>>();
  fetchedByRequest.set(ctx, fetched);
  let document = fetched.get(path);
  if (!document) {
    document = fetchFromGateway(ctx, path);
    fetched.set(path, document);
  }
  return document;
}

async function fetchFromGateway(ctx: Context, path: string): Promise<object | undefined> {
  const origin = new URL(ctx.loaders.credentials.config.gatewayUrl).origin;
  try {
    const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    return response.ok ? ((await response.json()) as object) : undefined;
  } catch {
    return undefined;
  }
}

/** What this verifier trusts: the hub's own issuers' DID documents and status lists, and nothing else. */
function trusted(ctx: Context): LoaderOptions {
  const issuers = ctx.loaders.credentials.issuers();
  const ownIssuer = async (id: string) => id.startsWith('org-') && (await ctx.loaders.organizationById.load(id)) !== null;
  return {
    async resolveDid(did) {
      const id = organizationOfDid(issuers.publicUrl, did);
      if (!id) return undefined;
      if (await ownIssuer(id)) return (await issuers.identity(id)).didDocument;
      if (id.startsWith('org-')) return undefined;
      return (await fromGateway(ctx, `/issuers/${id}/did.json`)) as DidDocument | undefined;
    },
    async fetchDocument(url) {
      if (!url.startsWith(`${issuers.publicUrl}/`)) return undefined;
      const path = url.slice(issuers.publicUrl.length);
      const match = STATUS_PATH.exec(path);
      if (!match) return undefined;
      const [, id, list] = match;
      if (await ownIssuer(id)) return (await signedStatusList(ctx.db, issuers, id, Number(list)))?.credential;
      return id.startsWith('org-') ? undefined : fromGateway(ctx, path);
    },
  };
}

async function knownIssuer(ctx: Context, credential: Record<string, unknown>): Promise<{ check: CredentialCheck; organization: OrganizationRow | null }> {
  const issuers = ctx.loaders.credentials.issuers();
  const did = issuerIdOf(credential);
  const id = did && organizationOfDid(issuers.publicUrl, did);
  const organization = id?.startsWith('org-') ? await ctx.loaders.organizationById.load(id) : null;
  if (organization) return { check: passed('knownIssuer', `issued by ${organization.name} (${organization.id}), an organisation on the hub`), organization };
  if (id && !id.startsWith('org-') && (await fromGateway(ctx, `/issuers/${id}/did.json`))) {
    return { check: passed('knownIssuer', `issued by ${id}, an institution on the hub`), organization: null };
  }
  return { check: failed('knownIssuer', `the issuer ${did ?? '(none)'} is not an organisation on this hub`), organization: null };
}

/** The standard the achievement names by its code, when the issuer issues it. */
async function namedStandard(ctx: Context, credential: Record<string, unknown>, issuer: OrganizationRow | null): Promise<StandardRow | null> {
  const subject = credential.credentialSubject as { achievement?: { humanCode?: unknown } } | undefined;
  const code = subject?.achievement?.humanCode;
  if (!issuer || typeof code !== 'string') return null;
  const standard = await ctx.loaders.standardByCode.load(code);
  return standard?.issuerId === issuer.id ? standard : null;
}

/** One credential's checks: those any verifier makes, the hub's knowledge of the issuer, then those of its kind. */
async function verifyOne(ctx: Context, credential: Record<string, unknown>, options: VerifyOptions, depth: number): Promise<VerificationView> {
  const [checks, known] = await Promise.all([verifyCredentialChecks(credential, options), knownIssuer(ctx, credential)]);
  const kind = await kindChecks(credential, depth, (inner) => verifyOne(ctx, inner, options, depth + 1));
  const standard = await namedStandard(ctx, credential, known.organization);
  const accredited = await accreditedCheck(ctx, credential, known.organization, standard);
  const all = [...checks, known.check, ...(accredited ? [accredited] : []), ...kind.checks];
  return {
    verified: all.every((c) => c.passed),
    checks: all,
    summary: verdictSentence(all),
    issuer: known.organization,
    standard,
    embedded: kind.embedded,
  };
}

export async function verifyCredentialQuery(ctx: Context, input: unknown): Promise<VerificationView> {
  authorize(ctx.actor, { action: 'credential:verify' });
  const credential = credentialInput(input);
  const view = await verifyOne(ctx, credential, { now: nowInstant(), ...trusted(ctx) }, 0);
  ctx.loaders.credentials.log({
    event: 'credential verified',
    verified: view.verified,
    issuer: view.issuer?.id ?? null,
    failed: view.checks.filter((c) => !c.passed).map((c) => c.name),
    embedded: view.embedded.length,
    credentialDigest: createHash('sha256').update(JSON.stringify(credential)).digest('hex'),
  });
  return view;
}
