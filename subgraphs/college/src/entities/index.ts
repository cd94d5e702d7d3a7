import { importEntities } from '@guantong/shared/bulk/jobs';
import { AgreementEntity } from './agreement.ts';
import { CollegeEntity } from './college.ts';
import { ConsentGrantEntity } from './consent-grant.ts';
import { CourseResultEntity } from './course-result.ts';
import { CourseEntity } from './course.ts';
import { CreditRuleRetirementEntity } from './credit-rule-retirement.ts';
import { CreditRuleEntity } from './credit-rule.ts';
import { HigherEnrollmentEntity } from './higher-enrollment.ts';
import { PathwayEntity } from './pathway.ts';
import { PathwayCountEntity } from './pathway-count.ts';
import { ProgramEntity } from './program.ts';
import { ProgressionDecisionEntity } from './progression-decision.ts';
import { ProgressionRequirementEntity } from './progression-requirement.ts';
import { RequirementVersionEntity } from './requirement-version.ts';
import { TransferReviewEntity } from './transfer-review.ts';
import { CourseCompetencyEntity, CourseContentEntity } from '@guantong/shared/curriculum/entities';
import { teacherEntities } from '@guantong/shared/teachers/entities';
import { AssociationEntity, FrameworkEntity, ItemEntity } from './competency-framework.ts';
import { CourseVersionEntity } from './course-version.ts';
import { CommitteeEntity, DecisionEntity, MemberEntity, ProposalEntity, VoteEntity } from './committee.ts';
import { CareerTargetEntity, PlacementEntity, SubsidyEntity } from './careers.ts';

import { feedEntities } from '@guantong/shared/feed/entities';

/** Every table of the college subgraph. */
export const entities = [
  CollegeEntity,
  ProgramEntity,
  CourseEntity,
  AgreementEntity,
  PathwayEntity,
  PathwayCountEntity,
  HigherEnrollmentEntity,
  CourseResultEntity,
  ConsentGrantEntity,
  CreditRuleEntity,
  ProgressionRequirementEntity,
  RequirementVersionEntity,
  ProgressionDecisionEntity,
  TransferReviewEntity,
  CreditRuleRetirementEntity,
  FrameworkEntity,
  ItemEntity,
  AssociationEntity,
  CourseCompetencyEntity,
  CourseContentEntity,
  CourseVersionEntity,
  CommitteeEntity,
  MemberEntity,
  ProposalEntity,
  VoteEntity,
  DecisionEntity,
  ...teacherEntities,
  PlacementEntity,
  CareerTargetEntity,
  SubsidyEntity,
  ...feedEntities,
  ...importEntities,
];
