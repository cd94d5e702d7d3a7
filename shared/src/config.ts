/**
 * The hub's configuration. This module is the only reader of `process.env`:
 * everything else receives a typed `Config`. Defaults make `npm start` work with
 * no configuration at all (demo mode, embedded SQLite, built-in demo keys).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JWK } from 'jose';
import { isIsoDate } from './validation.ts';
import type { DualQualifiedRule } from './teachers/dual-qualified.ts';
import { webhookConfig, type WebhookConfig } from './feed/config.ts';

export type Mode = 'demo' | 'production';
export type SubgraphName = 'secondary' | 'college' | 'enterprise';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['secondary', 'college', 'enterprise'];

/** Keys that ship in the repository. They are refused in production mode. */
export const DEMO_CLIENT_SECRET = 'guantong-demo-client-signing-key-not-for-production';
/** The demo gateway key pair (Ed25519, private JWK). Public in the repository, so refused in production. */
export const DEMO_GATEWAY_SIGNING_KEY: JWK = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'eW5eCHVIOF8-gQAH0Kz68OxLuQa8IWiVIt6oEE-QP4Y',
  d: 'vNLi-YkFAGF4TFGRZm3TdmrmC5sZvsV9xuOP27ooORM',
  kid: 'guantong-demo-gateway',
};

/**
 * The gateway's key. The private half (`signing`) is the gateway's alone; the
 * subgraphs need only `verifying` (or a JWKS URL) to check what it signed.
 */
export interface GatewayKeyConfig {
  signing: JWK | undefined;
  verifying: JWK | undefined;
  jwksUrl: string | undefined;
}

export interface ClientAuthConfig {
  /** HMAC secret for HS256 client tokens (demo, or an IdP that shares a secret). */
  secret?: string;
  /** JWKS endpoint of a real identity provider; when set, RS/ES tokens are verified against it. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Longest accepted client-token lifetime (`exp` − `iat`), in seconds. */
  maxLifetimeSeconds: number;
}

export interface Config {
  mode: Mode;
  /** Schema introspection at the gateway: in demo mode (so the explorer shows the schema docs), and in production only with NODE_ENV=development. */
  introspection: boolean;
  ports: { gateway: number } & Record<SubgraphName, number>;
  /** Interface the gateway listens on. */
  gatewayHost: string;
  /** Interface the subgraphs listen on (loopback unless an institution serves its own to the gateway's host). */
  subgraphHost: string;
  /** `mysql://…` URL per subgraph; undefined means embedded SQLite under `dataDir`. */
  databaseUrls: Record<SubgraphName, string | undefined>;
  dataDir: string;
  /** Where the gateway reaches each subgraph; defaults to localhost on the subgraph's port. */
  subgraphUrls: Record<SubgraphName, string>;
  clientAuth: ClientAuthConfig;
  /** The gateway's Ed25519 key: it signs forwarded identities; subgraphs verify with the public half. */
  gatewayKeys: GatewayKeyConfig;
  /** Where a subgraph sends the lookups it makes for a caller (through the gateway, with the caller's delegation). */
  gatewayUrl: string;
  gatewayTokenTtlSeconds: number;
  /** Load the demo dataset into empty databases on start. */
  seedDemoData: boolean;
  /** Demo mode only: the day the hub's clock is pinned to (GUANTONG_CLOCK_TODAY), for reproducible demos and tests. */
  clockToday: string | undefined;
  /** The hub's append-only audit store, shared by every subgraph; undefined means SQLite under `dataDir`. */
  auditDatabaseUrl: string | undefined;
  /** Keys for learners' national ID numbers: AES-256-GCM encryption, and the HMAC blind index. */
  pii: { encryptionKey: Buffer; indexKey: Buffer };
  /** Shared counters for rate limiting; in memory when unset. */
  redisUrl: string | undefined;
  rateLimit: { points: number; durationSeconds: number };
  /** How long the gateway waits for a subgraph before answering with partial data. */
  subgraphTimeoutMs: number;
  /** Trusted documents: a manifest of allowed operations, and the client keys bound to it. */
  trustedDocuments: { manifestPath: string | undefined; clientKeys: string[] };
  logLevel: string;
  /** Verifiable credentials: the hub's public origin (issuer DIDs, status lists) and each subgraph's issuer key secret. */
  credentials: CredentialsConfig;
  /** When a teacher counts as dual-qualified (双师型) in a year: hours of enterprise practice, and whether an industry qualification is required too. */
  dualQualified: DualQualifiedRule;
  /** Operating the hub: readiness, shutdown, metrics and tracing. */
  ops: OpsConfig;
  /** The reference portal the gateway serves at /portal/. */
  portal: PortalConfig;
  /** Browser apps on other origins: which may call the gateway, with or without credentials. */
  cors: CorsConfig;
  /** Change-feed webhooks: which networks deliveries may reach, retries and the worker's pace. */
  webhooks: WebhookConfig;
  /** Bulk imports: where uploaded files are kept, rows per write transaction, largest accepted upload. */
  imports: ImportsConfig;
  /** Where file contents (shared resource packages) are kept: the filesystem, or an S3-compatible store. */
  objectStore: ObjectStoreConfig;
  /** Shared resource packages: the largest accepted file (RESOURCE_MAX_BYTES, default 10 MiB). */
  resources: { maxBytes: number };
}

