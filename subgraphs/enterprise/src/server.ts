import { loadConfig, type Config } from '@guantong/shared/config';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { enterpriseSubgraph } from './definition.ts';
import type { Loaders } from './loaders.ts';

export { enterpriseSubgraph } from './definition.ts';

/** Starts the enterprise subgraph: opens and migrates its database, seeds demo data if configured, listens. */
export function startEnterprise(
  config: Config = loadConfig(),
  overrides?: Parameters<typeof startSubgraph<Loaders>>[2],
): Promise<RunningSubgraph<Loaders>> {
  return startSubgraph(enterpriseSubgraph, config, overrides);
}
