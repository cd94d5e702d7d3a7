import type { SubgraphDefinition } from '@guantong/shared/subgraph';
import { secondarySubgraph } from '@guantong/secondary';
import { collegeSubgraph } from '@guantong/college';
import { enterpriseSubgraph } from '@guantong/enterprise';

/** The three subgraph definitions, in start order. */
// Each subgraph has its own loader type; the scripts only use the shared parts.
export const subgraphDefinitions: SubgraphDefinition<unknown>[] = [
  secondarySubgraph as SubgraphDefinition<unknown>,
  collegeSubgraph as SubgraphDefinition<unknown>,
  enterpriseSubgraph as SubgraphDefinition<unknown>,
];
