/**
 * SSRF defence for webhook URLs: a host must resolve only to public unicast
 * addresses, or to networks the operator allowed. Checked at registration and
 * again at every delivery, in the socket's own DNS lookup, so a name that
 * rebinds to a private address after registration is refused too.
 */
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput } from '../errors.ts';
import type { WebhookConfig } from './config.ts';

type Allowance = Pick<WebhookConfig, 'allowedNetworks' | 'allowHttp'>;

/** Why `address` may not receive webhooks, or undefined when it may. */
export function refusedAddress(address: string, config: Allowance): string | undefined {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) back into IPv4, so the mapping does not hide a range.
  const ip = ipaddr.process(address);
  for (const cidr of config.allowedNetworks) {
    const network = ipaddr.parseCIDR(cidr);
    if (network[0].kind() === ip.kind() && ip.match(network)) return undefined;
  }
  const range = ip.range();
  if (range === 'unicast') return undefined;
  return `${address} is in the ${range} range, which webhooks may not reach`;
}

/** The URL, parsed, when its scheme is accepted; BAD_USER_INPUT otherwise. */
export function webhookUrl(raw: string, config: Allowance): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput(`url must be an absolute https:// URL, got "${raw}"`, { field: 'url' });
  }
  const schemes = config.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) throw badInput(`url must use https:// (got ${url.protocol}//)`, { field: 'url' });
  if (url.username || url.password) throw badInput('url may not carry a user name or password; the signature authenticates deliveries', { field: 'url' });
  return url;
}

const ALLOW_HINT = 'use a host with public addresses, or have the operator allow the network with WEBHOOK_ALLOWED_NETWORKS';

/** Resolves the URL's host and refuses it unless every address is allowed (BAD_USER_INPUT). */
export async function requireAllowedHost(url: URL, config: Allowance): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw badInput(`url host ${host} does not resolve; webhooks need a host with public DNS`, { field: 'url' });
  }
  const refusals = addresses.map((a) => refusedAddress(a, config)).filter((r) => r !== undefined);
  if (refusals.length > 0) throw badInput(`url host ${host} is refused: ${refusals[0]}; ${ALLOW_HINT}`, { field: 'url' });
}

/** A socket lookup that connects only to allowed addresses (delivery time: defeats DNS rebinding). */
export function guardedLookup(config: Allowance): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, '', 0);
      const refused = found.map((a) => refusedAddress(a.address, config)).find((r) => r !== undefined);
      if (refused) return callback(Object.assign(new Error(`refused: ${refused}`), { code: 'EADDRNOTALLOWED' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, found);
      callback(null, found[0].address, found[0].family);
    });
  };
}
