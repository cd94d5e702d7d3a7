/**
 * Webhook signing secrets are kept sealed (AES-256-GCM) in the subgraph's
 * database: a copy of the database alone does not let anyone sign deliveries.
 * The key is derived (HKDF) from the hub's PII encryption key, for this use only.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { WebhookConfig } from './config.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The webhook settings plus the key that seals subscription secrets. */
export interface WebhookSettings extends WebhookConfig {
  sealingKey: Buffer;
}

const settingsOf = new WeakMap<Config, WebhookSettings>();

/** Derived once per configuration: every request's loaders ask for it, and HKDF is not free. */
export function webhookSettings(config: Config): WebhookSettings {
  let settings = settingsOf.get(config);
  if (!settings) {
    const sealingKey = Buffer.from(hkdfSync('sha256', config.pii.encryptionKey, Buffer.alloc(0), 'guantong webhook signing secrets', 32));
    settings = { ...config.webhooks, sealingKey };
    settingsOf.set(config, settings);
  }
  return settings;
}

export function sealSecret(secret: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

export function openSecret(sealed: string, key: Buffer): string {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
