import { feed } from '../feed/resolvers.ts';
import { dateScalars } from '@guantong/shared/scalars';
import type { Resolvers } from '../generated/resolvers.ts';
import { SecondaryCourse } from './course.ts';
import { SecondaryEnrollment } from './enrollment.ts';
import { ModuleAssessment } from './module-assessment.ts';
import { Mutation } from './mutation.ts';
import { SecondaryProgram } from './program.ts';
import { Query } from './query.ts';
import { CredentialQuery, JSON } from './credentials.ts';
import { SecondaryCourseResult } from './result.ts';
import { SecondarySchool } from './school.ts';
import { Student } from './student.ts';
import { ImportJob, ImportJobMutation, ImportJobQuery } from './import-job.ts';
import { CertificateModule, ModuleCompetency, ModuleProgress } from '../marketplace/resolvers.ts';
import { LearningReport, ReportCompetency, ReportGap, ReportSuggestion } from '../reports/resolvers.ts';
import { ModulePassRate, ModuleUptake, cohortQueries } from '../marketplace/cohort-resolvers.ts';
import { CourseCompetencyMapping, CourseContentCoverage, SecondaryTeacher } from './curriculum.ts';

/** Every resolver of the secondary subgraph, one file per GraphQL type. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...CredentialQuery, ...feed.Query, ...ImportJobQuery, ...cohortQueries },
  JSON,
  ...dateScalars,
  Mutation: { ...Mutation, ...feed.Mutation, ...ImportJobMutation },
  ImportJob,
  SecondarySchool,
  SecondaryProgram,
  SecondaryCourse,
  SecondaryCourseResult,
  SecondaryEnrollment,
  ModuleAssessment,
  CertificateModule,
  ModuleCompetency,
  ModuleProgress,
  ModulePassRate,
  ModuleUptake,
  LearningReport,
  ReportCompetency,
  ReportGap,
  ReportSuggestion,
  Student,
  CourseCompetencyMapping,
  CourseContentCoverage,
  SecondaryTeacher,
  SecondaryChange: feed.SecondaryChange,
  SecondaryChangeNode: feed.SecondaryChangeNode,
  WebhookSubscription: feed.WebhookSubscription,
};