/** OBJECT_STORE=fs (the default) keeps objects in a folder; OBJECT_STORE=s3 in a bucket of an S3-compatible service. */
export interface ObjectStoreConfig {
  kind: 'fs' | 's3';
  /** The folder of the filesystem store (OBJECT_STORE_DIR, default `<data dir>/objects`); each subgraph has its own subfolder. */
  dir: string;
  s3: S3StoreConfig | undefined;
}

export interface S3StoreConfig {
  /** S3_ENDPOINT, e.g. https://minio.example.cn:9000; unset means AWS's own endpoint for the region. */
  endpoint: string | undefined;
  /** S3_BUCKET; each subgraph writes under its own key prefix. */
  bucket: string;
  /** S3_REGION (default us-east-1, which most S3-compatible services accept). */
  region: string;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; unset means the SDK's default provider chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** S3_FORCE_PATH_STYLE (default true): bucket in the path, as most self-hosted services expect. */
  forcePathStyle: boolean;
}

/** Cross-origin calls to the gateway (CORS). */
export interface CorsConfig {
  /** Origins allowed to call from a browser, e.g. http://localhost:5173; none means same-origin only. */
  origins: string[];
  /** Whether a browser may send cookies or HTTP authentication along (a bearer token needs no credentials). */
  credentials: boolean;
  /** How long a browser may cache a preflight answer, in seconds. */
  maxAgeSeconds: number;
}

export interface ImportsConfig {
  /** Each job's file is kept under `<dir>/<subgraph>/<job id>/` (IMPORT_DIR, default `data/imports`). */
  dir: string;
  /** Rows written per transaction, with the job's checkpoint (IMPORT_BATCH_SIZE). */
  batchSize: number;
  /** Largest accepted upload in bytes (IMPORT_MAX_BYTES). */
  maxBytes: number;
  /**
   * Lifetime of the delegation the gateway hands an import job that asks other
   * institutions (IMPORT_DELEGATION_TTL_SECONDS, default 24 h, at most 7 days):
   * a job resumed later than that must be uploaded again.
   */
  delegationTtlSeconds: number;
}

export interface PortalConfig {
  /** Serve the built portal at /portal/: on in demo mode, off in production unless PORTAL_SERVE=true. */
  serve: boolean;
  /** The built portal (`npm run build` writes portal/dist). */
  dir: string;
}

/** The demo binds the portal's own client key to the portal's generated manifest. */
export const DEMO_PORTAL_CLIENT_KEY = 'guantong-portal-demo';

/**
 * Where issuers' DIDs and status lists live, and the secret each subgraph derives
 * its organisations' signing keys from. Production has no defaults: a subgraph
 * refuses to start without them (`issuerSettings`).
 */
export interface CredentialsConfig {
  /** The hub's public https origin: `did:web` DIDs and status-list URLs are under it. */
  publicUrl: string | undefined;
  /** Per subgraph, 32+ bytes; the key of each organisation is derived from it (HKDF). */
  issuerKeySecrets: Record<SubgraphName, Buffer | undefined>;
}


export interface OpsConfig {
  /** How long each readiness check may take before it counts as down. */
  readinessTimeoutMs: number;
  /** On SIGTERM, how long requests in flight may take to finish before they are cut. */
  shutdownDrainMs: number;
  /** Bearer token that may read /metrics from anywhere; without it, loopback callers only. */
  metricsToken: string | undefined;
  /** OTLP/HTTP traces endpoint (e.g. http://collector:4318/v1/traces); tracing is off when unset. */
  otlpTracesEndpoint: string | undefined;
}

