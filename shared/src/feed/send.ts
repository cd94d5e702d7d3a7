/**
 * One signed POST to a receiver, following the Standard Webhooks scheme
 * (webhook-id, webhook-timestamp, webhook-signature). The socket connects only
 * to addresses the SSRF check allows, and redirects are not followed.
 */
import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { Webhook } from 'standardwebhooks';
import type { WebhookConfig } from './config.ts';
import { guardedLookup, refusedAddress } from './address.ts';

export interface Message {
  /** Stable across retries, so a receiver can drop duplicates. */
  id: string;
  payload: string;
}

/** What a receiver did with a delivery: `error` is what the subscription's owner is told. */
export type Outcome = { ok: true } | { ok: false; error: string };

/** Signs and posts; never throws. */
export function send(urlText: string, secret: string, message: Message, config: WebhookConfig): Promise<Outcome> {
  const url = new URL(urlText);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal IP skips the DNS lookup, so it is checked here.
  if (ipaddr.isValid(host) && refusedAddress(host, config)) return Promise.resolve({ ok: false, error: 'the receiver address is not allowed (not a public address)' });
  if (url.protocol === 'http:' && !config.allowHttp) return Promise.resolve({ ok: false, error: 'the receiver URL is not https' });
  // The timestamp is the real time, not the hub's (possibly pinned) business clock: receivers check it against theirs.
  const at = new Date();
  const headers = {
    'content-type': 'application/json',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(message.id, at, message.payload),
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(url, { method: 'POST', headers, lookup: guardedLookup(config), timeout: config.timeoutMs }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: `the receiver answered HTTP ${status}` });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRNOTALLOWED') return resolve({ ok: false, error: 'the receiver address is not allowed (not a public address)' });
      resolve({ ok: false, error: err.code === 'ETIMEDOUT' ? `the receiver did not answer within ${config.timeoutMs} ms` : 'the receiver could not be reached' });
    });
    req.end(message.payload);
  });
}
