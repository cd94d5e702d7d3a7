import { fileURLToPath } from 'node:url';
import { issuersFor } from '@guantong/shared/credentials';
import type { SubgraphDefinition } from '@guantong/shared/subgraph';
import { entities } from './entities/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { Initial1795460981936 } from './migrations/1795460981936-Initial.ts';
import { CertificateModules1795463400000 } from './migrations/1795463400000-CertificateModules.ts';
import { LearnerSerials1795470000000 } from './migrations/1795470000000-LearnerSerials.ts';
import { Curriculum1795900000000 } from './migrations/1795900000000-Curriculum.ts';
import { ChangeFeed1796000000000 } from './migrations/1796000000000-ChangeFeed.ts';
import { ModuleMarketplace1796300000000 } from './migrations/1796300000000-ModuleMarketplace.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './seed.ts';
import { ImportJobs1796100000000 } from '@guantong/shared/bulk/jobs';
import { secondaryBulk } from './bulk/index.ts';

/** The secondary subgraph: schools, programmes, courses, enrolments, results, and certificate training modules. */
export const secondarySubgraph: SubgraphDefinition<Loaders> = {
  name: 'secondary',
  schemaPath: fileURLToPath(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  entities,
  migrations: [Initial1795460981936, CertificateModules1795463400000, LearnerSerials1795470000000, Curriculum1795900000000, ChangeFeed1796000000000, ImportJobs1796100000000, ModuleMarketplace1796300000000],
  createLoaders,
  seedDemo,
  bulk: secondaryBulk,
  // Production refuses to start without the school's issuer secret and the public URL.
  checkConfig: (config) => void issuersFor(config, 'secondary'),
};