/** 32-byte demo keys for national ID protection; refused in production. */
export const DEMO_PII_ENCRYPTION_KEY = Buffer.alloc(32, 'guantong-demo-pii-encryption-key');
export const DEMO_PII_INDEX_KEY = Buffer.alloc(32, 'guantong-demo-pii-blind-index-key');

/** The public origin a demo hub's DIDs and status lists are written under. */
export const DEMO_CREDENTIALS_PUBLIC_URL = 'https://localhost:4000';
/** Demo issuer key secrets, one per subgraph: public in the repository, so refused in production. */
export const DEMO_ISSUER_KEY_SECRETS: Record<SubgraphName, Buffer> = {
  secondary: Buffer.alloc(32, 'guantong-demo-secondary-issuers'),
  college: Buffer.alloc(32, 'guantong-demo-college-issuers'),
  enterprise: Buffer.alloc(32, 'guantong-demo-enterprise-issuers'),
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export class ConfigError extends Error {}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}"`);
  }
  return value;
}

function key32(env: NodeJS.ProcessEnv, name: string, demo: boolean, fallback: Buffer): Buffer {
  const raw = env[name];
  if (!raw) {
    if (demo) return fallback;
    throw new ConfigError(`production mode needs ${name}: 32 random bytes, base64-encoded (openssl rand -base64 32)`);
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new ConfigError(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`);
  if (!demo && key.equals(fallback)) throw new ConfigError(`production mode refuses the built-in demo ${name}`);
  return key;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const DELEGATION_TTL_MAX = 7 * 24 * 3600;

function delegationTtl(env: NodeJS.ProcessEnv): number {
  const seconds = positive(env, 'IMPORT_DELEGATION_TTL_SECONDS', 24 * 3600);
  if (!Number.isInteger(seconds) || seconds > DELEGATION_TTL_MAX) throw new ConfigError(`IMPORT_DELEGATION_TTL_SECONDS must be a whole number of seconds up to ${DELEGATION_TTL_MAX} (7 days), got "${env.IMPORT_DELEGATION_TTL_SECONDS}"`);
  return seconds;
}

function objectStoreConfig(env: NodeJS.ProcessEnv): ObjectStoreConfig {
  const kind = env.OBJECT_STORE || 'fs';
  if (kind !== 'fs' && kind !== 's3') throw new ConfigError(`OBJECT_STORE must be "fs" or "s3", got "${kind}"`);
  const dir = path.resolve(repoRoot, env.OBJECT_STORE_DIR || path.join(env.GUANTONG_DATA_DIR || 'data', 'objects'));
  if (kind === 'fs') return { kind, dir, s3: undefined };
  if (!env.S3_BUCKET) throw new ConfigError('OBJECT_STORE=s3 needs S3_BUCKET, the bucket file contents are kept in');
  const keyId = env.S3_ACCESS_KEY_ID;
  const secret = env.S3_SECRET_ACCESS_KEY;
  if (Boolean(keyId) !== Boolean(secret)) throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the SDK\'s default credentials');
  return {
    kind, dir,
    s3: {
      endpoint: env.S3_ENDPOINT || undefined,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION || 'us-east-1',
      credentials: keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret } : undefined,
      forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', true),
    },
  };
}

function mode(env: NodeJS.ProcessEnv): Mode {
  const raw = env.GUANTONG_MODE ?? 'demo';
  if (raw !== 'demo' && raw !== 'production') {
    throw new ConfigError(`GUANTONG_MODE must be "demo" or "production", got "${raw}"`);
  }
  return raw;
}

function databaseUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!/^mysql:\/\//.test(raw) && !/^mariadb:\/\//.test(raw)) {
    throw new ConfigError(`${name} must be a mysql://user:pass@host:port/database URL`);
  }
  return raw;
}

const publicHalf = ({ kty, crv, x, kid }: JWK): JWK => ({ kty, crv, x, ...(kid ? { kid } : {}) });

function jwk(env: NodeJS.ProcessEnv, name: string): JWK | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const key = parsed as JWK | undefined;
  if (key?.kty !== 'OKP' || key.crv !== 'Ed25519' || typeof key.x !== 'string') {
    throw new ConfigError(`${name} must be an Ed25519 JWK as one line of JSON, {"kty":"OKP","crv":"Ed25519","x":…} (npm run keys makes one)`);
  }
  return key;
}

