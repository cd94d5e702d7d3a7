import { feed } from '../feed/resolvers.ts';
import { dateScalars, LearnerIdScalar } from '@guantong/shared/scalars';
import type { Resolvers } from '../generated/resolvers.ts';
import { ArticulationAgreement } from './agreement.ts';
import { AccessLogEntry, AuditEntry } from './audit-entry.ts';
import { College } from './college.ts';
import { ConsentGrant } from './consent-grant.ts';
import { CollegeCourseResult } from './course-result.ts';
import { CollegeCourse } from './course.ts';
import { CreditRule, CreditTransfer, CreditTransferSummary } from './credit-rule.ts';
import { HigherEnrollment } from './higher-enrollment.ts';
import { Mutation } from './mutation.ts';
import { ImportJob, ImportJobMutation, ImportJobQuery } from './import-job.ts';
import { Pathway } from './pathway.ts';
import { CollegeProgram } from './program.ts';
import { ProgressionAssessment, ProgressionRequirement, RequirementCheck } from './progression.ts';
import { ConfirmedTransfer, DecisionCheck, ProgressionDecision, TransferReview } from './decision.ts';
import { Query } from './query.ts';
import { CredentialQuery, JSON } from './credentials.ts';
import { Student } from './student.ts';
import { CommitteeDecision, CommitteeProposal, CommitteeVote, CourseVersion, CurriculumCommittee } from './committee.ts';
import { CompetencyAssociation, CompetencyFramework, CompetencyItem, CompetencyNode } from './competency.ts';
import { CohortOutcome, DuplicatedContent, MappingTableRow, OverlapReport, OverlapSuggestion, ReviewedCourse, SemesterReview, StageSplit } from './curriculum-reports.ts';
import {
  CareerGap, CareerTarget, CollegeTeacher, CourseCompetencyMapping, CourseContentCoverage, MissingCertificate, MissingCompetency, Placement,
} from './curriculum-types.ts';
import { CompetencyProfile, CompetencyRadar, ModuleRecommendation } from '../growth/resolvers.ts';

/** Every resolver of the college subgraph, one file per GraphQL type. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...CredentialQuery, ...feed.Query, ...ImportJobQuery },
  JSON,
  ...dateScalars,
  LearnerId: LearnerIdScalar,
  Mutation: { ...Mutation, ...feed.Mutation, ...ImportJobMutation },
  ImportJob,
  Student,
  College,
  CollegeProgram,
  CollegeCourse,
  ArticulationAgreement,
  Pathway,
  HigherEnrollment,
  CollegeCourseResult,
  ConsentGrant,
  AccessLogEntry,
  AuditEntry,
  CreditRule,
  CreditTransfer,
  CreditTransferSummary,
  ProgressionRequirement,
  ProgressionAssessment,
  RequirementCheck,
  ProgressionDecision,
  DecisionCheck,
  ConfirmedTransfer,
  TransferReview,
  CompetencyFramework,
  CompetencyItem,
  CompetencyAssociation,
  CompetencyNode,
  CourseCompetencyMapping,
  CourseContentCoverage,
  MappingTableRow,
  StageSplit,
  OverlapReport,
  DuplicatedContent,
  OverlapSuggestion,
  CohortOutcome,
  SemesterReview,
  ReviewedCourse,
  CurriculumCommittee,
  CommitteeProposal,
  CommitteeVote,
  CommitteeDecision,
  CourseVersion,
  CollegeTeacher,
  Placement,
  CareerTarget,
  CareerGap,
  MissingCompetency,
  MissingCertificate,
  CompetencyProfile,
  CompetencyRadar,
  ModuleRecommendation,
  CollegeChange: feed.CollegeChange,
  CollegeChangeNode: feed.CollegeChangeNode,
  WebhookSubscription: feed.WebhookSubscription,
};
