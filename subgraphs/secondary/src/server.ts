import { loadConfig, type Config } from '@guantong/shared/config';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { secondarySubgraph } from './definition.ts';
import type { Loaders } from './loaders.ts';

export { secondarySubgraph } from './definition.ts';

/** Starts the secondary subgraph: opens and migrates its database, seeds demo data if configured, listens. */
export function startSecondary(
  config: Config = loadConfig(),
  overrides?: Parameters<typeof startSubgraph<Loaders>>[2],
): Promise<RunningSubgraph<Loaders>> {
  return startSubgraph(secondarySubgraph, config, overrides);
}
