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
import { Pathway } from './pathway.ts';
import { CollegeProgram } from './program.ts';
import { ProgressionAssessment, ProgressionRequirement, RequirementCheck } from './progression.ts';
import { ConfirmedTransfer, DecisionCheck, ProgressionDecision, TransferReview } from './decision.ts';
import { Query } from './query.ts';
import { CredentialQuery, JSON } from './credentials.ts';
import { Student } from './student.ts';

/** Every resolver of the college subgraph, one file per GraphQL type. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...CredentialQuery },
  JSON,
  Mutation,
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
};