/**
 * The gateway's keys. The gateway process reads GATEWAY_SIGNING_KEY; a subgraph
 * needs only GATEWAY_PUBLIC_KEY or GATEWAY_JWKS_URL. Demo mode ships a demo pair.
 */
function gatewayKeys(env: NodeJS.ProcessEnv, demo: boolean): GatewayKeyConfig {
  if (env.GATEWAY_TOKEN_SECRET) {
    throw new ConfigError('GATEWAY_TOKEN_SECRET is no longer used: the gateway signs with its own Ed25519 key (GATEWAY_SIGNING_KEY), and subgraphs verify with GATEWAY_PUBLIC_KEY');
  }
  const signing = jwk(env, 'GATEWAY_SIGNING_KEY');
  if (signing && typeof signing.d !== 'string') throw new ConfigError('GATEWAY_SIGNING_KEY must be the private JWK (with its "d" member)');
  const verifying = jwk(env, 'GATEWAY_PUBLIC_KEY');
  const jwksUrl = env.GATEWAY_JWKS_URL || undefined;
  const configured = signing || verifying || jwksUrl;
  if (!configured && demo) return { signing: DEMO_GATEWAY_SIGNING_KEY, verifying: publicHalf(DEMO_GATEWAY_SIGNING_KEY), jwksUrl: undefined };
  // The public half of a configured private key needs no second variable.
  return { signing, verifying: verifying ?? (signing && publicHalf(signing)), jwksUrl };
}

/** Production must never run on keys that are public in the repository. */
function assertProductionKeys(config: Config): void {
  if (config.mode !== 'production') return;
  const { clientAuth, gatewayKeys } = config;
  if (!clientAuth.jwksUrl && !clientAuth.secret) {
    throw new ConfigError('production mode needs AUTH_JWKS_URL or AUTH_JWT_SECRET');
  }
  if (!gatewayKeys.signing && !gatewayKeys.verifying && !gatewayKeys.jwksUrl) {
    throw new ConfigError('production mode needs the gateway\'s key: GATEWAY_SIGNING_KEY in the gateway, GATEWAY_PUBLIC_KEY or GATEWAY_JWKS_URL in each subgraph (npm run keys)');
  }
  const demoKey = [gatewayKeys.signing, gatewayKeys.verifying].some((k) => k?.x === DEMO_GATEWAY_SIGNING_KEY.x);
  if (clientAuth.secret === DEMO_CLIENT_SECRET || demoKey) {
    throw new ConfigError('production mode refuses the built-in demo signing keys');
  }
  if (clientAuth.secret && clientAuth.secret.length < 32) {
    throw new ConfigError('AUTH_JWT_SECRET must be at least 32 characters');
  }
}

/** A pinned "today" is a demo's convenience; a production hub decides on the real date only. */
function clockToday(env: NodeJS.ProcessEnv, demo: boolean): string | undefined {
  const raw = env.GUANTONG_CLOCK_TODAY;
  if (raw === undefined || raw === '') return undefined;
  if (!demo) throw new ConfigError('GUANTONG_CLOCK_TODAY pins the clock for demos and tests; production mode runs on the real date, so unset it');
  if (!isIsoDate(raw)) throw new ConfigError(`GUANTONG_CLOCK_TODAY must be a date written YYYY-MM-DD, got "${raw}"`);
  return raw;
}

function issuerKeySecret(env: NodeJS.ProcessEnv, subgraph: SubgraphName, demo: boolean): Buffer | undefined {
  const name = `${subgraph.toUpperCase()}_ISSUER_KEY_SECRET`;
  const raw = env[name];
  if (!raw) return demo ? DEMO_ISSUER_KEY_SECRETS[subgraph] : undefined;
  const secret = Buffer.from(raw, 'base64');
  if (secret.length < 32) throw new ConfigError(`${name} must be at least 32 random bytes, base64-encoded (openssl rand -base64 32)`);
  if (!demo && Object.values(DEMO_ISSUER_KEY_SECRETS).some((d) => d.equals(secret))) throw new ConfigError(`production mode refuses the built-in demo ${name}`);
  return secret;
}

