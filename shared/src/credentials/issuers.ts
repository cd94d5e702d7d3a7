/**
 * A subgraph's issuers: the signing identity of each organisation it owns,
 * derived from that subgraph's own secret. Call once at start-up: in production
 * a missing secret or public URL stops the subgraph here.
 */
import { createHmac } from 'node:crypto';
import { issuerSettings, type Config, type SubgraphName } from '../config.ts';
import { issuerKeyring, type IssuerIdentity } from './keys.ts';
import { issuerPaths } from './did.ts';

export interface SubgraphIssuers {
  /** The hub's public origin, under which DIDs and status lists are published. */
  publicUrl: string;
  /** The identity (DID, key pair, DID document, JWKS) of an organisation this subgraph owns. */
  identity(organizationId: string): Promise<IssuerIdentity>;
  /** The public URL under which an organisation's revocation status lists are numbered (…/0, …/1). */
  statusListUrl(organizationId: string): string;
  /**
   * A salt for hashing a learner's identifier in one credential: 32 hex
   * characters, the same every time for the same label, and unguessable without
   * the subgraph's secret (so a hash cannot be tested against learner ids).
   */
  salt(label: string): string;
}

export function subgraphIssuers(config: Config, subgraph: SubgraphName): SubgraphIssuers {
  const { publicUrl, secret } = issuerSettings(config, subgraph);
  return {
    publicUrl,
    identity: issuerKeyring(secret, publicUrl),
    statusListUrl: (organizationId) => `${publicUrl}${issuerPaths(organizationId).statusList}`,
    salt: (label) => createHmac('sha256', secret).update(`subject-salt:${label}`).digest('hex').slice(0, 32),
  };
}

const byConfig = new WeakMap<Config, Map<SubgraphName, SubgraphIssuers>>();

/** The subgraph's issuers for this configuration, derived once per process. */
export function issuersFor(config: Config, subgraph: SubgraphName): SubgraphIssuers {
  const cached = byConfig.get(config) ?? new Map<SubgraphName, SubgraphIssuers>();
  byConfig.set(config, cached);
  let issuers = cached.get(subgraph);
  if (!issuers) {
    issuers = subgraphIssuers(config, subgraph);
    cached.set(subgraph, issuers);
  }
  return issuers;
}
