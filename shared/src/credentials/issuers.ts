/**
 * A subgraph's issuers: the signing identity of each organisation it owns,
 * derived from that subgraph's own secret. Call once at start-up: in production
 * a missing secret or public URL stops the subgraph here.
 */
import { issuerSettings, type Config, type SubgraphName } from '../config.ts';
import { issuerKeyring, type IssuerIdentity } from './keys.ts';
import { issuerPaths } from './did.ts';

export interface SubgraphIssuers {
  /** The hub's public origin, under which DIDs and status lists are published. */
  publicUrl: string;
  /** The identity (DID, key pair, DID document, JWKS) of an organisation this subgraph owns. */
  identity(organizationId: string): Promise<IssuerIdentity>;
  /** The public URL of an organisation's revocation status list. */
  statusListUrl(organizationId: string): string;
}

export function subgraphIssuers(config: Config, subgraph: SubgraphName): SubgraphIssuers {
  const { publicUrl, secret } = issuerSettings(config, subgraph);
  return {
    publicUrl,
    identity: issuerKeyring(secret, publicUrl),
    statusListUrl: (organizationId) => `${publicUrl}${issuerPaths(organizationId).statusList}`,
  };
}