function credentialsConfig(env: NodeJS.ProcessEnv, demo: boolean): CredentialsConfig {
  const raw = env.CREDENTIALS_PUBLIC_URL || (demo ? DEMO_CREDENTIALS_PUBLIC_URL : undefined);
  let publicUrl: string | undefined;
  if (raw) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
      throw new ConfigError(`CREDENTIALS_PUBLIC_URL must be an https origin with no path, e.g. https://hub.example.cn, got "${raw}"`);
    }
    publicUrl = url.origin;
  }
  return {
    publicUrl,
    issuerKeySecrets: {
      secondary: issuerKeySecret(env, 'secondary', demo),
      college: issuerKeySecret(env, 'college', demo),
      enterprise: issuerKeySecret(env, 'enterprise', demo),
    },
  };
}

/**
 * What a subgraph needs to sign for its organisations. Only the subgraphs call
 * it, at start-up, so the gateway and the other subgraphs never need (or hold)
 * another institution's secret; in production a missing setting stops the start.
 */
export function issuerSettings(config: Config, subgraph: SubgraphName): { publicUrl: string; secret: Buffer } {
  const { publicUrl, issuerKeySecrets } = config.credentials;
  const secret = issuerKeySecrets[subgraph];
  const name = `${subgraph.toUpperCase()}_ISSUER_KEY_SECRET`;
  if (!publicUrl) throw new ConfigError('production mode needs CREDENTIALS_PUBLIC_URL, the hub\'s public https origin (issuer DIDs and status lists are published under it)');
  if (!secret) throw new ConfigError(`production mode needs ${name}: 32 random bytes, base64-encoded (openssl rand -base64 32); the ${subgraph} subgraph derives its organisations' signing keys from it`);
  return { publicUrl, secret };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be "true" or "false", got "${raw}"`);
  return raw === 'true';
}

function otlpTracesEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (traces) return traces;
  // The general endpoint is a base URL; OTLP/HTTP puts traces under /v1/traces.
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

function opsConfig(env: NodeJS.ProcessEnv): OpsConfig {
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return {
    readinessTimeoutMs: positive(env, 'READINESS_TIMEOUT_MS', 2000),
    shutdownDrainMs: positive(env, 'SHUTDOWN_DRAIN_SECONDS', 10) * 1000,
    metricsToken,
    otlpTracesEndpoint: otlpTracesEndpoint(env),
  };
}

const DEMO_PORTAL_MANIFEST = path.join(repoRoot, 'portal/src/generated/persisted-documents.json');

/**
 * Without a manifest configured, a demo hub holds the reference portal's client
 * key to the portal's generated manifest, so the portal runs under the allowlist
 * as a production portal would. A configured manifest replaces that binding.
 */
function trustedDocuments(env: NodeJS.ProcessEnv, demo: boolean): Config['trustedDocuments'] {
  const clientKeys = (env.TRUSTED_DOCUMENTS_CLIENTS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (env.TRUSTED_DOCUMENTS_MANIFEST) return { manifestPath: path.resolve(repoRoot, env.TRUSTED_DOCUMENTS_MANIFEST), clientKeys };
  if (demo && fs.existsSync(DEMO_PORTAL_MANIFEST)) return { manifestPath: DEMO_PORTAL_MANIFEST, clientKeys: [...clientKeys, DEMO_PORTAL_CLIENT_KEY] };
  return { manifestPath: undefined, clientKeys };
}

/** The reference portal's Vite dev server: allowed in demo mode unless CORS_ORIGINS says otherwise. */
export const DEMO_CORS_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

function corsOrigin(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(`CORS_ORIGINS must list origins (scheme, host and port, no path), comma-separated, e.g. https://portal.example.cn,http://localhost:5173; got "${raw}"`);
  }
  return url.origin;
}

function corsConfig(env: NodeJS.ProcessEnv, demo: boolean): CorsConfig {
  const raw = env.CORS_ORIGINS;
  const origins = raw === undefined ? (demo ? DEMO_CORS_ORIGINS : []) : raw.split(',').map((o) => o.trim()).filter(Boolean).map(corsOrigin);
  return { origins, credentials: flag(env, 'CORS_CREDENTIALS', false), maxAgeSeconds: positive(env, 'CORS_MAX_AGE_SECONDS', 600) };
}

