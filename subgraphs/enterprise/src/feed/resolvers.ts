/** The enterprise subgraph's change feed and webhooks (shared/src/feed). */
import { feedResolvers } from '@guantong/shared/feed/graphql';
import type { EnterpriseChangeNodeResolvers, EnterpriseChangeResolvers, MutationResolvers, QueryResolvers, WebhookSubscriptionResolvers } from '../generated/resolvers.ts';
import { AwardEntity } from '../entities/award.ts';
import { JobPositionEntity } from '../entities/curriculum.ts';
import { OrganizationEntity } from '../entities/organization.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { enterpriseFeed } from './tables.ts';

const parts = feedResolvers(enterpriseFeed, {
  CertificationOrganization: OrganizationEntity, CertificateStandard: StandardEntity, CertificateAward: AwardEntity,
  RecognitionAgreement: RecognitionEntity, JobPosition: JobPositionEntity,
});

/** The feed's fields, named for this subgraph, typed by codegen. */
export const feed = {
  Query: { enterpriseChanges: parts.changes, enterpriseWebhooks: parts.webhooks } satisfies QueryResolvers,
  Mutation: { registerEnterpriseWebhook: parts.register, deleteEnterpriseWebhook: parts.remove, resumeEnterpriseWebhook: parts.resume } satisfies MutationResolvers,
  // The loader returns rows of the union's member types, tagged with their __typename.
  EnterpriseChange: { node: parts.node as EnterpriseChangeResolvers['node'] },
  EnterpriseChangeNode: { __resolveType: parts.nodeType as EnterpriseChangeNodeResolvers['__resolveType'] },
  WebhookSubscription: parts.WebhookSubscription satisfies WebhookSubscriptionResolvers,
};
