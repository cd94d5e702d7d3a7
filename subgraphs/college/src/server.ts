import { loadConfig, type Config } from '@guantong/shared/config';
import type { Database } from '@guantong/shared/database';
import { startSubgraph, type RunningSubgraph } from '@guantong/shared/subgraph';
import { collegeSubgraph } from './definition.ts';
import type { Loaders } from './loaders.ts';

export { collegeSubgraph };

/** Opens the college database, migrates, seeds in demo mode, and serves the subgraph. */
export async function startCollege(
  config: Config = loadConfig(),
  overrides?: { port?: number; database?: Database },
): Promise<RunningSubgraph<Loaders>> {
  return startSubgraph(collegeSubgraph, config, overrides);
}
