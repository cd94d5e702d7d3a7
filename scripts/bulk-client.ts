/**
 * What the import and export commands share: which subgraph owns an
 * organisation (its id says its kind), the hub's address, and a token.
 */
import { loadConfig, type SubgraphName } from '@guantong/shared/config';
import { signClientToken, type Role } from '@guantong/shared/identity';
import { subgraphDefinitions } from './subgraphs.ts';

const OWNERS: Record<string, { subgraph: SubgraphName; role: Role }> = {
  'sch-': { subgraph: 'secondary', role: 'SECONDARY_STAFF' },
  'col-': { subgraph: 'college', role: 'COLLEGE_STAFF' },
  'org-': { subgraph: 'enterprise', role: 'ENTERPRISE_STAFF' },
};

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

export interface BulkClient {
  subgraph: SubgraphName;
  /** The gateway's origin, e.g. http://127.0.0.1:4000. */
  hub: string;
  token: string;
  importKinds: string[];
  exportKinds: string[];
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
}

/**
 * The hub at `--hub` (default: this configuration's gateway), with the token
 * in GUANTONG_TOKEN, or in demo mode a staff token of the institution.
 */
export async function bulkClient(institution: string | undefined, hub: string | undefined): Promise<BulkClient> {
  if (!institution) fail('--institution <organisation id> is required, e.g. sch-riverside, col-metro, org-zhongxin');
  const owner = Object.entries(OWNERS).find(([prefix]) => institution.startsWith(prefix))?.[1];
  if (!owner) fail(`--institution must be an organisation id starting with ${Object.keys(OWNERS).join(', ')}; got ${institution}`);
  const config = loadConfig();
  const token = process.env.GUANTONG_TOKEN || (config.mode === 'demo' ? await signClientToken({ role: owner.role, org: institution, subject: 'bulk-cli' }, config.clientAuth) : fail('set GUANTONG_TOKEN to a token of your organisation\'s staff'));
  const base = (hub ?? new URL(config.gatewayUrl).origin).replace(/\/+$/, '');
  const bulk = subgraphDefinitions.find((d) => d.name === owner.subgraph)?.bulk;
  if (!bulk) fail(`the ${owner.subgraph} subgraph offers no bulk import`);
  return {
    subgraph: owner.subgraph, hub: base, token,
    importKinds: bulk.imports.map((k) => k.name), exportKinds: bulk.exports.map((k) => k.name),
    async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) fail(body.errors.map((e) => e.message).join('\n'));
      return body.data as T;
    },
  };
}
