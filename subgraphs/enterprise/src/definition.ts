import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@guantong/shared/subgraph';
import { entities } from './entities/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { Initial1767225600300 } from './migrations/1767225600300-Initial.ts';
import { Prerequisites1767312000300 } from './migrations/1767312000300-Prerequisites.ts';
import { RecognitionAgreements1767398400300 } from './migrations/1767398400300-RecognitionAgreements.ts';
import { CredentialStatus1768100000000 } from './migrations/1768100000000-CredentialStatus.ts';
import { enterpriseIssuers } from './credentials/issuers.ts';
import { Accreditation1768200000000 } from './migrations/1768200000000-Accreditation.ts';
import { ExamSessions1768200000100 } from './migrations/1768200000100-ExamSessions.ts';
import { Curriculum1768500000300 } from './migrations/1768500000300-Curriculum.ts';
import { ChangeFeed1769000000300 } from './migrations/1769000000300-ChangeFeed.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './seed.ts';
import { ImportJobs1796100000000 } from '@guantong/shared/bulk/jobs';
import { enterpriseBulk } from './bulk/awards.ts';

/** The enterprise subgraph: certification organisations, certificate standards and their ladder, awards and recognitions. */
export const enterpriseSubgraph: SubgraphDefinition<Loaders> = {
  name: 'enterprise',
  schemaPath: fileURLToPath(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  entities,
  migrations: [
    Initial1767225600300,
    Prerequisites1767312000300,
    RecognitionAgreements1767398400300,
    CredentialStatus1768100000000,
    Accreditation1768200000000,
    ExamSessions1768200000100,
    Curriculum1768500000300,
    ChangeFeed1769000000300,
    ImportJobs1796100000000,
  ],
  createLoaders,
  seedDemo,
  bulk: enterpriseBulk,
  // Production refuses to start without the enterprise's issuer secret and the public URL.
  checkConfig: (config) => void enterpriseIssuers(config),
};
