import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@guantong/shared/subgraph';
import { entities } from './entities/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { Initial1767225600300 } from './migrations/1767225600300-Initial.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './seed.ts';

/** The enterprise subgraph: certification organisations, certificate standards, awards and recognitions. */
export const enterpriseSubgraph: SubgraphDefinition<Loaders> = {
  name: 'enterprise',
  schemaPath: fileURLToPath(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  entities,
  migrations: [Initial1767225600300],
  createLoaders,
  seedDemo,
};
