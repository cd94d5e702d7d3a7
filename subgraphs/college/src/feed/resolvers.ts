/** The college subgraph's change feed and webhooks (shared/src/feed). */
import { feedResolvers } from '@guantong/shared/feed/graphql';
import type { CollegeChangeNodeResolvers, CollegeChangeResolvers, MutationResolvers, QueryResolvers, WebhookSubscriptionResolvers } from '../generated/resolvers.ts';
import { TeacherEntity } from '@guantong/shared/teachers/entities';
import { PlacementEntity } from '../entities/careers.ts';
import { CollegeEntity } from '../entities/college.ts';
import { CourseResultEntity } from '../entities/course-result.ts';
import { CourseEntity } from '../entities/course.ts';
import { CreditRuleEntity } from '../entities/credit-rule.ts';
import { HigherEnrollmentEntity } from '../entities/higher-enrollment.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import { ProgramEntity } from '../entities/program.ts';
import { collegeFeed } from './tables.ts';

const parts = feedResolvers(collegeFeed, {
  College: CollegeEntity, CollegeProgram: ProgramEntity, CollegeCourse: CourseEntity, Pathway: PathwayEntity, HigherEnrollment: HigherEnrollmentEntity,
  CollegeCourseResult: CourseResultEntity, CreditRule: CreditRuleEntity, Placement: PlacementEntity, CollegeTeacher: TeacherEntity,
});

/** The feed's fields, named for this subgraph, typed by codegen. */
export const feed = {
  Query: { collegeChanges: parts.changes, collegeWebhooks: parts.webhooks } satisfies QueryResolvers,
  Mutation: { registerCollegeWebhook: parts.register, deleteCollegeWebhook: parts.remove, resumeCollegeWebhook: parts.resume } satisfies MutationResolvers,
  // The loader returns rows of the union's member types, tagged with their __typename.
  CollegeChange: { node: parts.node as CollegeChangeResolvers['node'] },
  CollegeChangeNode: { __resolveType: parts.nodeType as CollegeChangeNodeResolvers['__resolveType'] },
  WebhookSubscription: parts.WebhookSubscription satisfies WebhookSubscriptionResolvers,
};
