/**
 * Webhook settings (read by config.ts, the only reader of the environment).
 * Defaults refuse every non-public address and plain HTTP.
 */
import ipaddr from 'ipaddr.js';

export interface WebhookConfig {
  /** CIDRs a webhook may resolve to although they are private (e.g. 10.20.0.0/16 for an on-premises receiver). */
  allowedNetworks: readonly string[];
  /** Accept http:// URLs (tests against a local receiver only). */
  allowHttp: boolean;
  /** How often the worker looks for new changes and due deliveries. */
  pollMs: number;
  /** Attempts per delivery before the subscription is marked FAILING. */
  maxAttempts: number;
  /** The first retry waits this long; each further retry twice as long as the one before. */
  backoffMs: number;
  /** How long one delivery may take. */
  timeoutMs: number;
}

type Env = Record<string, string | undefined>;

const number = (env: Env, name: string, fallback: number, fail: (message: string) => Error): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw fail(`${name} must be a positive whole number, got "${raw}"`);
  return value;
};

/** Reads the WEBHOOK_* variables; `fail` builds the ConfigError. Plain HTTP is refused in production. */
export function webhookConfig(env: Env, production: boolean, fail: (message: string) => Error): WebhookConfig {
  const allowedNetworks = (env.WEBHOOK_ALLOWED_NETWORKS ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  for (const cidr of allowedNetworks) {
    if (!ipaddr.isValidCIDR(cidr)) throw fail(`WEBHOOK_ALLOWED_NETWORKS must list CIDRs such as 10.20.0.0/16 or fd00::/8, got "${cidr}"`);
  }
  const allowHttp = env.WEBHOOK_ALLOW_HTTP === 'true';
  if (allowHttp && production) throw fail('WEBHOOK_ALLOW_HTTP is for tests only: production webhooks are delivered over HTTPS');
  return {
    allowedNetworks,
    allowHttp,
    pollMs: number(env, 'WEBHOOK_POLL_MS', 1000, fail),
    maxAttempts: number(env, 'WEBHOOK_MAX_ATTEMPTS', 8, fail),
    backoffMs: number(env, 'WEBHOOK_BACKOFF_MS', 1000, fail),
    timeoutMs: number(env, 'WEBHOOK_TIMEOUT_MS', 5000, fail),
  };
}
