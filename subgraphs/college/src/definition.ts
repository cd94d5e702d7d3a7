import { fileURLToPath } from 'node:url';
import { issuersFor } from '@guantong/shared/credentials';
import type { SubgraphDefinition } from '@guantong/shared/subgraph';
import { entities } from './entities/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { Initial1767225600000 } from './migrations/1767225600000-Initial.ts';
import { Consent1767312000000 } from './migrations/1767312000000-Consent.ts';
import { ArticulationEngine1767398400000 } from './migrations/1767398400000-ArticulationEngine.ts';
import { ConsentActiveKey1767490000000 } from './migrations/1767490000000-ConsentActiveKey.ts';
import { TransferCap1767580000000 } from './migrations/1767580000000-TransferCap.ts';
import { ProgressionDecisions1767670000000 } from './migrations/1767670000000-ProgressionDecisions.ts';
import { Curriculum1768500000000 } from './migrations/1768500000000-Curriculum.ts';
import { ChangeFeed1769000000100 } from './migrations/1769000000100-ChangeFeed.ts';
import { PathwayCounts1796400000000 } from './migrations/1796400000000-PathwayCounts.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './seed.ts';
import { ImportJobs1796100000000 } from '@guantong/shared/bulk/jobs';
import { collegeBulk } from './bulk/index.ts';

/** The higher vocational college subgraph: colleges, agreements, the pathway registry, the higher stage and the articulation engine. */
export const collegeSubgraph: SubgraphDefinition<Loaders> = {
  name: 'college',
  schemaPath: fileURLToPath(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  entities,
  migrations: [Initial1767225600000, Consent1767312000000, ArticulationEngine1767398400000, ConsentActiveKey1767490000000, TransferCap1767580000000, ProgressionDecisions1767670000000, Curriculum1768500000000, ChangeFeed1769000000100, ImportJobs1796100000000, PathwayCounts1796400000000],
  createLoaders,
  seedDemo,
  bulk: collegeBulk,
  // Production refuses to start without the college's issuer secret and the public URL.
  checkConfig: (config) => void issuersFor(config, 'college'),
};
