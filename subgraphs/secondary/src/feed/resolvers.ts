/** The secondary subgraph's change feed and webhooks (shared/src/feed). */
import { feedResolvers } from '@guantong/shared/feed/graphql';
import type { SecondaryChangeNodeResolvers, SecondaryChangeResolvers, MutationResolvers, QueryResolvers, WebhookSubscriptionResolvers } from '../generated/resolvers.ts';
import { TeacherEntity } from '@guantong/shared/teachers/entities';
import { CourseEntity } from '../entities/course.ts';
import { EnrollmentEntity } from '../entities/enrollment.ts';
import { ModuleAssessmentEntity } from '../entities/module-assessment.ts';
import { ProgramEntity } from '../entities/program.ts';
import { ResultEntity } from '../entities/result.ts';
import { SchoolEntity } from '../entities/school.ts';
import { secondaryFeed } from './tables.ts';

const parts = feedResolvers(secondaryFeed, {
  SecondarySchool: SchoolEntity, SecondaryProgram: ProgramEntity, SecondaryCourse: CourseEntity, SecondaryEnrollment: EnrollmentEntity,
  SecondaryCourseResult: ResultEntity, ModuleAssessment: ModuleAssessmentEntity, SecondaryTeacher: TeacherEntity,
});

/** The feed's fields, named for this subgraph, typed by codegen. */
export const feed = {
  Query: { secondaryChanges: parts.changes, secondaryWebhooks: parts.webhooks } satisfies QueryResolvers,
  Mutation: { registerSecondaryWebhook: parts.register, deleteSecondaryWebhook: parts.remove, resumeSecondaryWebhook: parts.resume } satisfies MutationResolvers,
  // The loader returns rows of the union's member types, tagged with their __typename.
  SecondaryChange: { node: parts.node as SecondaryChangeResolvers['node'] },
  SecondaryChangeNode: { __resolveType: parts.nodeType as SecondaryChangeNodeResolvers['__resolveType'] },
  WebhookSubscription: parts.WebhookSubscription satisfies WebhookSubscriptionResolvers,
};