/** Reads the environment once into a typed, validated `Config`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const m = mode(env);
  const demo = m === 'demo';
  const ports = {
    gateway: port(env, 'GATEWAY_PORT', 4000),
    secondary: port(env, 'SECONDARY_PORT', 4001),
    college: port(env, 'COLLEGE_PORT', 4002),
    enterprise: port(env, 'ENTERPRISE_PORT', 4003),
  };
  const secret = env.AUTH_JWT_SECRET || (demo && !env.AUTH_JWKS_URL ? DEMO_CLIENT_SECRET : undefined);
  const config: Config = {
    mode: m,
    ports,
    gatewayHost: env.GATEWAY_HOST || '127.0.0.1',
    subgraphHost: env.SUBGRAPH_HOST || '127.0.0.1',
    databaseUrls: {
      secondary: databaseUrl(env, 'SECONDARY_DATABASE_URL'),
      college: databaseUrl(env, 'COLLEGE_DATABASE_URL'),
      enterprise: databaseUrl(env, 'ENTERPRISE_DATABASE_URL'),
    },
    dataDir: path.resolve(repoRoot, env.GUANTONG_DATA_DIR || 'data'),
    subgraphUrls: {
      secondary: env.SECONDARY_URL || `http://127.0.0.1:${ports.secondary}/graphql`,
      college: env.COLLEGE_URL || `http://127.0.0.1:${ports.college}/graphql`,
      enterprise: env.ENTERPRISE_URL || `http://127.0.0.1:${ports.enterprise}/graphql`,
    },
    clientAuth: {
      secret,
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER || 'guantong-demo',
      audience: env.AUTH_AUDIENCE || 'guantong',
      algorithms: (env.AUTH_ALGORITHMS || (env.AUTH_JWKS_URL ? 'RS256,ES256' : 'HS256'))
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      maxLifetimeSeconds: positive(env, 'AUTH_MAX_TOKEN_LIFETIME_SECONDS', 12 * 3600),
    },
    gatewayKeys: gatewayKeys(env, demo),
    gatewayUrl: env.GATEWAY_URL || `http://127.0.0.1:${ports.gateway}/graphql`,
    // A subgraph fetch takes seconds; the single-use memory holds each token id this long.
    gatewayTokenTtlSeconds: 30,
    seedDemoData: demo && env.GUANTONG_SEED !== 'false',
    clockToday: clockToday(env, demo),
    introspection: demo || env.NODE_ENV === 'development',
    auditDatabaseUrl: databaseUrl(env, 'AUDIT_DATABASE_URL'),
    pii: {
      encryptionKey: key32(env, 'PII_ENCRYPTION_KEY', demo, DEMO_PII_ENCRYPTION_KEY),
      indexKey: key32(env, 'PII_INDEX_KEY', demo, DEMO_PII_INDEX_KEY),
    },
    redisUrl: env.REDIS_URL || undefined,
    rateLimit: { points: positive(env, 'RATE_LIMIT_POINTS', 300), durationSeconds: positive(env, 'RATE_LIMIT_WINDOW_SECONDS', 60) },
    subgraphTimeoutMs: positive(env, 'SUBGRAPH_TIMEOUT_MS', 5000),
    trustedDocuments: trustedDocuments(env, demo),
    logLevel: env.LOG_LEVEL || 'info',
    credentials: credentialsConfig(env, demo),
    dualQualified: {
      minPracticeHours: positive(env, 'DUAL_QUALIFIED_MIN_PRACTICE_HOURS', 160),
      requireIndustryQualification: flag(env, 'DUAL_QUALIFIED_REQUIRE_INDUSTRY_QUALIFICATION', false),
    },
    ops: opsConfig(env),
    portal: {
      serve: flag(env, 'PORTAL_SERVE', demo),
      dir: path.resolve(repoRoot, env.PORTAL_DIR || 'portal/dist'),
    },
    cors: corsConfig(env, demo),
    webhooks: webhookConfig(env, m === 'production', (message) => new ConfigError(message)),
    imports: {
      dir: path.resolve(repoRoot, env.IMPORT_DIR || path.join(env.GUANTONG_DATA_DIR || 'data', 'imports')),
      batchSize: positive(env, 'IMPORT_BATCH_SIZE', 500),
      maxBytes: positive(env, 'IMPORT_MAX_BYTES', 256 * 1024 * 1024),
      delegationTtlSeconds: delegationTtl(env),
    },
    objectStore: objectStoreConfig(env),
    resources: { maxBytes: positive(env, 'RESOURCE_MAX_BYTES', 10 * 1024 * 1024) },
  };
  if (config.clientAuth.algorithms.some((a) => a.toLowerCase() === 'none')) {
    throw new ConfigError('AUTH_ALGORITHMS may not include "none"');
  }
  assertProductionKeys(config);
  return config;
}
