/**
 * Fetches a learner's evidence from the subgraphs that own it, for
 * `progressStudent`: a mutation cannot use `@requires`, so the college asks the
 * secondary and enterprise subgraphs itself, exactly as the gateway would. It
 * sends the same `_entities` selection the `@requires` of `Student.progression`
 * makes, with a gateway token it signs for the caller and this one operation,
 * so the owning subgraphs authorise (and audit) the read as the caller's own.
 */
import { GraphQLError } from 'graphql';
import type { Config, SubgraphName } from '@guantong/shared/config';
import { forbidden } from '@guantong/shared/errors';
import { operationHash, signGatewayToken, type Actor } from '@guantong/shared/identity';
import type { GrantInForce } from '../access.ts';
import { toEvidence, type Evidence, type EvidenceNeeds, type RawEvidence } from './evidence.ts';

/** What the owning subgraphs authorise with: the pathway's organisations and the grants in force. */
export interface StudentRepresentation {
  __typename: 'Student';
  id: string;
  pathwayOrganizationIds: string[];
  activeGrants: GrantInForce[];
}

const entities = (selection: string) => /* GraphQL */ `
  query CollegeEvidence($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Student { ${selection} } }
  }
`;

const QUERIES: Record<Exclude<SubgraphName, 'college'>, string> = {
  secondary: entities('secondaryStage { results { course { code } term score passed } } moduleCredits'),
  enterprise: entities(
    'certificates { serial status score issuedOn revokedOn revocationReason standard { code level } } ' +
      'recognizedCertificates { standard { code } effectiveFrom effectiveTo }',
  ),
};

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Transport failures say only which subgraph did not answer: never a host,
 * port or driver message. SERVICE_UNAVAILABLE is not among the codes the hub's
 * error masking passes through yet, so until it is, clients see a generic error.
 */
const unavailable = (subgraph: string) =>
  new GraphQLError(`progression could not be checked: the ${subgraph} subgraph did not return the learner's evidence; try again later`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });

interface Reply {
  data?: { _entities?: (RawEvidence | null)[] } | null;
  errors?: { extensions?: { code?: unknown } }[];
}

async function ask(config: Config, actor: Actor, subgraph: keyof typeof QUERIES, representation: StudentRepresentation): Promise<RawEvidence> {
  const query = QUERIES[subgraph];
  const variables = { representations: [representation] };
  let reply: Reply;
  try {
    const token = await signGatewayToken(actor, config.gatewaySecret, config.gatewayTokenTtlSeconds, operationHash(query, variables));
    const response = await fetch(config.subgraphUrls[subgraph], {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(config.subgraphTimeoutMs),
    });
    reply = (await response.json()) as Reply;
  } catch {
    throw unavailable(subgraph);
  }
  if (reply.errors?.some((e) => REFUSALS.has(String(e.extensions?.code)))) {
    throw forbidden(`progression could not be checked: the ${subgraph} subgraph refused to show you the learner's evidence`);
  }
  const entity = reply.data?._entities?.[0];
  if (reply.errors?.length || !entity) throw unavailable(subgraph);
  return entity;
}

export type EvidenceFetcher = (actor: Actor, representation: StudentRepresentation, needs: EvidenceNeeds) => Promise<Evidence>;

/** A fetcher bound to the hub's configuration; asks only the subgraphs whose evidence is needed, in parallel. */
export function remoteEvidence(config: Config): EvidenceFetcher {
  return async (actor, representation, needs) => {
    const [secondary, enterprise] = await Promise.all([
      needs.results || needs.moduleCredits ? ask(config, actor, 'secondary', representation) : {},
      needs.certificates || needs.recognized ? ask(config, actor, 'enterprise', representation) : {},
    ]);
    return toEvidence({ ...secondary, ...enterprise });
  };
}
