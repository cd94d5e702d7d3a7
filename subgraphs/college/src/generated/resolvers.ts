import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CollegeRow } from '../entities/college.ts';
import type { ProgramRow } from '../entities/program.ts';
import type { CourseRow } from '../entities/course.ts';
import type { AgreementParent, ProgramRef, StandardRef, JobRef } from '../curriculum/facts.ts';
import type { PathwayRow } from '../entities/pathway.ts';
import type { HigherEnrollmentRow } from '../entities/higher-enrollment.ts';
import type { CourseResultRow } from '../entities/course-result.ts';
import type { StudentRef } from '../access/policy.ts';
import type { ConsentGrantRow } from '../entities/consent-grant.ts';
import type { AuditEntryRow } from '@guantong/shared/audit';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { RuleConflict } from '../credit-bank/conflicts.ts';
import type { Transfer, TransferSummary } from '../credit-bank/transfer.ts';
import type { ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import type { RequirementCheckResult } from '../progression/evaluate.ts';
import type { ProgressionView } from '../decisions/progression-view.ts';
import type { DecisionView, ConfirmedTransferView } from '../decisions/view.ts';
import type { RecordedCheck } from '../decisions/record.ts';
import type { TransferReviewRow } from '../entities/transfer-review.ts';
import type { RequirementVersionView } from '../decisions/requirement-versions.ts';
import type { IssuerView } from '@guantong/shared/credentials';
import type { FrameworkRow, ItemRow, AssociationRow } from '../entities/competency-framework.ts';
import type { NodeLink } from '../competencies/case.ts';
import type { CourseCompetencyRow, CourseContentRow } from '@guantong/shared/curriculum/entities';
import type { CourseVersionRow } from '../entities/course-version.ts';
import type { MappingRow, SplitFigure } from '../curriculum/mapping-table.ts';
import type { ContentUnit } from '../curriculum/chain.ts';
import type { Duplicate } from '../curriculum/overlap.ts';
import type { SuggestionView, OverlapView, OutcomeView, OutcomesView, ReviewedCourseView, ReviewView } from '../curriculum/views.ts';
import type { ProposedRule } from '../curriculum/suggestions.ts';
import type { Alignment } from '../careers/alignment.ts';
import type { DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import type { PlacementRow, CareerTargetRow, SubsidyRow } from '../entities/careers.ts';
import type { CoveringCourseRow, MissingCompetencyRow, MissingCertificateRow, CareerGapView } from '../careers/career-gap.ts';
import type { CommitteeRow, MemberRow, ProposalRow, VoteRow, DecisionRow } from '../entities/committee.ts';
import type { Tally } from '../committee/quorum.ts';
import type { TouchedRow } from '../committee/touched.ts';
import type { TeacherQualificationRow, TeacherPracticeRow, TeacherRow } from '@guantong/shared/teachers/entities';
import type { ChangeRow, WebhookSubscriptionRow } from '@guantong/shared/feed/entities';
import type { ChangePage } from '@guantong/shared/feed/graphql';
import type { Registered } from '@guantong/shared/feed/subscriptions';
import type { ImportJobRow, ImportRowErrorRow } from '@guantong/shared/bulk/jobs';
import type { ProfileView, AttainmentView, RadarView, RecommendationView } from '../growth/views.ts';
import type { Evidence } from '@guantong/shared/growth/types';
import type { RadarAxisView } from '@guantong/shared/growth/radar';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (RFC 3339 full-date), e.g. 2026-09-01. */
  Date: { input: string; output: string; }
  /** An instant, as an RFC 3339 date-time with its offset, e.g. 2026-09-01T08:30:00.000Z or 2026-09-01T16:30:00+08:00. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: a verifiable credential, a DID document or a JWKS, as its own specification defines it. */
  JSON: { input: any; output: any; }
  /** A hub-wide learner id: GT, the cohort year and a 5-digit serial, and a MOD 11-2 check character, e.g. GT202200001X. */
  LearnerId: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** One access to a learner's record, as the audit trail holds it. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The reader's role, e.g. COLLEGE_STAFF, or ANONYMOUS. */
  actorRole: Scalars['String']['output'];
  /** ISO 8601 instant. */
  at: Scalars['DateTime']['output'];
  /** The reader's organisation, when they read as staff. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Whether the access was allowed or refused. */
  outcome: AccessOutcome;
  /** Parts and fields read, e.g. RESULTS:secondaryStage. */
  parts: Array<Scalars['String']['output']>;
  /** The purpose, for reads under consent. */
  purpose: Maybe<Scalars['String']['output']>;
  /** The basis of an allowed read, or the reason for a refusal. */
  reason: Maybe<Scalars['String']['output']>;
  /** The request's id (the gateway's x-request-id); entries of one request share it. */
  requestId: Scalars['ID']['output'];
  /** The subgraph that served or refused the access. */
  service: Scalars['String']['output'];
};

/** A page of a learner's access log, newest first. */
export type AccessLogEntryConnection = {
  __typename?: 'AccessLogEntryConnection';
  /** This page's entries with their cursors, in the same order as nodes. */
  edges: Array<AccessLogEntryEdge>;
  /** This page's entries, newest first. */
  nodes: Array<AccessLogEntry>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Entries across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry of an AccessLogEntryConnection page, with the cursor that points at it. */
export type AccessLogEntryEdge = {
  __typename?: 'AccessLogEntryEdge';
  /** Pass as `after` to get the older entries that follow this one. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AccessLogEntry;
};

/** Whether an access to a learner's record was allowed. */
export type AccessOutcome =
  /** The access was allowed. */
  | 'ALLOWED'
  /** The access was refused. */
  | 'DENIED';

/** Internal: one of a learner's active consent grants, supplied by the college registry for authorisation. */
export type ActiveGrant = {
  __typename?: 'ActiveGrant';
  /** The organisation given access. */
  organizationId: Scalars['ID']['output'];
  /** The grant's purpose. */
  purpose: Scalars['String']['output'];
  /** The parts it may read. */
  scopes: Array<RecordPart>;
};

/** A new committee member. */
export type AddCommitteeMemberInput = {
  /** The committee, e.g. cmt-net. */
  committeeId: Scalars['ID']['input'];
  /** The member's name. */
  name: Scalars['String']['input'];
  /** The member's organisation: a school (sch-…), a college (col-…) or an enterprise (org-…); the kind follows from it. */
  organizationId: Scalars['ID']['input'];
  /** The member's role, e.g. head of training. */
  role: Scalars['String']['input'];
};

/** A new credit conversion rule. */
export type AddCreditRuleInput = {
  /** The agreement it belongs to; the caller must be staff of its college. */
  agreementId: Scalars['ID']['input'];
  /** More than 0, at most 30, and at most what the exempted courses are worth together. */
  credits: Scalars['Float']['input'];
  /** What the rule is for, in words (up to 500 characters). */
  description: Scalars['String']['input'];
  /** ISO date from which evidence counts. */
  effectiveFrom: Scalars['Date']['input'];
  /** ISO date after which evidence no longer counts; open-ended when unset. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** College course codes of the agreement's programme. */
  exemptCourseCodes: Array<Scalars['String']['input']>;
  /** What the rule takes as evidence. */
  kind: CreditRuleKind;
  /** CERTIFICATE rules only: the lowest level that counts. */
  minLevel?: InputMaybe<CertificateLevel>;
  /** The lowest score that counts (see CreditRule.minScore): required for COURSE_RESULT, from 60 to 100. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** 0 to 1000; higher wins where rules exempt the same course. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** COURSE_RESULT rules only: a course of the agreement's secondary programme. */
  secondaryCourseCode?: InputMaybe<Scalars['String']['input']>;
  /** CERTIFICATE rules only: a standard of the enterprise catalogue. */
  standardCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Certificate–job alignment of a group of placed learners. */
export type AlignmentFigure = {
  __typename?: 'AlignmentFigure';
  /** Of them, certificates the job position lists as required or optional. */
  aligned: Scalars['Int']['output'];
  /** Certificates counted: each held on a placement's first day, once per placement. */
  certificates: Scalars['Int']['output'];
  /** Placements counted. */
  placements: Scalars['Int']['output'];
  /** aligned / certificates, 0 to 1; null when the placed learners held none. */
  rate: Maybe<Scalars['Float']['output']>;
};

/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreement = {
  __typename?: 'ArticulationAgreement';
  /**
   * Certificate–job alignment of the agreement's placed learners (optionally one
   * cohort): of the certificates they held when each placement began, the share
   * the job position lists as required or optional. A cohort figure: staff of
   * the agreement's school or college, and admins.
   */
  alignment: Maybe<AlignmentFigure>;
  /** Internal: the learners on the agreement's pathway, for cohort figures; empty for a caller who may not see them. */
  cohortLearners: Array<Student>;
  /**
   * Outcomes before and after a reform date, side by side: learners are grouped
   * by when they began the higher stage. Certificate pass rate, employment rate
   * from placements, certificate–job alignment, the overlap of the curriculum in
   * force before and after, and the dual-qualified ratio of both programmes'
   * teachers. Cohort figures: staff of the agreement's school or college, and admins.
   */
  cohortOutcomes: Maybe<CohortOutcomes>;
  /** The college party to the agreement; its staff register learners and manage rules. */
  college: College;
  /** Internal: the standards the college's own mappings cover, for their content units. */
  collegeMappedStandards: Array<CertificateStandard>;
  /** The college programme learners progress into. */
  collegeProgram: CollegeProgram;
  /** The curriculum committees of the agreement, by id. */
  committees: CurriculumCommitteeConnection;
  /** The agreement's competency framework in force on a day (today when omitted), or null when it has none. */
  competencyFramework: Maybe<CompetencyFramework>;
  /** ISO date from which cohorts may be registered. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date after which no new cohort may be registered, or null when open-ended. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Agreement id, e.g. agr-net. */
  id: Scalars['ID']['output'];
  /**
   * The curriculum mapping table (seed 000 Table 1) on a day (today when
   * omitted): per stage, each competency a course teaches, the certificate
   * content it covers for that competency with its share, and the row's
   * proportion of the stage's mapped class hours. Public catalogue.
   */
  mappingTable: MappingTableConnection;
  /**
   * The most credits a learner may transfer into the college programme under
   * this agreement. The credit bank counts APPLIED transfers in priority order
   * up to this cap; what is over it is shown as cappedCredits.
   */
  maxTransferCredits: Scalars['Float']['output'];
  /** The agreement's name. */
  name: Scalars['String']['output'];
  /**
   * Overlap between the stages on a day (today when omitted): the share of the
   * college's mapped class hours spent on competency items the school already
   * teaches at the same or a higher level, with the duplicated content and the
   * committee's options. Public catalogue.
   */
  overlap: OverlapReport;
  /** Internal: the job positions the agreement's learners were placed in. */
  placementJobs: Array<JobPosition>;
  /** The conditions a learner must meet to progress to the higher stage. */
  progressionRequirements: Array<ProgressionRequirement>;
  /** Every version of the progression requirements, oldest first. */
  requirementVersions: RequirementVersionConnection;
  /** The secondary programme learners start in. */
  secondaryProgram: SecondaryProgram;
  /** The secondary school that is party to the agreement. */
  secondarySchoolId: Scalars['ID']['output'];
  /**
   * The committee's semester review: each course of both stages in force on the
   * term's first day, with its mapping, its duplicated hours and its job
   * relevance, and the agreement's overlap and alignment. Cohort figures: staff
   * of the agreement's school or college, and admins.
   */
  semesterReview: Maybe<SemesterReview>;
  /**
   * Per certificate standard the agreement's courses cover: how much of its
   * content each stage covers (by unit weight), what both cover, and the gaps,
   * units no course covers. Public catalogue.
   */
  stageSplits: StageSplitConnection;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementAlignmentArgs = {
  cohort?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementCohortOutcomesArgs = {
  reformDate: Scalars['Date']['input'];
  subsidized?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementCompetencyFrameworkArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementMappingTableArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementOverlapArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementRequirementVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementSemesterReviewArgs = {
  term: Scalars['String']['input'];
};


/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreementStageSplitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of ArticulationAgreement rows. */
export type ArticulationAgreementConnection = {
  __typename?: 'ArticulationAgreementConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ArticulationAgreementEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ArticulationAgreement>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ArticulationAgreementConnection page, with the cursor that points at it. */
export type ArticulationAgreementEdge = {
  __typename?: 'ArticulationAgreementEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ArticulationAgreement;
};

/** An audit entry with the actor's subject, for administrators. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The reader's role, e.g. COLLEGE_STAFF, or ANONYMOUS. */
  actorRole: Scalars['String']['output'];
  /** The reader's signed-in subject, or anonymous. */
  actorSubject: Scalars['String']['output'];
  /** ISO 8601 instant (UTC). */
  at: Scalars['DateTime']['output'];
  /** The reader's organisation, e.g. col-metro, when they have one. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Whether the access was allowed or refused. */
  outcome: AccessOutcome;
  /** Parts and fields accessed, e.g. RESULTS:secondaryStage. */
  parts: Array<Scalars['String']['output']>;
  /** The consent grant's purpose, for reads under consent. */
  purpose: Maybe<Scalars['String']['output']>;
  /** The basis of an allowed access, or the reason for a refusal. */
  reason: Maybe<Scalars['String']['output']>;
  /** The request's id (the gateway's x-request-id); entries of one request share it. */
  requestId: Scalars['ID']['output'];
  /** The subgraph that served or refused the access, e.g. college. */
  service: Scalars['String']['output'];
  /** The learner whose record was accessed, e.g. GT202200001X. */
  studentId: Scalars['ID']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<AuditEntryEdge>;
  /** This page's entries, newest first. */
  nodes: Array<AuditEntry>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Entries matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a AuditEntryConnection page, with the cursor that points at it. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AuditEntry;
};

/** Filters for the audit trail; all given filters must hold. */
export type AuditFilter = {
  /** Only entries by this signed-in subject. */
  actorSubject?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 instant or date: entries at or after it. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only entries by readers of this organisation, e.g. col-metro. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only allowed, or only refused, accesses. */
  outcome?: InputMaybe<AccessOutcome>;
  /** Only entries about this learner, e.g. GT202200001X. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 8601 instant or date: entries before it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** What a learner still lacks for their target job, and what would cover it. */
export type CareerGap = {
  __typename?: 'CareerGap';
  /** The target job position. */
  jobPosition: JobPosition;
  /** Required certificates not held. */
  missingCertificates: Array<MissingCertificate>;
  /** Required competencies not yet acquired (by passing a course that taught them, or holding a certificate assessing them). */
  missingCompetencies: Array<MissingCompetency>;
};

/** The job position a learner aims at. Part RESULTS. */
export type CareerTarget = {
  __typename?: 'CareerTarget';
  /** The job position. */
  jobPosition: JobPosition;
  /** ISO 8601 instant it was set. */
  setAt: Scalars['DateTime']['output'];
  /** Who set it: STUDENT, GUARDIAN, or the staff role of the institution. */
  setByRole: Scalars['String']['output'];
};

/** A vote to cast. */
export type CastCommitteeVoteInput = {
  /** FOR, AGAINST or ABSTAIN. */
  choice: VoteChoice;
  /** The member voting. */
  memberId: Scalars['ID']['input'];
  /** The open proposal. */
  proposalId: Scalars['ID']['input'];
};

/** A certificate awarded to a learner, owned by the enterprise subgraph; read here as evidence. */
export type CertificateAward = {
  __typename?: 'CertificateAward';
  /** The award as its issuer's signed Open Badges 3.0 credential; owned by the enterprise subgraph. */
  credential: Scalars['JSON']['output'];
  /** Internal: the learner the award was made to. */
  holderId: Scalars['ID']['output'];
  /** ISO date of issue. */
  issuedOn: Scalars['Date']['output'];
  /** Why, when a certificate this award required has since been revoked; transfers resting on it are then flagged for review. */
  prerequisiteRevoked: Maybe<Scalars['String']['output']>;
  /** Why it was revoked, in the issuer's words, when revoked. */
  revocationReason: Maybe<Scalars['String']['output']>;
  /** ISO date of revocation, when revoked. */
  revokedOn: Maybe<Scalars['Date']['output']>;
  /** Assessment score from 0 to 100, or null. */
  score: Maybe<Scalars['Float']['output']>;
  /** The issuer's serial number, unique hub-wide. */
  serial: Scalars['ID']['output'];
  /** The standard awarded. */
  standard: CertificateStandard;
  /** VALID, or REVOKED by the issuer. */
  status: CertificateStatus;
};


/** A certificate awarded to a learner, owned by the enterprise subgraph; read here as evidence. */
export type CertificateAwardCredentialArgs = {
  named?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The level of an X certificate standard, lowest first. */
export type CertificateLevel =
  /** Advanced level (高级). */
  | 'ADVANCED'
  /** Entry level (初级). */
  | 'ENTRY'
  /** Intermediate level (中级). */
  | 'INTERMEDIATE';

/** A certificate training module, owned by the secondary subgraph. */
export type CertificateModule = {
  __typename?: 'CertificateModule';
  /** The module's code, e.g. X-NED-1-M1. */
  code: Scalars['ID']['output'];
};

/** A certificate standard, owned by the enterprise subgraph. */
export type CertificateStandard = {
  __typename?: 'CertificateStandard';
  /** The standard's code, e.g. X-NED-1. */
  code: Scalars['ID']['output'];
  /** Internal: the standard's content units, from the enterprise subgraph. */
  contentUnitFacts: Array<ContentUnitFact>;
  /** Internal: the organisation that issues the standard, from the enterprise subgraph. */
  issuer: CertificationOrganization;
  /** The standard's level, or null when it declares none. */
  level: Maybe<CertificateLevel>;
  /** The standard's name, as the enterprise catalogue holds it. */
  name: Scalars['String']['output'];
};

/** Whether an award still stands. */
export type CertificateStatus =
  /** Withdrawn by its issuer; it no longer counts as evidence. */
  | 'REVOKED'
  /** Awarded and standing. */
  | 'VALID';

/** An organisation that sets and issues certificates, owned by the enterprise subgraph. */
export type CertificationOrganization = {
  __typename?: 'CertificationOrganization';
  /** Hub-wide organisation id. */
  id: Scalars['ID']['output'];
};

/** What a write did to an entity. */
export type ChangeKind =
  /** The entity was created. */
  | 'CREATED'
  /** The entity was deleted: the change is a tombstone. */
  | 'DELETED'
  /** The entity was changed. */
  | 'UPDATED';

/** One side of the cohort outcomes. */
export type CohortOutcome = {
  __typename?: 'CohortOutcome';
  /** Certificate–job alignment of the group's placements. */
  alignment: AlignmentFigure;
  /** Learners holding a valid certificate of a standard the curriculum covers. */
  certified: Scalars['Int']['output'];
  /** Dual-qualified teachers of both programmes: the last year before the reform, or the last full year from it. */
  dualQualified: Maybe<DualQualifiedFigure>;
  /** Graduates with an employment placement. */
  employed: Scalars['Int']['output'];
  /** employed / graduates, 0 to 1; null without graduates yet. */
  employmentRate: Maybe<Scalars['Float']['output']>;
  /** Graduates in the group. */
  graduates: Scalars['Int']['output'];
  /** Learners in the group. */
  learners: Scalars['Int']['output'];
  /** Overlap of the curriculum in force for the period. */
  overlap: OverlapReport;
  /** certified / learners, 0 to 1; null without learners. */
  passRate: Maybe<Scalars['Float']['output']>;
  /** BEFORE or AFTER. */
  period: ReformPeriod;
};

/** Cohort outcomes of an agreement before and after a reform, side by side. */
export type CohortOutcomes = {
  __typename?: 'CohortOutcomes';
  /** Learners who began it on or after the reform. */
  after: CohortOutcome;
  /** Learners who began the higher stage before the reform. */
  before: CohortOutcome;
  /** The reform date. */
  reformDate: Scalars['Date']['output'];
  /** Whether only subsidised (true) or unsubsidised (false) learners were counted; null: all. */
  subsidized: Maybe<Scalars['Boolean']['output']>;
};

/** A higher vocational college (高职): the last two years of a five-year pathway. */
export type College = {
  __typename?: 'College';
  /** Organisation id of the college, e.g. col-metro. */
  id: Scalars['ID']['output'];
  /** The college's name. */
  name: Scalars['String']['output'];
  /** The programmes the college offers. */
  programs: CollegeProgramConnection;
  /** City and province. */
  region: Scalars['String']['output'];
};


/** A higher vocational college (高职): the last two years of a five-year pathway. */
export type CollegeProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A write to the college subgraph's data, as the subgraph's change log recorded it in the write's own transaction. */
export type CollegeChange = {
  __typename?: 'CollegeChange';
  /** When the write was made (ISO 8601 instant, UTC, the database's clock). */
  changedAt: Scalars['DateTime']['output'];
  /** The entity's id: its key fields, joined with ':' when there are several. */
  entityId: Scalars['ID']['output'];
  /** The GraphQL type of the changed entity, e.g. CollegeCourseResult. */
  entityType: Scalars['String']['output'];
  /** Whether the entity was created, updated or deleted. */
  kind: ChangeKind;
  /**
   * The entity's current state. Null for a deletion (a tombstone), when the
   * entity was deleted since, and for entity types the feed reports by id only.
   */
  node: Maybe<CollegeChangeNode>;
  /** Increases with every write; a reader continues with `since` set to the last version it saw. */
  version: Scalars['Int']['output'];
};

/** A page of college changes. */
export type CollegeChangeConnection = {
  __typename?: 'CollegeChangeConnection';
  /** This page's items, each with its cursor. */
  edges: Array<CollegeChangeEdge>;
  /** The changes, oldest first. */
  nodes: Array<CollegeChange>;
  /** Paging: pass `endCursor` as `after` for the next page. */
  pageInfo: PageInfo;
};

/** One item of a `CollegeChangeConnection`, with the cursor that points at it. */
export type CollegeChangeEdge = {
  __typename?: 'CollegeChangeEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CollegeChange;
};

/** The entity types whose current state a college change shows. */
export type CollegeChangeNode = College | CollegeCourse | CollegeCourseResult | CollegeProgram | CollegeTeacher | CreditRule | HigherEnrollment | Pathway | Placement;

/** A page of College rows. */
export type CollegeConnection = {
  __typename?: 'CollegeConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CollegeEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<College>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A course taught at the higher stage. */
export type CollegeCourse = {
  __typename?: 'CollegeCourse';
  /** The certificate content units the course covers: with `on`, the rows in force that day; otherwise every row. */
  certificateContent: CourseContentCoverageConnection;
  /** Course code, unique within the college subgraph, e.g. NET-H201. */
  code: Scalars['ID']['output'];
  /** The competency items the course teaches, as the college maps them: with `on`, the rows in force that day; otherwise every row, history included. */
  competencyMappings: CourseCompetencyMappingConnection;
  /** Credits awarded when the course is passed. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** The programme the course belongs to. */
  program: CollegeProgram;
  /** The course's title. */
  title: Scalars['String']['output'];
  /** The course's versions, oldest first: a committee's decision adds one and keeps the others. */
  versions: CourseVersionConnection;
};


/** A course taught at the higher stage. */
export type CollegeCourseCertificateContentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A course taught at the higher stage. */
export type CollegeCourseCompetencyMappingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A course taught at the higher stage. */
export type CollegeCourseVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of CollegeCourse rows. */
export type CollegeCourseConnection = {
  __typename?: 'CollegeCourseConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CollegeCourseEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CollegeCourse>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CollegeCourseConnection page, with the cursor that points at it. */
export type CollegeCourseEdge = {
  __typename?: 'CollegeCourseEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CollegeCourse;
};

/** A learner's result in one college course in one term. */
export type CollegeCourseResult = {
  __typename?: 'CollegeCourseResult';
  /** The college course the result is in. */
  course: CollegeCourse;
  /** True when the score reaches the pass mark of 60. */
  passed: Scalars['Boolean']['output'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
  /** Academic year then semester, e.g. 2025-2026-1. */
  term: Scalars['String']['output'];
};

/** A page of CollegeCourseResult rows. */
export type CollegeCourseResultConnection = {
  __typename?: 'CollegeCourseResultConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CollegeCourseResultEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CollegeCourseResult>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CollegeCourseResultConnection page, with the cursor that points at it. */
export type CollegeCourseResultEdge = {
  __typename?: 'CollegeCourseResultEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CollegeCourseResult;
};

/** One row of a CollegeConnection page, with the cursor that points at it. */
export type CollegeEdge = {
  __typename?: 'CollegeEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: College;
};

/** A programme of study at a college. */
export type CollegeProgram = {
  __typename?: 'CollegeProgram';
  /** Hub-wide programme code, e.g. COL-NET. */
  code: Scalars['ID']['output'];
  /** The college that offers the programme. */
  college: College;
  /** The courses taught in the programme. */
  courses: CollegeCourseConnection;
  /**
   * The programme's dual-qualified teachers in a year, under the hub's rule
   * (DUAL_QUALIFIED_MIN_PRACTICE_HOURS, DUAL_QUALIFIED_REQUIRE_INDUSTRY_QUALIFICATION).
   * A figure, not the teachers' records: staff of the institutions of the
   * programme's agreements, and admins.
   */
  dualQualified: Maybe<DualQualifiedFigure>;
  /** Length of the programme in years, e.g. 2. */
  durationYears: Scalars['Int']['output'];
  /** The programme's name. */
  name: Scalars['String']['output'];
};


/** A programme of study at a college. */
export type CollegeProgramCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme of study at a college. */
export type CollegeProgramDualQualifiedArgs = {
  year: Scalars['Int']['input'];
};

/** A page of CollegeProgram rows. */
export type CollegeProgramConnection = {
  __typename?: 'CollegeProgramConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CollegeProgramEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CollegeProgram>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CollegeProgramConnection page, with the cursor that points at it. */
export type CollegeProgramEdge = {
  __typename?: 'CollegeProgramEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CollegeProgram;
};

/** A teacher of one of the college's programmes. Their institution's staff and admins only. */
export type CollegeTeacher = {
  __typename?: 'CollegeTeacher';
  /** ISO date they joined. */
  activeFrom: Scalars['Date']['output'];
  /** ISO date they left, or null. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Whether they were dual-qualified in a year under the hub's rule. */
  dualQualified: Scalars['Boolean']['output'];
  /** The teacher's id, e.g. tch-metro-01. */
  id: Scalars['ID']['output'];
  /** The teacher's name. */
  name: Scalars['String']['output'];
  /** Their enterprise practice, by year. */
  practice: Array<EnterprisePractice>;
  /** The programme they teach in. */
  program: CollegeProgram;
  /** Their qualifications. */
  qualifications: Array<TeacherQualification>;
};


/** A teacher of one of the college's programmes. Their institution's staff and admins only. */
export type CollegeTeacherDualQualifiedArgs = {
  year: Scalars['Int']['input'];
};

/** A page of college teachers. */
export type CollegeTeacherConnection = {
  __typename?: 'CollegeTeacherConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CollegeTeacherEdge>;
  /** This page's teachers, by id. */
  nodes: Array<CollegeTeacher>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Teachers across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CollegeTeacherConnection page, with the cursor that points at it. */
export type CollegeTeacherEdge = {
  __typename?: 'CollegeTeacherEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CollegeTeacher;
};

/** The committee's recorded decision on a proposal: never changed. */
export type CommitteeDecision = {
  __typename?: 'CommitteeDecision';
  /** ISO date of the decision. */
  decidedOn: Scalars['Date']['output'];
  /** ADOPTED or REJECTED. */
  outcome: ProposalStatus;
  /** The proposal decided. */
  proposal: CommitteeProposal;
  /** ISO 8601 instant it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The votes the decision rested on. */
  tally: CommitteeTally;
  /** Credit rules that exempt the course on or after the change's first day: to review. */
  touchedCreditRules: Array<CreditRule>;
  /** The course's mapping rows in force on the change's first day: to map again. */
  touchedMappings: Array<TouchedMapping>;
  /** The course version the decision created, or null. */
  versionCreated: Maybe<CourseVersion>;
};

/** A member of a curriculum committee. */
export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** The member's number. */
  id: Scalars['ID']['output'];
  /** SCHOOL, COLLEGE or ENTERPRISE. */
  kind: CommitteeMemberKind;
  /** The member's name. */
  name: Scalars['String']['output'];
  /** The member's organisation, e.g. org-tianyi. */
  organizationId: Scalars['ID']['output'];
  /** The member's role, e.g. chief engineer. */
  role: Scalars['String']['output'];
};

/** A page of committee members. */
export type CommitteeMemberConnection = {
  __typename?: 'CommitteeMemberConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CommitteeMemberEdge>;
  /** This page's members, by id. */
  nodes: Array<CommitteeMember>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Members across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CommitteeMemberConnection page, with the cursor that points at it. */
export type CommitteeMemberEdge = {
  __typename?: 'CommitteeMemberEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CommitteeMember;
};

/** A committee member's side of the table. */
export type CommitteeMemberKind =
  /** A college's member. */
  | 'COLLEGE'
  /** An enterprise's (or evaluation organisation's) member. */
  | 'ENTERPRISE'
  /** A secondary school's member. */
  | 'SCHOOL';

/** A proposal to the committee. */
export type CommitteeProposal = {
  __typename?: 'CommitteeProposal';
  /** The college course it concerns. */
  course: CollegeCourse;
  /** The recorded decision, or null while open. */
  decision: Maybe<CommitteeDecision>;
  /** The term from whose first day the change applies, e.g. 2025-2026-1. */
  effectiveTerm: Scalars['String']['output'];
  /** The proposal's number. */
  id: Scalars['ID']['output'];
  /** REVISE, REPLACE or RETIRE. */
  kind: ProposalKind;
  /** The new credits (REVISE, REPLACE). */
  newCredits: Maybe<Scalars['Float']['output']>;
  /** The new class hours (REVISE, REPLACE). */
  newHours: Maybe<Scalars['Int']['output']>;
  /** The new title (REVISE, REPLACE). */
  newTitle: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** The organisation that proposed it. */
  proposedByOrganizationId: Scalars['ID']['output'];
  /** Why, in words. */
  rationale: Scalars['String']['output'];
  /** OPEN, ADOPTED or REJECTED. */
  status: ProposalStatus;
  /** The votes as they stand, counted against the quorum. */
  tally: CommitteeTally;
  /** The votes cast, by member. */
  votes: CommitteeVoteConnection;
};


/** A proposal to the committee. */
export type CommitteeProposalVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of proposals. */
export type CommitteeProposalConnection = {
  __typename?: 'CommitteeProposalConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CommitteeProposalEdge>;
  /** This page's proposals, oldest first. */
  nodes: Array<CommitteeProposal>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Proposals across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CommitteeProposalConnection page, with the cursor that points at it. */
export type CommitteeProposalEdge = {
  __typename?: 'CommitteeProposalEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CommitteeProposal;
};

/** The votes on a proposal, counted. */
export type CommitteeTally = {
  __typename?: 'CommitteeTally';
  /** Abstentions. */
  abstentions: Scalars['Int']['output'];
  /** enterpriseVoting / voting, 0 to 1; null when no one voted. */
  enterpriseShare: Maybe<Scalars['Float']['output']>;
  /** Of them, enterprise members. */
  enterpriseVoting: Scalars['Int']['output'];
  /** ADOPTED or REJECTED as the votes stand; null when not quorate. */
  outcome: Maybe<ProposalStatus>;
  /** True when enterprise members are at least the quorum share of those voting. */
  quorate: Scalars['Boolean']['output'];
  /** The committee's quorum share. */
  quorum: Scalars['Float']['output'];
  /** Votes against. */
  votesAgainst: Scalars['Int']['output'];
  /** Votes for. */
  votesFor: Scalars['Int']['output'];
  /** Members who voted for or against. */
  voting: Scalars['Int']['output'];
};

/** A member's vote on a proposal. */
export type CommitteeVote = {
  __typename?: 'CommitteeVote';
  /** ISO 8601 instant the vote was cast. */
  castAt: Scalars['DateTime']['output'];
  /** FOR, AGAINST or ABSTAIN. */
  choice: VoteChoice;
  /** The member. */
  member: CommitteeMember;
};

/** A page of votes. */
export type CommitteeVoteConnection = {
  __typename?: 'CommitteeVoteConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CommitteeVoteEdge>;
  /** This page's votes, by member. */
  nodes: Array<CommitteeVote>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Votes across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CommitteeVoteConnection page, with the cursor that points at it. */
export type CommitteeVoteEdge = {
  __typename?: 'CommitteeVoteEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CommitteeVote;
};

/** A typed link between two competency items (a CASE CFAssociation). */
export type CompetencyAssociation = {
  __typename?: 'CompetencyAssociation';
  /** Where the association points. */
  destination: CompetencyNode;
  /** The CFAssociation identifier, a UUID. */
  id: Scalars['ID']['output'];
  /** Where the association starts. */
  origin: CompetencyNode;
  /** isChildOf, precedes, exactMatchOf or replacedBy. */
  type: CompetencyAssociationType;
};

/** A page of competency associations. */
export type CompetencyAssociationConnection = {
  __typename?: 'CompetencyAssociationConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CompetencyAssociationEdge>;
  /** This page's associations, in document order. */
  nodes: Array<CompetencyAssociation>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Associations across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CompetencyAssociationConnection page, with the cursor that points at it. */
export type CompetencyAssociationEdge = {
  __typename?: 'CompetencyAssociationEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CompetencyAssociation;
};

/** The CASE association types the hub keeps between competency items. */
export type CompetencyAssociationType =
  /** The origin means exactly the destination (e.g. an unchanged item in a later framework version). */
  | 'exactMatchOf'
  /** The origin is part of the destination. */
  | 'isChildOf'
  /** The origin is learned before the destination. */
  | 'precedes'
  /** The origin is replaced by the destination. */
  | 'replacedBy';

/** A learner's attained level in one competency item of their framework. */
export type CompetencyAttainment = {
  __typename?: 'CompetencyAttainment';
  /** The evidence, by date, then kind (course result, module assessment, certificate), then source. */
  evidence: Array<CompetencyEvidence>;
  /** Σ w over the item's evidence, rounded to 4 decimals. */
  evidenceWeight: Scalars['Float']['output'];
  /** The framework's item. */
  item: CompetencyItem;
  /** Σ v·w / Σ w over the item's evidence, from 0 to 1 (0 without evidence), rounded to 4 decimals. */
  level: Scalars['Float']['output'];
  /** True when the level (before rounding) is at least 0.6. */
  met: Scalars['Boolean']['output'];
};

/** A page of competency attainments. */
export type CompetencyAttainmentConnection = {
  __typename?: 'CompetencyAttainmentConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CompetencyAttainmentEdge>;
  /** This page's attainments, in the framework's list order. */
  nodes: Array<CompetencyAttainment>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Items of the framework, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CompetencyAttainmentConnection page, with the cursor that points at it. */
export type CompetencyAttainmentEdge = {
  __typename?: 'CompetencyAttainmentEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CompetencyAttainment;
};

/** One piece of evidence behind a competency item's level: v = value, w = weight in the profile's weighted mean. */
export type CompetencyEvidence = {
  __typename?: 'CompetencyEvidence';
  /** The institution that issued it: the school or college of a course result, the module's provider, the certificate standard's issuer. */
  issuerId: Scalars['ID']['output'];
  /** COURSE_RESULT, MODULE_ASSESSMENT or CERTIFICATE. */
  kind: EvidenceKind;
  /** ISO date the evidence counts from: the last day of the result's term, the assessment day, the certificate's day of issue. */
  on: Scalars['Date']['output'];
  /** The score from 0 to 100, or null for a certificate awarded without one. */
  score: Maybe<Scalars['Float']['output']>;
  /** The course code, module code or certificate serial. */
  source: Scalars['String']['output'];
  /** SECONDARY or HIGHER for a course result or module assessment (the stage of its issuer); null for a certificate. */
  stage: Maybe<PathwayStage>;
  /** v, from 0 to 1: for a course result or module assessment min(1, targetLevel / item level) × score / 100 when passed (score ≥ 60), else 0; for a certificate score / 100 (1 without a score). */
  value: Scalars['Float']['output'];
  /** w: the class hours the course or module spends on the item; for a certificate, the content unit's weight divided by the number of items the unit assesses. */
  weight: Scalars['Float']['output'];
};

/**
 * One version of an agreement's competency framework: a CASE CFDocument, in
 * force from effectiveFrom through effectiveTo.
 */
export type CompetencyFramework = {
  __typename?: 'CompetencyFramework';
  /** The articulation agreement the framework serves. */
  agreement: ArticulationAgreement;
  /** The associations the framework declares, in document order. */
  associations: CompetencyAssociationConnection;
  /** The whole version as a CASE 1.1 package (JSON text: CFDocument, CFItems, CFAssociations); importCompetencyFramework takes it back unchanged. */
  caseJson: Scalars['String']['output'];
  /** Who made it, e.g. the vocational competence analysis meeting. */
  creator: Scalars['String']['output'];
  /** What the framework covers, or null. */
  description: Maybe<Scalars['String']['output']>;
  /** ISO date the version takes effect (CASE statusStartDate). */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the version ends (CASE statusEndDate), or null while open-ended. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** The CFDocument identifier, a UUID. */
  id: Scalars['ID']['output'];
  /** The framework's competency items, in list order. */
  items: CompetencyItemConnection;
  /** ISO 8601 instant of the last change. */
  lastChangeDateTime: Scalars['DateTime']['output'];
  /** The framework's title. */
  title: Scalars['String']['output'];
  /** The CFDocument's URI. */
  uri: Scalars['String']['output'];
  /** The version, e.g. 1.0. */
  version: Scalars['String']['output'];
};


/**
 * One version of an agreement's competency framework: a CASE CFDocument, in
 * force from effectiveFrom through effectiveTo.
 */
export type CompetencyFrameworkAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One version of an agreement's competency framework: a CASE CFDocument, in
 * force from effectiveFrom through effectiveTo.
 */
export type CompetencyFrameworkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CompetencyKind>;
};

/** A page of framework versions. */
export type CompetencyFrameworkConnection = {
  __typename?: 'CompetencyFrameworkConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CompetencyFrameworkEdge>;
  /** This page's versions, earliest first. */
  nodes: Array<CompetencyFramework>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Versions across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CompetencyFrameworkConnection page, with the cursor that points at it. */
export type CompetencyFrameworkEdge = {
  __typename?: 'CompetencyFrameworkEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CompetencyFramework;
};

/** A competency indicator of a framework (a CASE CFItem). */
export type CompetencyItem = {
  __typename?: 'CompetencyItem';
  /** A short name, e.g. Basic Network Device Operation, or null. */
  abbreviatedStatement: Maybe<Scalars['String']['output']>;
  /** The item's code (CASE humanCodingScheme), e.g. NT-S1. */
  code: Scalars['String']['output'];
  /** The framework version the item belongs to. */
  framework: CompetencyFramework;
  /** The CFItem identifier, a UUID. */
  id: Scalars['ID']['output'];
  /** KNOWLEDGE, SKILL or ATTITUDE. */
  kind: CompetencyKind;
  /** The level the framework expects at the end of the pathway, 1 (awareness) to 5 (expert). */
  level: Scalars['Int']['output'];
  /** The full statement of the competency. */
  statement: Scalars['String']['output'];
  /** The CFItem's URI. */
  uri: Scalars['String']['output'];
};

/** A page of competency items. */
export type CompetencyItemConnection = {
  __typename?: 'CompetencyItemConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CompetencyItemEdge>;
  /** This page's items, in list order. */
  nodes: Array<CompetencyItem>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Items matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CompetencyItemConnection page, with the cursor that points at it. */
export type CompetencyItemEdge = {
  __typename?: 'CompetencyItemEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CompetencyItem;
};

/** The three kinds of competency indicator (seed 000 §4.1). */
export type CompetencyKind =
  /** How a learner works, e.g. network security awareness. */
  | 'ATTITUDE'
  /** What a learner knows, e.g. principles of network protocols. */
  | 'KNOWLEDGE'
  /** What a learner can do, e.g. router configuration. */
  | 'SKILL';

/** Internal: one competency mapping row, for the college's reports. */
export type CompetencyMappingFact = {
  __typename?: 'CompetencyMappingFact';
  /** Course code. */
  courseCode: Scalars['ID']['output'];
  /** ISO date from. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date to, or null. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Class hours. */
  hours: Scalars['Float']['output'];
  /** Competency item id. */
  itemId: Scalars['ID']['output'];
  /** Target level. */
  targetLevel: Scalars['Int']['output'];
};

/** One competency item a course teaches, from a day. */
export type CompetencyMappingInput = {
  /** Class hours spent on it, more than 0. */
  hours: Scalars['Float']['input'];
  /** The item's CASE identifier; an item of a framework of an agreement the course's programme is part of. */
  itemId: Scalars['ID']['input'];
  /** The level the course brings learners to, 1 to 5. */
  targetLevel: Scalars['Int']['input'];
};

/** One end of a competency association: an item on the hub, or a node elsewhere kept as the document named it. */
export type CompetencyNode = {
  __typename?: 'CompetencyNode';
  /** The node's identifier, a UUID. */
  id: Scalars['ID']['output'];
  /** The item, when it is a competency item on the hub; null otherwise. */
  item: Maybe<CompetencyItem>;
  /** The node's title as the document gave it. */
  title: Scalars['String']['output'];
  /** The node's URI. */
  uri: Scalars['String']['output'];
};

/**
 * A learner's competency profile as of a day D: for each item of their
 * framework, an attained level from 0 to 1 computed from their course results,
 * module assessments and certificates across institutions (see `method`).
 */
export type CompetencyProfile = {
  __typename?: 'CompetencyProfile';
  /** D, the day the profile is computed as of. */
  asOf: Scalars['Date']['output'];
  /** The framework version in force on D: its items are the profile's rows. */
  framework: CompetencyFramework;
  /** One row per item of the framework, in list order. */
  items: CompetencyAttainmentConnection;
  /** The method, in words, so that anyone holding the same evidence can recompute every level. */
  method: Scalars['String']['output'];
};


/**
 * A learner's competency profile as of a day D: for each item of their
 * framework, an attained level from 0 to 1 computed from their course results,
 * module assessments and certificates across institutions (see `method`).
 */
export type CompetencyProfileItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The competency profile grouped by kind (knowledge, skill, attitude), next to what the target job requires. */
export type CompetencyRadar = {
  __typename?: 'CompetencyRadar';
  /** The day the profile is computed as of. */
  asOf: Scalars['Date']['output'];
  /** One axis per kind present in the framework, in the order KNOWLEDGE, SKILL, ATTITUDE. */
  axes: Array<RadarAxis>;
  /** The target job the requirement is measured against, or null without a target. */
  jobPosition: Maybe<JobPosition>;
};

/** A credit transfer confirmed by a progression decision. */
export type ConfirmedTransfer = {
  __typename?: 'ConfirmedTransfer';
  /** Credits confirmed for the course that day. */
  credits: Scalars['Float']['output'];
  /** The learner's evidence the rule took. */
  evidence: CreditEvidence;
  /** The college course the learner was exempted from. */
  exemptedCourse: CollegeCourse;
  /** Why it counted, in one sentence, as recorded that day. */
  explanation: Scalars['String']['output'];
  /** The review, once the transfer's basis changed. */
  review: Maybe<TransferReview>;
  /** The credit rule that decided the transfer. */
  rule: CreditRule;
  /** Where the transfer stands now. */
  status: ConfirmedTransferStatus;
};

/** Where a confirmed transfer stands now. */
export type ConfirmedTransferStatus =
  /** Confirmed, and nothing it rests on has changed. */
  | 'CONFIRMED'
  /** Reviewed, and kept. */
  | 'KEPT'
  /** Its evidence or rule changed after the decision; a registrar must decide (see review). */
  | 'NEEDS_REVIEW'
  /** Reviewed, and withdrawn: its credits no longer count. */
  | 'WITHDRAWN';

/**
 * A learner's (or guardian's) permission for an organisation to read parts of
 * their record, for a purpose, until an expiry. Revoked or expired grants stop
 * access on the very next request.
 */
export type ConsentGrant = {
  __typename?: 'ConsentGrant';
  /** True when neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** ISO 8601 instant after which the grant no longer applies. */
  expiresAt: Scalars['DateTime']['output'];
  /** ISO 8601 instant. */
  grantedAt: Scalars['DateTime']['output'];
  /** Whether the learner or their guardian made the grant. */
  grantedBy: ConsentGrantor;
  /** The grant's id, a UUID; pass it to revokeConsent. */
  id: Scalars['ID']['output'];
  /** The organisation given access. */
  organizationId: Scalars['ID']['output'];
  /** Why the organisation may read, e.g. internship placement. */
  purpose: Scalars['String']['output'];
  /** ISO 8601 instant of revocation (by revokeConsent, or by an identical later grant that replaced it), or null. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The parts of the record the organisation may read. */
  scopes: Array<RecordPart>;
};

/** A page of ConsentGrant rows. */
export type ConsentGrantConnection = {
  __typename?: 'ConsentGrantConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ConsentGrantEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ConsentGrant>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ConsentGrantConnection page, with the cursor that points at it. */
export type ConsentGrantEdge = {
  __typename?: 'ConsentGrantEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ConsentGrant;
};

/** Who made a consent grant. */
export type ConsentGrantor =
  /** A guardian: required for learners under 14 (PIPL). */
  | 'GUARDIAN'
  /** The learner themself, aged 14 or over. */
  | 'STUDENT';

/** Internal: one certificate content row, for the college's reports. */
export type ContentCoverageFact = {
  __typename?: 'ContentCoverageFact';
  /** Course code. */
  courseCode: Scalars['ID']['output'];
  /** ISO date from. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date to, or null. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Class hours. */
  hours: Scalars['Float']['output'];
  /** Standard code. */
  standardCode: Scalars['ID']['output'];
  /** Content unit code. */
  unitCode: Scalars['String']['output'];
};

/** One certificate content unit a course covers, from a day. */
export type ContentCoverageInput = {
  /** Class hours spent on it, more than 0. */
  hours: Scalars['Float']['input'];
  /** A standard of the enterprise catalogue, e.g. X-NED-1. */
  standardCode: Scalars['ID']['input'];
  /** One of the standard's content units, e.g. NED-U2. */
  unitCode: Scalars['String']['input'];
};

/** Internal: a content unit of a standard, owned by the enterprise subgraph. */
export type ContentUnitFact = {
  __typename?: 'ContentUnitFact';
  /** Unit code. */
  code: Scalars['String']['output'];
  /** Competency items the unit assesses. */
  itemIds: Array<Scalars['ID']['output']>;
  /** Standard code. */
  standardCode: Scalars['ID']['output'];
  /** Unit title. */
  title: Scalars['String']['output'];
  /** Weight in the standard's content. */
  weight: Scalars['Float']['output'];
};

/** A certificate content unit, as the stage split reports it. */
export type ContentUnitSummary = {
  __typename?: 'ContentUnitSummary';
  /** The unit's code, e.g. NED-U4. */
  code: Scalars['String']['output'];
  /** The unit's title. */
  title: Scalars['String']['output'];
  /** Its weight in the standard's content. */
  weight: Scalars['Float']['output'];
};

/** A course teaching a competency item, as its institution maps it. */
export type CourseCompetencyMapping = {
  __typename?: 'CourseCompetencyMapping';
  /** ISO date the mapping takes effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the mapping ends, or null while in force. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Class hours the course spends on it. */
  hours: Scalars['Float']['output'];
  /** The competency item taught. */
  item: CompetencyItem;
  /** The level the course brings learners to, 1 to 5. */
  targetLevel: Scalars['Int']['output'];
};

/** A page of a course's competency mappings. */
export type CourseCompetencyMappingConnection = {
  __typename?: 'CourseCompetencyMappingConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CourseCompetencyMappingEdge>;
  /** This page's rows, by start then item. */
  nodes: Array<CourseCompetencyMapping>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CourseCompetencyMappingConnection page, with the cursor that points at it. */
export type CourseCompetencyMappingEdge = {
  __typename?: 'CourseCompetencyMappingEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CourseCompetencyMapping;
};

/** A course covering a content unit of a certificate standard, as its institution maps it. */
export type CourseContentCoverage = {
  __typename?: 'CourseContentCoverage';
  /** ISO date the mapping takes effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the mapping ends, or null while in force. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Class hours the course spends on it. */
  hours: Scalars['Float']['output'];
  /** The certificate standard. */
  standard: CertificateStandard;
  /** The content unit's code within the standard, e.g. NED-U2. */
  unitCode: Scalars['String']['output'];
};

/** A page of a course's certificate content coverage. */
export type CourseContentCoverageConnection = {
  __typename?: 'CourseContentCoverageConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CourseContentCoverageEdge>;
  /** This page's rows, by start, standard and unit. */
  nodes: Array<CourseContentCoverage>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CourseContentCoverageConnection page, with the cursor that points at it. */
export type CourseContentCoverageEdge = {
  __typename?: 'CourseContentCoverageEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CourseContentCoverage;
};

/** A version of a college course: what it was called and worth, from one day to another. */
export type CourseVersion = {
  __typename?: 'CourseVersion';
  /** Credits in this version. */
  credits: Scalars['Float']['output'];
  /** The committee decision that created this version, or null. */
  decision: Maybe<CommitteeDecision>;
  /** ISO date the version takes effect, or null for a course's first version without a recorded start. */
  effectiveFrom: Maybe<Scalars['Date']['output']>;
  /** ISO date the version ends, or null while in force. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Class hours in this version. */
  hours: Scalars['Int']['output'];
  /** The course's title in this version. */
  title: Scalars['String']['output'];
  /** 1 for the course as first catalogued, then 2, 3… */
  version: Scalars['Int']['output'];
};

/** A page of course versions. */
export type CourseVersionConnection = {
  __typename?: 'CourseVersionConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CourseVersionEdge>;
  /** This page's versions, oldest first. */
  nodes: Array<CourseVersion>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Versions across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CourseVersionConnection page, with the cursor that points at it. */
export type CourseVersionEdge = {
  __typename?: 'CourseVersionEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CourseVersion;
};

/** A course of the learner's pathway that would cover something they lack. */
export type CoveringCourse = {
  __typename?: 'CoveringCourse';
  /** The course's code. */
  courseCode: Scalars['String']['output'];
  /** True when the learner has passed it already. */
  passed: Scalars['Boolean']['output'];
  /** The course's stage. */
  stage: CurriculumStage;
};

/** A new committee. */
export type CreateCommitteeInput = {
  /** The agreement whose curriculum it reviews; its college owns the committee. */
  agreementId: Scalars['ID']['input'];
  /** The least share of those voting that must be enterprise members, more than 0 and at most 1; 0.4 when omitted. */
  enterpriseQuorum?: InputMaybe<Scalars['Float']['input']>;
  /** The committee's id: 2 to 32 lower-case letters, digits and hyphens, e.g. cmt-net. */
  id: Scalars['ID']['input'];
  /** The committee's name. */
  name: Scalars['String']['input'];
};

/**
 * An organisation as a signer of verifiable credentials: its DID (did:web under
 * the hub's public origin), the DID document that lists its public key, and the
 * same key as a JWKS. The gateway publishes both at /issuers/{organizationId}/did.json
 * and /issuers/{organizationId}/jwks.json.
 */
export type CredentialIssuer = {
  __typename?: 'CredentialIssuer';
  /** Its DID, e.g. did:web:hub.example.cn:issuers:org-zhongxin. */
  did: Scalars['String']['output'];
  /** Its DID document: one Ed25519 Multikey, listed for assertions (signing credentials). */
  didDocument: Scalars['JSON']['output'];
  /** The same public key as a JSON Web Key Set (EdDSA), named by its verification-method id. */
  jwks: Scalars['JSON']['output'];
  /** The organisation's hub-wide id, e.g. org-zhongxin. */
  organizationId: Scalars['ID']['output'];
};

/** The evidence a credit transfer rests on. */
export type CreditEvidence = {
  __typename?: 'CreditEvidence';
  /** CERTIFICATE evidence: the award's serial; null otherwise. */
  certificateSerial: Maybe<Scalars['String']['output']>;
  /**
   * ISO date of the evidence, from which it counts: the certificate's issue date,
   * or the last day of the result's term (semester 1 of 2024-2025 ends 2025-01-31,
   * semester 2 ends 2025-07-31).
   */
  evidencedOn: Maybe<Scalars['Date']['output']>;
  /** A certificate award or a secondary course result. */
  kind: CreditRuleKind;
  /** The award's assessment score or the course score, 0 to 100; null when the award has none. */
  score: Maybe<Scalars['Float']['output']>;
  /** COURSE_RESULT evidence: the secondary course code, e.g. NET-S120; null otherwise. */
  secondaryCourseCode: Maybe<Scalars['String']['output']>;
  /** CERTIFICATE evidence: the award's standard code, e.g. X-NED-1; null otherwise. */
  standardCode: Maybe<Scalars['ID']['output']>;
  /** COURSE_RESULT evidence: the result's term, e.g. 2024-2025-1; null otherwise. */
  term: Maybe<Scalars['String']['output']>;
};

/**
 * A credit bank conversion rule: evidence (a certificate or a secondary course
 * result) earns exemption from college courses and a number of credits, within an
 * effective date range. Higher priority wins where rules compete.
 */
export type CreditRule = {
  __typename?: 'CreditRule';
  /** The agreement whose learners the rule serves. */
  agreement: ArticulationAgreement;
  /**
   * Credits for the whole exemption, at most what the exempted courses are worth
   * together. They are spread over the courses the rule wins, in the order
   * listed, each course taking at most its own credits.
   */
  credits: Scalars['Float']['output'];
  /** What the rule is for, in words. */
  description: Scalars['String']['output'];
  /** ISO date the rule takes effect (the evidence's date must be on or after it). */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the rule ends, or null. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** College courses the learner is exempted from. */
  exemptCourses: Array<CollegeCourse>;
  /** The rule's number; of two rules at equal priority the lower (older) wins. */
  id: Scalars['ID']['output'];
  /** What the rule takes as evidence. */
  kind: CreditRuleKind;
  /** For CERTIFICATE rules: the lowest level that counts, when set. */
  minLevel: Maybe<CertificateLevel>;
  /**
   * The lowest score that counts, and the only score condition: for CERTIFICATE
   * rules the award's assessment score (optional; any award of the standard
   * counts when unset); for COURSE_RESULT rules the course score, from the pass
   * mark 60 to 100 (addCreditRule refuses a lower one, as a failed course earns
   * no credit).
   */
  minScore: Maybe<Scalars['Float']['output']>;
  /** Higher wins when two rules exempt the same course. */
  priority: Scalars['Int']['output'];
  /** For COURSE_RESULT rules: the secondary course code. */
  secondaryCourseCode: Maybe<Scalars['String']['output']>;
  /** For CERTIFICATE rules: the standard's code. */
  standardCode: Maybe<Scalars['ID']['output']>;
};

/** Two rules that compete, as creditRuleConflicts reports them. */
export type CreditRuleConflict = {
  __typename?: 'CreditRuleConflict';
  /** Why the rules conflict, in words. */
  explanation: Scalars['String']['output'];
  /** The two rules, lower id first. */
  rules: Array<CreditRule>;
};

/** A page of CreditRuleConflict rows. */
export type CreditRuleConflictConnection = {
  __typename?: 'CreditRuleConflictConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CreditRuleConflictEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CreditRuleConflict>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CreditRuleConflictConnection page, with the cursor that points at it. */
export type CreditRuleConflictEdge = {
  __typename?: 'CreditRuleConflictEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CreditRuleConflict;
};

/** A page of CreditRule rows. */
export type CreditRuleConnection = {
  __typename?: 'CreditRuleConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CreditRuleEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CreditRule>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CreditRuleConnection page, with the cursor that points at it. */
export type CreditRuleEdge = {
  __typename?: 'CreditRuleEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CreditRule;
};

/** What a credit rule takes as evidence. */
export type CreditRuleKind =
  /** A certificate award of a standard (optionally at a minimum level and score). */
  | 'CERTIFICATE'
  /** A passed secondary course result with a minimum score (at least the pass mark, 60). */
  | 'COURSE_RESULT';

/**
 * A credit transfer, computed live from the learner's certificates (enterprise)
 * and secondary results (secondary): the rule, the evidence, the course exempted,
 * the credits, and whether they count.
 */
export type CreditTransfer = {
  __typename?: 'CreditTransfer';
  /** Of credits, how many the agreement's maxTransferCredits cut (0 unless APPLIED or CAPPED). */
  cappedCredits: Scalars['Float']['output'];
  /**
   * Credits for this course: the rule's credits spread over the courses it wins,
   * never more than this course is worth. For a transfer that does not count,
   * what it would give.
   */
  credits: Scalars['Float']['output'];
  /** The learner's evidence the rule took. */
  evidence: CreditEvidence;
  /** The college course the learner is exempted from. */
  exemptedCourse: CollegeCourse;
  /**
   * Why the transfer counts or not, in one sentence for a learner and their
   * family: the rule, the evidence and its date, when the rule is in force, and
   * what superseded it.
   */
  explanation: Scalars['String']['output'];
  /**
   * Why the transfer is PENDING (from when it counts), REVERSED, SUPERSEDED or
   * CAPPED, or why it counts fewer credits than its rule gives; null when it
   * counts in full.
   */
  reason: Maybe<Scalars['String']['output']>;
  /** The rule that decides the transfer. */
  rule: CreditRule;
  /** Whether the transfer counts. */
  status: CreditTransferStatus;
};

/** Whether a credit transfer counts, and if not, why. */
export type CreditTransferStatus =
  /** Counts toward the learner's credits. */
  | 'APPLIED'
  /**
   * Would apply, but transfers of higher priority already reach the agreement's
   * maxTransferCredits; credits do not count (cappedCredits says how many).
   */
  | 'CAPPED'
  /**
   * The evidence is dated after today (a certificate not yet issued, a course
   * result whose term has not ended): it counts from evidence.evidencedOn, and
   * until then its credits do not count and it competes with no other rule.
   */
  | 'PENDING'
  /** Rested on evidence that no longer holds (e.g. a revoked certificate); credits do not count. */
  | 'REVERSED'
  /** Another rule of higher priority exempts the same course; credits do not count. */
  | 'SUPERSEDED';

/** A learner's credit transfers under one agreement. */
export type CreditTransferSummary = {
  __typename?: 'CreditTransferSummary';
  /** The agreement whose rules decided. */
  agreement: ArticulationAgreement;
  /** Credits the agreement's maxTransferCredits cut, over all transfers. */
  cappedCredits: Scalars['Float']['output'];
  /** The agreement's cap on transferred credits, as applied. */
  maxTransferCredits: Scalars['Float']['output'];
  /** Credits that count: those of APPLIED transfers, less what the agreement's cap cut. */
  totalCredits: Scalars['Float']['output'];
  /** Every transfer, in precedence order: highest priority first, then rule id, then the rule's courses in order. */
  transfers: Array<CreditTransfer>;
};

/** A School–Enterprise Curriculum Committee of one agreement, owned by its college. */
export type CurriculumCommittee = {
  __typename?: 'CurriculumCommittee';
  /** The agreement whose curriculum it reviews. */
  agreement: ArticulationAgreement;
  /** The college that owns it. */
  college: College;
  /** The least share of those voting that must be enterprise members for a decision, 0 to 1 (0.4 by default). */
  enterpriseQuorum: Scalars['Float']['output'];
  /** Share of the members from enterprises, 0 to 1. */
  enterpriseShare: Maybe<Scalars['Float']['output']>;
  /** The committee's id, e.g. cmt-net. */
  id: Scalars['ID']['output'];
  /** The members, by id. */
  members: CommitteeMemberConnection;
  /** The committee's name. */
  name: Scalars['String']['output'];
  /** The proposals, oldest first. */
  proposals: CommitteeProposalConnection;
};


/** A School–Enterprise Curriculum Committee of one agreement, owned by its college. */
export type CurriculumCommitteeMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A School–Enterprise Curriculum Committee of one agreement, owned by its college. */
export type CurriculumCommitteeProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProposalStatus>;
};

/** A page of committees. */
export type CurriculumCommitteeConnection = {
  __typename?: 'CurriculumCommitteeConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CurriculumCommitteeEdge>;
  /** This page's committees, by id. */
  nodes: Array<CurriculumCommittee>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Committees across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CurriculumCommitteeConnection page, with the cursor that points at it. */
export type CurriculumCommitteeEdge = {
  __typename?: 'CurriculumCommitteeEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CurriculumCommittee;
};

/** Internal: a course, for the college's reports. */
export type CurriculumCourseFact = {
  __typename?: 'CurriculumCourseFact';
  /** Course code. */
  code: Scalars['ID']['output'];
  /** Credits. */
  credits: Scalars['Float']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A secondary programme's curriculum as the school maps it: internal, for the college's reports. */
export type CurriculumFacts = {
  __typename?: 'CurriculumFacts';
  /** Every competency mapping row, history included. */
  competencies: Array<CompetencyMappingFact>;
  /** Every certificate content row, history included. */
  content: Array<ContentCoverageFact>;
  /** The programme's courses. */
  courses: Array<CurriculumCourseFact>;
  /** The standards the content rows name, for their content units. */
  standards: Array<CertificateStandard>;
};

/** Which stage of the pathway a course belongs to. */
export type CurriculumStage =
  /** The college's stage. */
  | 'HIGHER'
  /** The secondary school's stage. */
  | 'SECONDARY';

/** A requirement's check as recorded in a decision. */
export type DecisionCheck = {
  __typename?: 'DecisionCheck';
  /** What the requirement asks, in words. */
  description: Scalars['String']['output'];
  /** What was found, in words. */
  detail: Scalars['String']['output'];
  /** The evidence the check read: results, certificates, module credits. */
  evidenceUsed: Array<Scalars['String']['output']>;
  /** Why the requirement was met, in one sentence for a learner and their family. */
  explanation: Scalars['String']['output'];
  /** What the requirement checks. */
  kind: ProgressionRequirementKind;
  /** True when the requirement was met that day. */
  met: Scalars['Boolean']['output'];
  /** The id of the requirement checked. */
  requirementId: Scalars['ID']['output'];
};

/** Internal: a programme's dual-qualified teachers in a year, owned by the programme's institution. */
export type DualQualifiedFact = {
  __typename?: 'DualQualifiedFact';
  /** Of them, dual-qualified under the hub's rule. */
  qualified: Scalars['Int']['output'];
  /** Teachers on the staff that year. */
  teachers: Scalars['Int']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** A programme's teachers in a year, under the hub's dual-qualified rule. */
export type DualQualifiedFigure = {
  __typename?: 'DualQualifiedFigure';
  /** Of them, dual-qualified. */
  qualified: Scalars['Int']['output'];
  /** qualified / teachers, 0 to 1; null without teachers. */
  ratio: Maybe<Scalars['Float']['output']>;
  /** Teachers on the staff that year. */
  teachers: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** A college course's hours on a competency item the school already taught. */
export type DuplicatedContent = {
  __typename?: 'DuplicatedContent';
  /** The college course that teaches it again. */
  collegeCourseCode: Scalars['String']['output'];
  /** The level the college course reaches, no higher than the school's. */
  collegeLevel: Scalars['Int']['output'];
  /** The competency item taught twice. */
  competency: CompetencyItem;
  /** The college course's class hours on it. */
  hours: Scalars['Float']['output'];
  /** The secondary course that taught it, at the highest level. */
  secondaryCourseCode: Scalars['String']['output'];
  /** The level the secondary course reaches. */
  secondaryLevel: Scalars['Int']['output'];
};

/** A page of duplicated content. */
export type DuplicatedContentConnection = {
  __typename?: 'DuplicatedContentConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<DuplicatedContentEdge>;
  /** This page's blocks, by college course then item. */
  nodes: Array<DuplicatedContent>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Blocks across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a DuplicatedContentConnection page, with the cursor that points at it. */
export type DuplicatedContentEdge = {
  __typename?: 'DuplicatedContentEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: DuplicatedContent;
};

/** A teacher's enterprise practice in a year. */
export type EnterprisePractice = {
  __typename?: 'EnterprisePractice';
  /** Where. */
  enterprise: Scalars['String']['output'];
  /** Hours of practice. */
  hours: Scalars['Float']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** What a piece of competency evidence is. */
export type EvidenceKind =
  /** A certificate award standing on the day, through the content units of its standard, dated its day of issue. */
  | 'CERTIFICATE'
  /** A course result, secondary or college: the learner's best result in the course, dated the last day of its term. */
  | 'COURSE_RESULT'
  /** A certificate training module assessment: the learner's best assessment of the module, dated the day it was assessed. */
  | 'MODULE_ASSESSMENT';

/** A training subsidy to flag. */
export type FlagTrainingSubsidyInput = {
  /** ISO date it was granted, not after today. */
  grantedOn: Scalars['Date']['input'];
  /** The scheme, e.g. certificate training subsidy. */
  scheme: Scalars['String']['input'];
  /** Hub-wide learner id. */
  studentId: Scalars['ID']['input'];
};

/** A consent grant to make, by the learner (aged 14 or over) or their guardian. */
export type GrantConsentInput = {
  /** ISO date, after today and at most one year ahead; access ends at the end of that day (UTC). */
  expiresOn: Scalars['Date']['input'];
  /** The organisation to give access to, e.g. org-huadong. */
  organizationId: Scalars['ID']['input'];
  /** Why the organisation may read, in words (up to 300 characters), e.g. internship placement. */
  purpose: Scalars['String']['input'];
  /** At least one part. */
  scopes: Array<RecordPart>;
  /** The learner, e.g. GT202200001X; must be on the pathway registry. */
  studentId: Scalars['ID']['input'];
};

/** A learner's higher stage at a college. */
export type HigherEnrollment = {
  __typename?: 'HigherEnrollment';
  /** ISO date the stage ended, or null while it continues. */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** ISO date, YYYY-MM-DD. */
  enrolledOn: Scalars['Date']['output'];
  /** The college the learner is enrolled at. */
  institution: College;
  /** The college programme the learner is enrolled in. */
  program: CollegeProgram;
  /** Results in term order. */
  results: CollegeCourseResultConnection;
};


/** A learner's higher stage at a college. */
export type HigherEnrollmentResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk import of one part of an institution's bundle, read from a CSV file. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** The last file line settled by a committed batch (the header is line 1); a resumed job continues after it. */
  checkpointLine: Scalars['Int']['output'];
  /** When the job was created (ISO 8601, UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The row errors, in the order found (validation reads the file in order). */
  errors: ImportRowErrorConnection;
  /** The job id. */
  id: Scalars['ID']['output'];
  /** The part of the bundle, e.g. enrolments or results. */
  kind: Scalars['String']['output'];
  /** Why the job failed, when it did. */
  message: Maybe<Scalars['String']['output']>;
  /** The organisation whose data the file holds. */
  organizationId: Scalars['ID']['output'];
  /** Rows refused, with their errors in `errors`. */
  rowsBad: Scalars['Int']['output'];
  /** Rows read from the file by validation. */
  rowsRead: Scalars['Int']['output'];
  /** Rows equal to a row already stored under the same natural key, so not written. */
  rowsUnchanged: Scalars['Int']['output'];
  /** Rows that passed validation. */
  rowsValid: Scalars['Int']['output'];
  /** Rows written by this job. */
  rowsWritten: Scalars['Int']['output'];
  /** Where the job is. */
  status: ImportJobStatus;
  /** When the job last changed (ISO 8601, UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** True when only the valid rows are written and the bad ones skipped. */
  validOnly: Scalars['Boolean']['output'];
};


/** A bulk import of one part of an institution's bundle, read from a CSV file. */
export type ImportJobErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where an import job is. */
export type ImportJobStatus =
  /** Finished: every valid row is written or was already stored. */
  | 'DONE'
  /** Stopped: bad rows without validOnly (nothing written), a malformed file, or an internal error (see message). */
  | 'FAILED'
  /** Cut short by a restart; resume it to continue after its checkpoint. */
  | 'INTERRUPTED'
  /** Uploaded; not started yet. */
  | 'QUEUED'
  /** Checking every row with the mutations' rules; nothing is written in this step. */
  | 'VALIDATING'
  /** Writing the rows in batches, each with the job's checkpoint. */
  | 'WRITING';

/** One refused row of an import file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** The column at fault, or null when the row as a whole is refused. */
  column: Maybe<Scalars['String']['output']>;
  /** Line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** What is wrong and what is accepted, as the mutation would answer. */
  message: Scalars['String']['output'];
};

/** A page of an import job's row errors. */
export type ImportRowErrorConnection = {
  __typename?: 'ImportRowErrorConnection';
  /** This page's items, each with its cursor. */
  edges: Array<ImportRowErrorEdge>;
  /** This page's row errors. */
  nodes: Array<ImportRowError>;
  /** Where this page ends, to fetch the next. */
  pageInfo: PageInfo;
  /** Row errors across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a `ImportRowErrorConnection`, with the cursor that points at it. */
export type ImportRowErrorEdge = {
  __typename?: 'ImportRowErrorEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ImportRowError;
};

/** A job position in the enterprise catalogue, owned by the enterprise subgraph. */
export type JobPosition = {
  __typename?: 'JobPosition';
  /** The job position's id, e.g. jp-ty-sec. */
  id: Scalars['ID']['output'];
  /** Internal: its requirements, from the enterprise subgraph. */
  requirementFacts: Array<JobRequirementFact>;
  /** Internal: the position's title, from the enterprise subgraph, for the recommendations' reasons. */
  title: Scalars['String']['output'];
};

/** Internal: a job position's requirement, owned by the enterprise subgraph. */
export type JobRequirementFact = {
  __typename?: 'JobRequirementFact';
  /** True when required (ESCO essential); false when optional. */
  essential: Scalars['Boolean']['output'];
  /** For COMPETENCY: the item's id. */
  itemId: Maybe<Scalars['ID']['output']>;
  /** COMPETENCY or CERTIFICATE. */
  kind: Scalars['String']['output'];
  /** The job position's id. */
  positionId: Scalars['ID']['output'];
  /** For CERTIFICATE: the standard's code. */
  standardCode: Maybe<Scalars['ID']['output']>;
};

/** A course's whole mapping from a day: rows not listed are no longer mapped from then. */
export type MapCourseInput = {
  /** The certificate content units covered; their hours together at most the course's class hours. */
  certificateContent: Array<ContentCoverageInput>;
  /** The competency items taught; their hours together at most the course's class hours. */
  competencies: Array<CompetencyMappingInput>;
  /** The course's code, e.g. NET-H201. */
  courseCode: Scalars['String']['input'];
  /** ISO date the mapping takes effect; after the start of the course's latest mapping. */
  effectiveFrom: Scalars['Date']['input'];
};

/** A page of mapping table rows. */
export type MappingTableConnection = {
  __typename?: 'MappingTableConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<MappingTableEdge>;
  /** This page's rows: the secondary stage first, then by competency code, course and standard. */
  nodes: Array<MappingTableRow>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a MappingTableConnection page, with the cursor that points at it. */
export type MappingTableEdge = {
  __typename?: 'MappingTableEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MappingTableRow;
};

/** One row of the curriculum mapping table. */
export type MappingTableRow = {
  __typename?: 'MappingTableRow';
  /** A certificate whose content the course covers for this competency, or null. */
  certificate: Maybe<CertificateStandard>;
  /** The competency item taught. */
  competency: CompetencyItem;
  /** The weight of the covered units assessing this competency over the standard's whole content, from 0 to 1; null without a certificate. */
  contentShare: Maybe<Scalars['Float']['output']>;
  /** The course's code, e.g. NET-S120. */
  courseCode: Scalars['String']['output'];
  /** The course's title, e.g. Network Device Configuration. */
  courseTitle: Scalars['String']['output'];
  /** The row's hours over all mapped hours of its stage that day, from 0 to 1. */
  hourShare: Maybe<Scalars['Float']['output']>;
  /** Class hours the course spends on the item. */
  hours: Scalars['Float']['output'];
  /** The row's stage. */
  stage: CurriculumStage;
  /** The level the course brings learners to, 1 to 5. */
  targetLevel: Scalars['Int']['output'];
};

/** A required certificate of the target job the learner does not hold. */
export type MissingCertificate = {
  __typename?: 'MissingCertificate';
  /** The certificate standard. */
  certificate: CertificateStandard;
  /** Courses of the learner's pathway that cover its content. */
  courses: Array<CoveringCourse>;
};

/** A required competency of the target job the learner has not acquired. */
export type MissingCompetency = {
  __typename?: 'MissingCompetency';
  /** Certificates whose content assesses it: holding one would count. */
  certificates: Array<CertificateStandard>;
  /** The competency item. */
  competency: CompetencyItem;
  /** Courses of the learner's pathway that teach it. */
  courses: Array<CoveringCourse>;
};

/** Internal: a learner's module assessment. */
export type ModuleAssessmentFact = {
  __typename?: 'ModuleAssessmentFact';
  /** ISO date assessed. */
  assessedOn: Scalars['Date']['output'];
  /** Module code. */
  moduleCode: Scalars['ID']['output'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
};

/** Internal: a module teaching a competency item. */
export type ModuleCompetencyFact = {
  __typename?: 'ModuleCompetencyFact';
  /** Class hours on the item. */
  hours: Scalars['Float']['output'];
  /** Competency item id. */
  itemId: Scalars['ID']['output'];
  /** Target level, 1 to 5. */
  targetLevel: Scalars['Int']['output'];
};

/** Internal: a learner's enrolment in a module. */
export type ModuleEnrolmentFact = {
  __typename?: 'ModuleEnrolmentFact';
  /** ISO date of enrolment. */
  enrolledOn: Scalars['Date']['output'];
  /** Module code. */
  moduleCode: Scalars['ID']['output'];
  /** ISO date the module starts. */
  startsOn: Scalars['Date']['output'];
};

/** Internal: a module of the catalogue. */
export type ModuleFact = {
  __typename?: 'ModuleFact';
  /** Module code. */
  code: Scalars['ID']['output'];
  /** Competency items it teaches. */
  competencies: Array<ModuleCompetencyFact>;
  /** Credits. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** Modules to pass first. */
  prerequisiteCodes: Array<Scalars['ID']['output']>;
  /** The institution offering it. */
  providerId: Scalars['ID']['output'];
  /** Position in the standard's sequence. */
  sequence: Scalars['Int']['output'];
  /** Certificate standard code. */
  standardCode: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** Internal: the module catalogue and a learner's module enrolments and assessments, owned by the secondary subgraph. */
export type ModuleFacts = {
  __typename?: 'ModuleFacts';
  /** The learner's module assessments. */
  assessments: Array<ModuleAssessmentFact>;
  /** The learner's module enrolments. */
  enrolments: Array<ModuleEnrolmentFact>;
  /** Every module of the catalogue. */
  modules: Array<ModuleFact>;
};

/** A module the learner could take next, and why. */
export type ModuleRecommendation = {
  __typename?: 'ModuleRecommendation';
  /** The framework items it teaches that have a gap, in list order. */
  covers: Array<CompetencyItem>;
  /** Σ gap_i over the distinct framework items the module teaches, gap_i = max(0, r_i − level_i); rounded to 4 decimals. */
  gapClosed: Scalars['Float']['output'];
  /** Σ gapClosed of the modules it unlocks (see unlocks), rounded to 4 decimals; 0 when it unlocks none. */
  gapUnlocked: Scalars['Float']['output'];
  /** The target job's essential competency requirements below 0.6 that it teaches, in list order. */
  missingCovered: Array<CompetencyItem>;
  /** The module. */
  module: CertificateModule;
  /** Position in the recommendation order, from 1. */
  rank: Scalars['Int']['output'];
  /** Why, in one sentence, e.g. covers 2 of the 3 missing skills for Network security engineer (NT-S5, NT-K3); prerequisite X-NE-2-M1 met, or, for a module recommended for what it unlocks, prerequisite of X-NE-2-M2, which covers 2 of the 2 missing skills for Network security engineer (NT-K3, NT-A1); no prerequisite. */
  reason: Scalars['String']['output'];
  /** The modules closing a gap, not passed and not in progress, whose only prerequisite not yet passed is this module, in recommendation order. */
  unlocks: Array<CertificateModule>;
};

/** A page of module recommendations. */
export type ModuleRecommendationConnection = {
  __typename?: 'ModuleRecommendationConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModuleRecommendationEdge>;
  /** This page's recommendations, by rank. */
  nodes: Array<ModuleRecommendation>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Recommendations across all pages (at most 20). */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModuleRecommendationConnection page, with the cursor that points at it. */
export type ModuleRecommendationEdge = {
  __typename?: 'ModuleRecommendationEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModuleRecommendation;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a teacher of one of the college's programmes. Staff of that college, or an admin. */
  addCollegeTeacher: CollegeTeacher;
  /** Adds a member to a committee. College staff of the committee's college, or an admin. */
  addCommitteeMember: CommitteeMember;
  /** Adds a credit conversion rule to an agreement. College staff of the agreement's college. */
  addCreditRule: CreditRule;
  /**
   * Casts (or changes) a member's vote on an open proposal. Only staff of the
   * member's own organisation, of the member's kind (a school member by
   * SECONDARY_STAFF, a college member by COLLEGE_STAFF, an enterprise member by
   * ENTERPRISE_STAFF): no one votes for another organisation, not even an admin.
   */
  castCommitteeVote: CommitteeVote;
  /** Sets up a School–Enterprise Curriculum Committee for an agreement. College staff of the agreement's college, or an admin. */
  createCurriculumCommittee: CurriculumCommittee;
  /**
   * Records the committee's decision on an open proposal, from its votes.
   * Refused with CONFLICT, writing nothing, when enterprise members are fewer
   * than the committee's quorum share of those voting (for or against). An
   * adopted REVISE or REPLACE creates the course's next version from the term's
   * first day (RETIRE ends the current one the day before), and the decision
   * records which credit rules and mappings the change touches. College staff of
   * the committee's college, or an admin.
   */
  decideCommitteeProposal: CommitteeDecision;
  /** Deletes a subscription and its undelivered deliveries: staff of its organisation, or an admin. */
  deleteCollegeWebhook: WebhookSubscription;
  /** Flags a learner as receiving a certificate training subsidy (seed 000 §3.3). Staff of an institution of the learner's pathway, or an admin; once per learner. */
  flagTrainingSubsidy: TrainingSubsidy;
  /**
   * Gives an organisation access to parts of a learner's record. Made by the
   * learner themself (aged 14 or over) or by their guardian. A learner has at most
   * one unrevoked grant per organisation and set of scopes: a new grant with the
   * same learner, organisation and scopes replaces the earlier one, whose
   * `revokedAt` becomes the new grant's `grantedAt` (if it had not lapsed), so the
   * new purpose and expiry apply from then on. Grants with other scopes are
   * separate grants.
   */
  grantConsent: ConsentGrant;
  /**
   * Imports a framework version from a CASE 1.1 package (JSON text with
   * CFDocument, CFItems and CFAssociations) for an agreement. Every field of the
   * package is kept, so exporting it (CompetencyFramework.caseJson) gives the same
   * package back; a field the hub does not keep is refused, never dropped.
   * College staff of the agreement's college, or an admin. CONFLICT when an
   * identifier is already on the hub.
   */
  importCompetencyFramework: CompetencyFramework;
  /**
   * States from a day which competency items a college course teaches and which
   * certificate content units it covers. The rows in force that day are closed
   * the day before; earlier rows stay as history. Staff of the course's college.
   */
  mapCollegeCourse: CollegeCourse;
  /**
   * Moves a learner from SECONDARY to HIGHER when every progression requirement of
   * their agreement (the version in force on the day) is met, enrolling them in the
   * agreement's college programme, and records the progression decision with the
   * credit transfers confirmed that day (Student.progressionDecision) in the same
   * transaction. Then the secondary school is told, and records the end of the
   * learner's secondary stage on that day (completeSecondaryStage).
   * Otherwise BAD_USER_INPUT listing the unmet requirements, and nothing changes.
   * College staff of the agreement's college.
   */
  progressStudent: Pathway;
  /** Proposes to revise, replace or retire a course of the agreement's college programme from a term. Staff of an organisation with a member on the committee. */
  proposeCourseChange: CommitteeProposal;
  /**
   * Records a result in a college course for a learner at the higher stage of a
   * pathway into that course's programme. One result per learner, course and term.
   */
  recordCollegeResult: CollegeCourseResult;
  /** Records a college teacher's enterprise practice in a year. Staff of the teacher's college, or an admin. */
  recordCollegeTeacherPractice: CollegeTeacher;
  /**
   * Records an internship or a job a learner took. Part RESULTS of the learner's
   * record: staff of an institution of the learner's pathway, or an admin.
   */
  recordPlacement: Placement;
  /**
   * Registers an HTTPS endpoint to receive the college subgraph's changes of the given entity
   * types, signed with the Standard Webhooks scheme. The endpoint's host must
   * resolve to public addresses (BAD_USER_INPUT otherwise). Staff of the
   * organisation, or an admin. The signing secret is returned this once.
   */
  registerCollegeWebhook: RegisteredWebhook;
  /**
   * Puts a learner on an articulation agreement's pathway at the SECONDARY stage.
   * Only staff of the agreement's college (or an admin) may register. The
   * enrolling school confirms, through the gateway, that it enrolled the learner
   * in the agreement's secondary programme (NOT_FOUND when no school did), and
   * supplies the birth date from the learner's national ID.
   */
  registerPathway: Pathway;
  /**
   * Records a registrar's outcome for an open review: KEPT (the transfer stands)
   * or WITHDRAWN (it no longer counts), with the reason. The decision itself is
   * never changed. Staff of the decision's college, or an admin. A review resolved
   * already gets CONFLICT.
   */
  resolveTransferReview: TransferReview;
  /**
   * Continues an INTERRUPTED (or FAILED) import job after its last committed
   * batch; rows already written are not written again. Staff of the job's college
   * and admins. CONFLICT when the job is running or done.
   */
  resumeCollegeImport: ImportJob;
  /** Sets a FAILING subscription back to ACTIVE and retries its failed delivery first: staff of its organisation, or an admin. */
  resumeCollegeWebhook: WebhookSubscription;
  /**
   * Ends a rule on a date (rules are never deleted, so past decisions stay
   * explainable). Retiring only brings an end forward. When another request
   * changes the rule at the same time, one applies and the other gets CONFLICT:
   * read the rule again and retry if it still needs retiring.
   */
  retireCreditRule: CreditRule;
  /**
   * Withdraws a consent grant at once. By the learner or their guardian.
   * Idempotent: revoking a grant already revoked (or replaced) answers it as
   * stored, with its first revocation instant.
   */
  revokeConsent: ConsentGrant;
  /**
   * Sets the job position a learner aims at, replacing an earlier one. The
   * learner (or their guardian) may set their own; staff of an institution of
   * the learner's pathway, or an admin, may set it for them.
   */
  setCareerTarget: CareerTarget;
  /**
   * Gives an agreement a new version of its progression requirements, in force
   * from a date (today or later) until the next version. Earlier versions stay,
   * so decisions made under them remain explainable. College staff of the
   * agreement's college, or an admin.
   */
  setProgressionRequirements: ArticulationAgreement;
};


export type MutationAddCollegeTeacherArgs = {
  input: TeacherInput;
};


export type MutationAddCommitteeMemberArgs = {
  input: AddCommitteeMemberInput;
};


export type MutationAddCreditRuleArgs = {
  input: AddCreditRuleInput;
};


export type MutationCastCommitteeVoteArgs = {
  input: CastCommitteeVoteInput;
};


export type MutationCreateCurriculumCommitteeArgs = {
  input: CreateCommitteeInput;
};


export type MutationDecideCommitteeProposalArgs = {
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  proposalId: Scalars['ID']['input'];
};


export type MutationDeleteCollegeWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFlagTrainingSubsidyArgs = {
  input: FlagTrainingSubsidyInput;
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationImportCompetencyFrameworkArgs = {
  agreementId: Scalars['ID']['input'];
  document: Scalars['String']['input'];
};


export type MutationMapCollegeCourseArgs = {
  input: MapCourseInput;
};


export type MutationProgressStudentArgs = {
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  studentId: Scalars['ID']['input'];
};


export type MutationProposeCourseChangeArgs = {
  input: ProposeCourseChangeInput;
};


export type MutationRecordCollegeResultArgs = {
  input: RecordResultInput;
};


export type MutationRecordCollegeTeacherPracticeArgs = {
  input: TeacherPracticeInput;
};


export type MutationRecordPlacementArgs = {
  input: RecordPlacementInput;
};


export type MutationRegisterCollegeWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationRegisterPathwayArgs = {
  input: RegisterPathwayInput;
};


export type MutationResolveTransferReviewArgs = {
  input: ResolveTransferReviewInput;
};


export type MutationResumeCollegeImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResumeCollegeWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireCreditRuleArgs = {
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  effectiveTo: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetCareerTargetArgs = {
  jobPositionId: Scalars['ID']['input'];
  studentId: Scalars['ID']['input'];
};


export type MutationSetProgressionRequirementsArgs = {
  input: SetProgressionRequirementsInput;
};

/** What a suggestion proposes. */
export type OverlapAction =
  /** Drop the duplicated hours from the college course (a revision for the committee). */
  | 'DROP_CONTENT'
  /** Exempt learners who passed the secondary course from the college course: at least half its mapped hours repeat it. */
  | 'EXEMPT_COURSE';

/** Overlap between the stages of an agreement on a day. */
export type OverlapReport = {
  __typename?: 'OverlapReport';
  /** Of them, hours on items the school already teaches at the same or a higher level. */
  duplicatedHours: Scalars['Float']['output'];
  /** The duplicated content. */
  duplicates: DuplicatedContentConnection;
  /** The college's mapped class hours in force that day. */
  higherHours: Scalars['Float']['output'];
  /** The ISO date whose curriculum was compared. */
  on: Scalars['Date']['output'];
  /** duplicatedHours / higherHours, 0 to 1; null when the college maps no hours. */
  rate: Maybe<Scalars['Float']['output']>;
  /** For each block of duplicated content, the course that could drop it or be exempted. */
  suggestions: OverlapSuggestionConnection;
};


/** Overlap between the stages of an agreement on a day. */
export type OverlapReportDuplicatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Overlap between the stages of an agreement on a day. */
export type OverlapReportSuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the committee could do about one block of duplicated content. Data only: nothing changes until someone acts. */
export type OverlapSuggestion = {
  __typename?: 'OverlapSuggestion';
  /** Exempt, or drop the hours. */
  action: OverlapAction;
  /** The college course that repeats it. */
  collegeCourseCode: Scalars['String']['output'];
  /** The competency items repeated. */
  competencies: Array<CompetencyItem>;
  /** All of the college course's mapped hours that day. */
  courseHours: Scalars['Float']['output'];
  /** The college course's hours on them. */
  duplicatedHours: Scalars['Float']['output'];
  /** A rule of the agreement already exempting the college course on the secondary course's result, when there is one. */
  existingRule: Maybe<CreditRule>;
  /** For EXEMPT_COURSE: the credit rule that would express it; null for DROP_CONTENT. */
  proposedRule: Maybe<ProposedCreditRule>;
  /** The secondary course that taught the content. */
  secondaryCourseCode: Scalars['String']['output'];
};

/** A page of suggestions. */
export type OverlapSuggestionConnection = {
  __typename?: 'OverlapSuggestionConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<OverlapSuggestionEdge>;
  /** This page's suggestions, by college course then secondary course. */
  nodes: Array<OverlapSuggestion>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Suggestions across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a OverlapSuggestionConnection page, with the cursor that points at it. */
export type OverlapSuggestionEdge = {
  __typename?: 'OverlapSuggestionEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: OverlapSuggestion;
};

/** Cursor paging for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when rows come before this page (always false on the first page). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null on an empty page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A learner's place on the pathway registry. */
export type Pathway = {
  __typename?: 'Pathway';
  /** The articulation agreement the learner is registered on. */
  agreement: ArticulationAgreement;
  /** Cohort (entry) year, e.g. 2022. */
  cohort: Scalars['String']['output'];
  /** ISO date the learner was registered on the pathway. */
  registeredOn: Scalars['Date']['output'];
  /** Where the learner stands on the pathway. */
  stage: PathwayStage;
};

/** Where a learner stands on their five-year pathway. */
export type PathwayStage =
  /** Completed the college programme: the pathway is finished. */
  | 'GRADUATED'
  /** Progressed (转段) to the college for the last two years. */
  | 'HIGHER'
  /** Studying the first three years at a secondary school. */
  | 'SECONDARY'
  /** Left the pathway; progression is no longer assessed. */
  | 'WITHDRAWN';

/** An internship or job a learner took. Part RESULTS. */
export type Placement = {
  __typename?: 'Placement';
  /** The employer's organisation id on the hub, when it has one. */
  employerId: Maybe<Scalars['ID']['output']>;
  /** The employer's name. */
  employerName: Scalars['String']['output'];
  /** ISO date it ended, or null while ongoing. */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** The placement's number. */
  id: Scalars['ID']['output'];
  /** The job position taken. */
  jobPosition: JobPosition;
  /** INTERNSHIP or EMPLOYMENT. */
  kind: PlacementKind;
  /** How it went. */
  outcome: PlacementOutcome;
  /** The institution that recorded it. */
  recordedByOrganizationId: Scalars['ID']['output'];
  /** ISO date it began. */
  startedOn: Scalars['Date']['output'];
};

/** A page of placements. */
export type PlacementConnection = {
  __typename?: 'PlacementConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<PlacementEdge>;
  /** This page's placements, earliest first. */
  nodes: Array<Placement>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Placements across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a PlacementConnection page, with the cursor that points at it. */
export type PlacementEdge = {
  __typename?: 'PlacementEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Placement;
};

/** What sort of placement. */
export type PlacementKind =
  /** A job. */
  | 'EMPLOYMENT'
  /** A placement during study. */
  | 'INTERNSHIP';

/** How a placement went. */
export type PlacementOutcome =
  /** Ended as planned. */
  | 'COMPLETED'
  /** Ended before its planned end. */
  | 'ENDED_EARLY'
  /** Still under way. */
  | 'ONGOING'
  /** An internship after which the employer offered a job. */
  | 'RETAINED';

/** Whether a learner may progress, with every requirement checked. */
export type ProgressionAssessment = {
  __typename?: 'ProgressionAssessment';
  /** The learner's agreement, whose requirements apply. */
  agreement: ArticulationAgreement;
  /** Today's checks, for state ASSESSED; empty otherwise (see decision). */
  checks: Array<RequirementCheck>;
  /** The recorded decision, when state is DECIDED. */
  decision: Maybe<ProgressionDecision>;
  /** ASSESSED: whether the learner may progress today. Otherwise whether they did progress (false for a withdrawn learner). */
  eligible: Scalars['Boolean']['output'];
  /** Where the state is not ASSESSED, why there are no live checks, in one sentence. */
  explanation: Scalars['String']['output'];
  /** Whether this is an assessment made today or a past progression. */
  state: ProgressionState;
  /** The checks that are not met. */
  unmet: Array<RequirementCheck>;
};

/**
 * What progressStudent decided, as recorded that day: never changed afterwards.
 * Later changes of evidence or rules show as reviews, not as rewrites.
 */
export type ProgressionDecision = {
  __typename?: 'ProgressionDecision';
  /** The agreement the learner progressed under. */
  agreement: ArticulationAgreement;
  /** Each requirement's check, as made that day. */
  checks: Array<DecisionCheck>;
  /** The credit transfers that counted that day. */
  confirmedTransfers: Array<ConfirmedTransfer>;
  /** Who decided: the signed-in subject. */
  decidedBy: Scalars['String']['output'];
  /** The organisation they decided for. */
  decidedByOrganizationId: Maybe<Scalars['ID']['output']>;
  /** ISO date the learner progressed on. */
  decidedOn: Scalars['Date']['output'];
  /** ISO 8601 instant the decision was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The version of the agreement's progression requirements applied. */
  requirementsVersion: Scalars['Int']['output'];
  /** Credits of the confirmed transfers. */
  totalCredits: Scalars['Float']['output'];
};

/** One condition of progression (转段) from the secondary to the higher stage. */
export type ProgressionRequirement = {
  __typename?: 'ProgressionRequirement';
  /** For CORE_COURSES_PASSED: the secondary course codes to pass, e.g. NET-S101; null otherwise. */
  courseCodes: Maybe<Array<Scalars['String']['output']>>;
  /** What the requirement asks, in words. */
  description: Scalars['String']['output'];
  /** The requirement's id. */
  id: Scalars['ID']['output'];
  /** What the requirement checks. */
  kind: ProgressionRequirementKind;
  /** For MIN_MODULE_CREDITS: the fewest module credits; null otherwise. */
  minCredits: Maybe<Scalars['Float']['output']>;
  /** For MIN_AVERAGE_SCORE: the lowest average secondary score, 0 to 100; null otherwise. */
  minScore: Maybe<Scalars['Float']['output']>;
  /** For REQUIRED_CERTIFICATE: the standard's code, e.g. X-NED-1; null otherwise. */
  standardCode: Maybe<Scalars['ID']['output']>;
  /** The version of the agreement's requirements this requirement belongs to. */
  version: Scalars['Int']['output'];
};

/** One requirement of a new version. */
export type ProgressionRequirementInput = {
  /** For CORE_COURSES_PASSED: the secondary course codes. */
  courseCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the requirement asks, in words. */
  description: Scalars['String']['input'];
  /** What the requirement checks; decides which one of the fields below it needs. */
  kind: ProgressionRequirementKind;
  /** For MIN_MODULE_CREDITS: the fewest module credits. */
  minCredits?: InputMaybe<Scalars['Float']['input']>;
  /** For MIN_AVERAGE_SCORE: the lowest average, 0 to 100. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** For REQUIRED_CERTIFICATE: the standard's code. */
  standardCode?: InputMaybe<Scalars['ID']['input']>;
};

/** What a progression requirement checks. */
export type ProgressionRequirementKind =
  /** Named secondary core courses passed. */
  | 'CORE_COURSES_PASSED'
  /** A minimum average secondary score. */
  | 'MIN_AVERAGE_SCORE'
  /** A minimum number of certificate training module credits. */
  | 'MIN_MODULE_CREDITS'
  /** A certificate held and valid, or a standard it is recognised as. */
  | 'REQUIRED_CERTIFICATE';

/** Where a learner's progression stands, as `progression` reports it. */
export type ProgressionState =
  /** At the SECONDARY stage: assessed today on current evidence. */
  | 'ASSESSED'
  /** Progressed: the recorded decision is shown, as decided. */
  | 'DECIDED'
  /** Progressed before the hub recorded decisions: there is no record of the basis. */
  | 'PROGRESSED_UNRECORDED'
  /** Withdrew from the pathway: progression is not assessed. */
  | 'WITHDRAWN';

/** What a proposal would change. */
export type ProposalKind =
  /** Teach a new course in the old one's place from a term (a new version, e.g. 4G → 5G). */
  | 'REPLACE'
  /** Stop teaching a course from a term. */
  | 'RETIRE'
  /** Change a course's title, credits or hours from a term (a new version). */
  | 'REVISE';

/** Where a proposal stands. */
export type ProposalStatus =
  /** Decided and adopted. */
  | 'ADOPTED'
  /** Open for votes. */
  | 'OPEN'
  /** Decided and rejected. */
  | 'REJECTED';

/** A proposal to make. */
export type ProposeCourseChangeInput = {
  /** The committee, e.g. cmt-net. */
  committeeId: Scalars['ID']['input'];
  /** A course of the agreement's college programme, e.g. NET-H240. */
  courseCode: Scalars['String']['input'];
  /** The term from whose first day the change applies, e.g. 2025-2026-1; a term not yet begun. */
  effectiveTerm: Scalars['String']['input'];
  /** REVISE, REPLACE or RETIRE. */
  kind: ProposalKind;
  /** REVISE and REPLACE: the new credits, more than 0 and at most 30. */
  newCredits?: InputMaybe<Scalars['Float']['input']>;
  /** REVISE and REPLACE: the new class hours, 1 to 1000. */
  newHours?: InputMaybe<Scalars['Int']['input']>;
  /** REVISE and REPLACE: the new title. */
  newTitle?: InputMaybe<Scalars['String']['input']>;
  /** Why, in words (3 to 1000 characters). */
  rationale: Scalars['String']['input'];
};

/** A credit rule as addCreditRule would take it, proposed by a suggestion. */
export type ProposedCreditRule = {
  __typename?: 'ProposedCreditRule';
  /** The credits it would give: the exempted course's. */
  credits: Scalars['Float']['output'];
  /** The college courses it would exempt. */
  exemptCourseCodes: Array<Scalars['String']['output']>;
  /** Always COURSE_RESULT: the evidence is the secondary course's result. */
  kind: CreditRuleKind;
  /** The lowest score that counts: the pass mark. */
  minScore: Scalars['Float']['output'];
  /** The secondary course whose result is the evidence. */
  secondaryCourseCode: Scalars['String']['output'];
};

/** A teacher's qualification to record. */
export type QualificationInput = {
  /** TEACHING or INDUSTRY. */
  kind: QualificationKind;
  /** ISO date it was obtained, not after today. */
  obtainedOn: Scalars['Date']['input'];
  /** The qualification's title. */
  title: Scalars['String']['input'];
};

/** What sort of qualification a teacher holds. */
export type QualificationKind =
  /** An industry qualification: a vocational certificate or a technical title. */
  | 'INDUSTRY'
  /** A teacher qualification certificate. */
  | 'TEACHING';

/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type Query = {
  __typename?: 'Query';
  /** One articulation agreement by id, or null. */
  articulationAgreement: Maybe<ArticulationAgreement>;
  /** Every articulation agreement. Public catalogue data. */
  articulationAgreements: ArticulationAgreementConnection;
  /** The hub-wide audit trail, newest first. Admins only. */
  auditTrail: AuditEntryConnection;
  /** One college by id, or null when no college has that id. Public catalogue data. */
  college: Maybe<College>;
  /**
   * The changes to the college subgraph's data after version `since`, oldest first (like Ed-Fi
   * change queries): only those the caller may read; anyone else's are left out
   * entirely. Continue with `after: pageInfo.endCursor`, or with `since` set to
   * the last version seen.
   */
  collegeChanges: CollegeChangeConnection;
  /**
   * A bulk import job of this subgraph (pathway registrations, results),
   * started by uploading a CSV file to the gateway's `POST /bulk/college/imports` route.
   * Staff of the job's college and admins; null for any other job id.
   */
  collegeImportJob: Maybe<ImportJob>;
  /** A college's signing identity, or null when there is no such college. Public. */
  collegeIssuer: Maybe<CredentialIssuer>;
  /** A college's teachers, by id: staff of that college and admins only. */
  collegeTeachers: CollegeTeacherConnection;
  /** An organisation's webhook subscriptions to the college subgraph's changes, oldest first: its staff and admins. */
  collegeWebhooks: WebhookSubscriptionConnection;
  /** Every college on the hub, by id. Public catalogue data. */
  colleges: CollegeConnection;
  /** One framework version by its CASE identifier, or null. Public catalogue. */
  competencyFramework: Maybe<CompetencyFramework>;
  /** Every version of an agreement's competency framework, earliest first. Public catalogue. */
  competencyFrameworks: CompetencyFrameworkConnection;
  /** Competency items by CASE identifier, in the order asked; unknown ids are left out. Public catalogue. */
  competencyItems: CompetencyItemConnection;
  /**
   * Competing rules of an agreement, reported rather than silently resolved:
   * every pair that can decide the same course for the same learner at the same
   * priority, whatever their evidence and dates (a learner may hold both kinds of
   * evidence, or re-sit for the same one), and pairs that take the same evidence
   * in overlapping dates and give different credits for a course at different
   * priorities. Every tie a transfer's reason cites is listed here.
   */
  creditRuleConflicts: CreditRuleConflictConnection;
  /** An agreement's credit conversion rules, highest priority first. Public, like an articulation catalogue. */
  creditRules: CreditRuleConnection;
  /** One curriculum committee, or null. Public: its members, proposals, votes and decisions. */
  curriculumCommittee: Maybe<CurriculumCommittee>;
  /** A college's curriculum committees, by id. Public. */
  curriculumCommittees: CurriculumCommitteeConnection;
  /**
   * The open reviews of a college's recorded decisions, oldest first: confirmed
   * transfers whose certificate was later revoked (or whose prerequisite was), or
   * whose rule was retired from a day before the decision. Staff of the college,
   * or an admin. A rule retired by correction opens its reviews at once; a
   * revocation is known to the college when a learner's decision is next read
   * (Student.progressionDecision), because the certificate belongs to the
   * enterprise subgraph.
   */
  openTransferReviews: TransferReviewConnection;
  /**
   * One learner's record, or null when the learner is not on the pathway registry.
   * Staff may read learners on a pathway their institution takes part in; other
   * organisations only with the learner's consent (grantConsent); a learner and
   * their guardian read their own record. Each field is then decided per part.
   */
  student: Maybe<Student>;
  /**
   * Learners on the pathway registry, ordered by id. Lists contain only the
   * learners the caller may read; they never fail because of other rows.
   */
  students: StudentConnection;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryArticulationAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryArticulationAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeImportJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeIssuerArgs = {
  organizationId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeTeachersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collegeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  programCode?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegeWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCollegesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCompetencyFrameworkArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCompetencyFrameworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agreementId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCompetencyItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCreditRuleConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agreementId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCreditRulesArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  agreementId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCurriculumCommitteeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCurriculumCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collegeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryOpenTransferReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collegeId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryStudentArgs = {
  id: Scalars['LearnerId']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StudentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One axis of the radar view: a competency kind. */
export type RadarAxis = {
  __typename?: 'RadarAxis';
  /** Mean level of the framework's items of this kind, rounded to 4 decimals. */
  attained: Scalars['Float']['output'];
  /** Items of this kind in the framework. */
  items: Scalars['Int']['output'];
  /** KNOWLEDGE, SKILL or ATTITUDE. */
  kind: CompetencyKind;
  /** Of the required ones, those met (level ≥ 0.6). */
  metRequiredItems: Scalars['Int']['output'];
  /** Mean over the kind's items of r_i (1 for an essential competency requirement of the target job, 0.5 for an optional one, 0 otherwise), rounded to 4 decimals; null without a target job. */
  required: Maybe<Scalars['Float']['output']>;
  /** Of them, those the target job requires (essential or optional); 0 without a target job. */
  requiredItems: Scalars['Int']['output'];
};

/** One agreement of a recognition path, owned by the enterprise subgraph. */
export type Recognition = {
  __typename?: 'Recognition';
  /** The agreement's id, e.g. rec-icv-huadong. */
  id: Scalars['ID']['output'];
  /** True when each standard is recognised as the other. */
  mutual: Scalars['Boolean']['output'];
};

/** A standard a learner's valid certificate counts as, owned by the enterprise subgraph. */
export type RecognizedCertificate = {
  __typename?: 'RecognizedCertificate';
  /** The award that counts as the standard: the college checks that the standard is not above its level. */
  award: CertificateAward;
  /** ISO date from which the recognition is in force. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the recognition ends, or null when open-ended. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** The agreements followed from the award's standard, in order. */
  path: Array<Recognition>;
  /** The standard the learner counts as holding. */
  standard: CertificateStandard;
};

/** The parts of a learner's record that access and consent are decided for. */
export type RecordPart =
  /** Certificates awarded to the learner. */
  | 'CERTIFICATES'
  /** Who the learner is: name and national ID. */
  | 'IDENTITY'
  /** Enrolments, pathway status and course results. */
  | 'RESULTS';

/** A placement to record. */
export type RecordPlacementInput = {
  /** The employer's organisation id on the hub, when it has one. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** The employer's name. */
  employerName: Scalars['String']['input'];
  /** ISO date it ended, not before it began; omitted while ongoing. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A job position of the enterprise catalogue, e.g. jp-ty-noc. */
  jobPositionId: Scalars['ID']['input'];
  /** INTERNSHIP or EMPLOYMENT. */
  kind: PlacementKind;
  /** How it went; ONGOING needs no endedOn. */
  outcome: PlacementOutcome;
  /** ISO date it began, not after today. */
  startedOn: Scalars['Date']['input'];
  /** Hub-wide learner id, e.g. GT202100001X. */
  studentId: Scalars['ID']['input'];
};

/** A course result to record. The course code decides which institution's course it is. */
export type RecordResultInput = {
  /** College course code, e.g. NET-H201; the caller must be staff of its college. */
  courseCode: Scalars['String']['input'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['input'];
  /** The learner, e.g. GT202200001X, enrolled at the higher stage in the course's programme. */
  studentId: Scalars['ID']['input'];
  /** Academic year then semester, e.g. 2024-2025-1. */
  term: Scalars['String']['input'];
};

/** Which side of the reform date a figure is for. */
export type ReformPeriod =
  /** Learners who began it on or after; the curriculum in force from the reform (or today, when later). */
  | 'AFTER'
  /** Learners who began the higher stage before the reform date; the curriculum in force the day before. */
  | 'BEFORE';

/** A learner to put on an agreement's pathway. */
export type RegisterPathwayInput = {
  /** The agreement, e.g. agr-net; registeredOn must fall within its effective dates. */
  agreementId: Scalars['ID']['input'];
  /**
   * Not needed: the birth date is read from the national ID held by the enrolling
   * school. When given, it must equal that date, or the registration is refused.
   */
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** Cohort (entry) year, e.g. 2025. */
  cohort: Scalars['String']['input'];
  /** ISO date, YYYY-MM-DD. */
  registeredOn: Scalars['Date']['input'];
  /** A learner enrolled by a secondary school on the hub, in the agreement's secondary programme. */
  studentId: Scalars['ID']['input'];
};

/** A webhook subscription to register. */
export type RegisterWebhookInput = {
  /** The entity types to deliver (GraphQL type names); at least one. */
  entityTypes: Array<Scalars['String']['input']>;
  /** The subscribing organisation (sch-…, col-… or org-…). */
  organizationId: Scalars['ID']['input'];
  /** An https:// URL whose host resolves to public addresses. */
  url: Scalars['String']['input'];
};

/** A new subscription, with its signing secret. */
export type RegisteredWebhook = {
  __typename?: 'RegisteredWebhook';
  /** The Standard Webhooks signing secret (whsec_…). Shown only this once: store it to verify deliveries. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
};

/** One progression requirement checked against the learner's current evidence. */
export type RequirementCheck = {
  __typename?: 'RequirementCheck';
  /** What was found, in words. */
  detail: Scalars['String']['output'];
  /** Why the requirement is met or not, in one sentence for a learner and their family. */
  explanation: Scalars['String']['output'];
  /** True when the learner meets it. */
  met: Scalars['Boolean']['output'];
  /** What is missing: course codes not passed, the certificate, credits short. */
  missing: Array<Scalars['String']['output']>;
  /** The requirement checked. */
  requirement: ProgressionRequirement;
};

/** One version of an agreement's progression requirements. */
export type RequirementVersion = {
  __typename?: 'RequirementVersion';
  /** ISO date the version takes effect; it is in force until the next version's date. */
  effectiveFrom: Scalars['Date']['output'];
  /** The requirements of this version. */
  requirements: Array<ProgressionRequirement>;
  /** 1 for the requirements the agreement started with, then 2, 3… */
  version: Scalars['Int']['output'];
};

/** A page of RequirementVersion rows. */
export type RequirementVersionConnection = {
  __typename?: 'RequirementVersionConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<RequirementVersionEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<RequirementVersion>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a RequirementVersionConnection page, with the cursor that points at it. */
export type RequirementVersionEdge = {
  __typename?: 'RequirementVersionEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RequirementVersion;
};

/** A registrar's outcome for an open review. */
export type ResolveTransferReviewInput = {
  /** The review's id (openTransferReviews, or a confirmed transfer's review). */
  id: Scalars['ID']['input'];
  /** KEPT (the transfer stands) or WITHDRAWN (it no longer counts). */
  outcome: ReviewOutcome;
  /** Why, in words a learner and their family can read (3 to 500 characters). */
  reason: Scalars['String']['input'];
};

/** A registrar's verdict on a review. */
export type ReviewOutcome =
  /** The transfer stands, despite the changed basis. */
  | 'KEPT'
  /** The transfer no longer counts; the reason says why. */
  | 'WITHDRAWN';

/** One course in a semester review. */
export type ReviewedCourse = {
  __typename?: 'ReviewedCourse';
  /** Certificate standards whose content it covers. */
  certificates: Array<CertificateStandard>;
  /** How many competency items it teaches. */
  competencies: Scalars['Int']['output'];
  /** The course's code. */
  courseCode: Scalars['String']['output'];
  /** For a college course: hours on items the school already taught; for a school course: hours of its items the college teaches again. */
  duplicatedHours: Scalars['Float']['output'];
  /** Share of its mapped hours on items that the job positions learners were placed in list, 0 to 1; null when it maps no hours. */
  jobRelevance: Maybe<Scalars['Float']['output']>;
  /** Class hours mapped to competency items. */
  mappedHours: Scalars['Float']['output'];
  /** The course's stage. */
  stage: CurriculumStage;
  /** The course's title that term. */
  title: Scalars['String']['output'];
};

/** A page of reviewed courses. */
export type ReviewedCourseConnection = {
  __typename?: 'ReviewedCourseConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ReviewedCourseEdge>;
  /** This page's courses: the secondary stage first, then by code. */
  nodes: Array<ReviewedCourse>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Courses across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ReviewedCourseConnection page, with the cursor that points at it. */
export type ReviewedCourseEdge = {
  __typename?: 'ReviewedCourseEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ReviewedCourse;
};

/** A course taught at the secondary stage, owned by the secondary subgraph. */
export type SecondaryCourse = {
  __typename?: 'SecondaryCourse';
  /** Secondary course code, e.g. NET-S101. */
  code: Scalars['ID']['output'];
};

/** A learner's result in one secondary course in one term, owned by the secondary subgraph. */
export type SecondaryCourseResult = {
  __typename?: 'SecondaryCourseResult';
  /** The course the result is in. */
  course: SecondaryCourse;
  /** True when the score reaches the pass mark of 60. */
  passed: Scalars['Boolean']['output'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
  /** Academic year then semester, e.g. 2024-2025-1. */
  term: Scalars['String']['output'];
};

/** A learner's secondary stage, owned by the secondary subgraph; read here as evidence. */
export type SecondaryEnrollment = {
  __typename?: 'SecondaryEnrollment';
  /** The learner's secondary course results. */
  resultFacts: Array<SecondaryCourseResult>;
};

/** A secondary programme, owned by the secondary subgraph. */
export type SecondaryProgram = {
  __typename?: 'SecondaryProgram';
  /** Hub-wide secondary programme code, e.g. SEC-NET. */
  code: Scalars['ID']['output'];
  /** Internal: the school's mapping of the programme's courses, from the secondary subgraph. */
  curriculumFacts: CurriculumFacts;
  /** Internal: the programme's dual-qualified teachers, per year, from the secondary subgraph. */
  dualQualifiedFacts: Array<DualQualifiedFact>;
};

/** What a committee reviews at the end of a semester. */
export type SemesterReview = {
  __typename?: 'SemesterReview';
  /** Certificate–job alignment of all the agreement's placements. */
  alignment: AlignmentFigure;
  /** Each course of both stages. */
  courses: ReviewedCourseConnection;
  /** The term's first day: the curriculum in force then is reviewed. */
  on: Scalars['Date']['output'];
  /** The agreement's overlap that day. */
  overlap: OverlapReport;
  /** The term reviewed, e.g. 2025-2026-1. */
  term: Scalars['String']['output'];
};


/** What a committee reviews at the end of a semester. */
export type SemesterReviewCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new version of an agreement's progression requirements. */
export type SetProgressionRequirementsInput = {
  /** The agreement, e.g. agr-net; the caller must be staff of its college. */
  agreementId: Scalars['ID']['input'];
  /** ISO date, today or later, and after the latest version's date. */
  effectiveFrom: Scalars['Date']['input'];
  /** The whole new set (an empty set lets every learner progress). */
  requirements: Array<ProgressionRequirementInput>;
};

/** How the stages share one certificate standard's content. */
export type StageSplit = {
  __typename?: 'StageSplit';
  /** Share both stages cover: content taught twice. */
  bothShare: Maybe<Scalars['Float']['output']>;
  /** Share no course covers. */
  gapShare: Maybe<Scalars['Float']['output']>;
  /** The content units no course covers. */
  gaps: Array<ContentUnitSummary>;
  /** Share the higher stage's courses cover, 0 to 1. */
  higherShare: Maybe<Scalars['Float']['output']>;
  /** Share of its content the secondary stage's courses cover, 0 to 1. */
  secondaryShare: Maybe<Scalars['Float']['output']>;
  /** The certificate standard. */
  standard: CertificateStandard;
  /** The weight of all its content units. */
  totalWeight: Scalars['Float']['output'];
};

/** A page of stage splits. */
export type StageSplitConnection = {
  __typename?: 'StageSplitConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<StageSplitEdge>;
  /** This page's standards, by code. */
  nodes: Array<StageSplit>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Standards across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a StageSplitConnection page, with the cursor that points at it. */
export type StageSplitEdge = {
  __typename?: 'StageSplitEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: StageSplit;
};

/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type Student = {
  __typename?: 'Student';
  /**
   * Who read this learner's record, newest first: every read and refused attempt
   * across the hub. Only the learner, their guardian and admins may read it.
   */
  accessLog: Maybe<AccessLogEntryConnection>;
  /** The learner's consent grants in force now. Internal: other subgraphs authorise with it. */
  activeGrants: Array<ActiveGrant>;
  /**
   * The target job's required competencies and certificates the learner still
   * lacks, with the courses that would cover them; null without a target. Part
   * RESULTS; the evidence is read with the caller's own access to CERTIFICATES and RESULTS.
   */
  careerGap: Maybe<CareerGap>;
  /** The job position the learner aims at, or null. Part RESULTS. */
  careerTarget: Maybe<CareerTarget>;
  /** Internal: the learner's target job position, for careerGap. */
  careerTargetJob: Maybe<JobPosition>;
  /** Evidence owned by the enterprise subgraph. */
  certificateFacts: Maybe<Array<CertificateAward>>;
  /**
   * The learner's competency profile as of a day D (the argument `on`, today
   * when omitted), or null when the learner's agreement has no framework in
   * force on D. Part RESULTS, like careerGap: the evidence is read with the caller's own access to CERTIFICATES and RESULTS.
   * Method: (1) the rows are the items of the agreement's framework version in
   * force on D (effectiveFrom ≤ D ≤ effectiveTo, or open-ended), in list order.
   * (2) Evidence dated after D is ignored. Course result (secondary and college):
   * per course, the best result (highest score; tie → earliest), dated the last
   * day of its term; for each competency mapping of the course in force that day,
   * for item i: v = min(1, targetLevel / level_i) × score / 100 when passed
   * (score ≥ 60), else 0, and w = the mapping's hours. Module assessment: per
   * module, the best assessment (highest score; tie → earliest), dated its day;
   * for each competency row of the module, the same v, and w = its hours.
   * Certificate: each award issued on or before D and not revoked on or before
   * D, dated its issue; for each content unit of its standard and each item the
   * unit assesses: v = score / 100 (1 without a score), w = the unit's weight
   * divided by the number of items the unit assesses. Evidence for items not in
   * the framework version is ignored. (3) level_i = Σ v·w / Σ w, 0 without
   * evidence, computed at full precision and rounded to 4 decimals at the end.
   * (4) An item is met when its level is at least 0.6.
   */
  competencyProfile: Maybe<CompetencyProfile>;
  /**
   * The competency profile as of D (see competencyProfile) grouped into one axis
   * per competency kind present in the framework (KNOWLEDGE, SKILL, ATTITUDE):
   * attained = mean level of the kind's items; required = mean over them of r_i
   * (1 for an essential competency requirement of the target job, 0.5 for an
   * optional one, 0 otherwise), null without a target job. Null when the profile
   * is. Part RESULTS, like careerGap: the evidence is read with the caller's own access to CERTIFICATES and RESULTS.
   */
  competencyRadar: Maybe<CompetencyRadar>;
  /**
   * Every consent grant the learner (or their guardian) has made, newest first,
   * including revoked and expired ones. Only the learner, their guardian and
   * admins may read it.
   */
  consents: Maybe<ConsentGrantConnection>;
  /** What-if: the credit the learner would get under another agreement's rules. */
  creditTransferPreview: Maybe<CreditTransferSummary>;
  /**
   * Credit transfers under the learner's own agreement. Part RESULTS; the evidence
   * is read with the caller's own access to CERTIFICATES and RESULTS.
   */
  creditTransfers: Maybe<CreditTransferSummary>;
  /** The learner's higher stage, or null before progression. */
  higherStage: Maybe<HigherEnrollment>;
  /** Hub-wide learner id: GT, cohort year, serial and a check character. */
  id: Scalars['ID']['output'];
  /** Evidence owned by the secondary subgraph: credits from passed module assessments. */
  moduleCredits: Maybe<Scalars['Float']['output']>;
  /** Internal: the module catalogue and the learner's module enrolments and assessments, from the secondary subgraph. */
  moduleFacts: Maybe<ModuleFacts>;
  /**
   * The modules the learner could take next, as of today, that close the largest
   * gaps to their target job; null when the profile is. Part RESULTS, like
   * careerGap: the evidence is read with the caller's own access to
   * CERTIFICATES and RESULTS. Method: r_i = 1 for an
   * essential competency requirement of the target job, 0.5 for an optional one,
   * 0 otherwise (without a target job r_i = 1 for every framework item); gap_i =
   * max(0, r_i − level_i) with the competencyProfile levels. Never recommended: a
   * module passed (any assessment ≥ 60), a module enrolled in and not yet
   * assessed, a module with a prerequisite not passed. A module's gapClosed =
   * Σ gap_i over the distinct framework items it teaches (rounded to 4
   * decimals). It unlocks the modules u with gapClosed > 0, not passed and not in
   * progress, that name it as a prerequisite and whose every other prerequisite
   * is passed; gapUnlocked = Σ gapClosed(u) over them. Modules with gapClosed +
   * gapUnlocked = 0 are left out. Order: gapClosed + gapUnlocked descending,
   * then the number of missing essential requirements (level < 0.6) it or the
   * modules it unlocks teach descending, then credits ascending, then module
   * code ascending; at most 20.
   */
  moduleRecommendations: Maybe<ModuleRecommendationConnection>;
  /** The learner's pathway, or null when they are not on the registry. */
  pathway: Maybe<Pathway>;
  /** Internal: the learner's agreement, for careerGap. */
  pathwayAgreement: Maybe<ArticulationAgreement>;
  /** Organisations entitled by the pathway (its school and college). Internal: other subgraphs authorise with it. */
  pathwayOrganizationIds: Array<Scalars['ID']['output']>;
  /** The learner's placements, earliest first. Part RESULTS. */
  placements: Maybe<PlacementConnection>;
  /**
   * Whether the learner may progress to the higher stage, and what is missing:
   * assessed today only for a learner at the SECONDARY stage (state ASSESSED).
   * For a learner past it, the recorded decision (DECIDED), or state
   * PROGRESSED_UNRECORDED / WITHDRAWN, never a new verdict.
   */
  progression: Maybe<ProgressionAssessment>;
  /**
   * The recorded progression decision, or null when none was recorded (not yet
   * progressed, or progressed before decisions were recorded). Part RESULTS.
   * Reading it compares the confirmed transfers with the learner's current
   * certificates and the rules, and opens a review for each whose basis changed
   * (with the caller's access to CERTIFICATES; without it, only reviews already
   * open are shown).
   */
  progressionDecision: Maybe<ProgressionDecision>;
  /** Evidence owned by the enterprise subgraph: standards the learner's valid certificates count as. */
  recognizedCertificateFacts: Maybe<Array<RecognizedCertificate>>;
  /** Evidence owned by the secondary subgraph. */
  secondaryStage: Maybe<SecondaryEnrollment>;
  /** Evidence owned by the secondary subgraph: the school's signed credential of the learner's secondary stage. */
  secondaryStageCredential: Maybe<Scalars['JSON']['output']>;
  /** The learner's certificate training subsidy, or null. Part RESULTS. */
  trainingSubsidy: Maybe<TrainingSubsidy>;
  /**
   * The learner's five-year record as a CLR 2.0 ClrCredential, signed by the
   * college of the learner's pathway (eddsa-rdfc-2022). It holds, each as signed
   * by the institution that owns it: the secondary stage (signed by the school),
   * the progression decision with the credit transfers it confirmed and the
   * higher stage (signed by the college), and each standing certificate (signed
   * by its issuer, with its status list entry). The recognitions that applied
   * are stated beside them. The learner is named only by a salted hash of their
   * hub id. Needs parts RESULTS and CERTIFICATES of the record: the learner,
   * their guardian, the pathway's school and college, an administrator, or an
   * organisation holding the learner's consent for both. Null when the learner
   * is not on the registry.
   */
  transcriptCredential: Maybe<Scalars['JSON']['output']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentCompetencyProfileArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentCompetencyRadarArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentCreditTransferPreviewArgs = {
  agreementId: Scalars['ID']['input'];
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentModuleRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of learners. */
export type StudentConnection = {
  __typename?: 'StudentConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<StudentEdge>;
  /** This page's learners, ordered by id. */
  nodes: Array<Student>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Learners matching the filter that the caller may read, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a StudentConnection page, with the cursor that points at it. */
export type StudentEdge = {
  __typename?: 'StudentEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Student;
};

/** Filters for `students`; all given filters must hold. */
export type StudentFilter = {
  /** Only learners on this agreement's pathway, e.g. agr-net. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Cohort (entry) year, e.g. 2022. */
  cohort?: InputMaybe<Scalars['String']['input']>;
  /** Only learners at this stage. */
  stage?: InputMaybe<PathwayStage>;
};

/** A teacher to add. */
export type TeacherInput = {
  /** ISO date they joined. */
  activeFrom: Scalars['Date']['input'];
  /** The teacher's id: 2 to 32 lower-case letters, digits and hyphens, e.g. tch-metro-14. */
  id: Scalars['ID']['input'];
  /** The teacher's name. */
  name: Scalars['String']['input'];
  /** A programme of the caller's institution, e.g. COL-NET. */
  programCode: Scalars['ID']['input'];
  /** Their qualifications. */
  qualifications: Array<QualificationInput>;
};

/** Enterprise practice to record. */
export type TeacherPracticeInput = {
  /** Where. */
  enterprise: Scalars['String']['input'];
  /** Hours, more than 0 and at most 2000. */
  hours: Scalars['Float']['input'];
  /** The teacher's id. */
  teacherId: Scalars['ID']['input'];
  /** Calendar year, not after this year. */
  year: Scalars['Int']['input'];
};

/** A teacher's qualification. */
export type TeacherQualification = {
  __typename?: 'TeacherQualification';
  /** TEACHING or INDUSTRY. */
  kind: QualificationKind;
  /** ISO date it was obtained. */
  obtainedOn: Scalars['Date']['output'];
  /** The qualification's title. */
  title: Scalars['String']['output'];
};

/** A mapping row a decided change touches. */
export type TouchedMapping = {
  __typename?: 'TouchedMapping';
  /** ISO date the row took effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** The row's class hours. */
  hours: Scalars['Float']['output'];
  /** The competency item's id (COMPETENCY), or null. */
  itemId: Maybe<Scalars['ID']['output']>;
  /** COMPETENCY or CERTIFICATE_CONTENT. */
  kind: Scalars['String']['output'];
  /** The standard and unit (CERTIFICATE_CONTENT), or null. */
  standardCode: Maybe<Scalars['ID']['output']>;
  /** The content unit's code, or null. */
  unitCode: Maybe<Scalars['String']['output']>;
};

/** A certificate training subsidy a learner received (seed 000 §3.3). Part RESULTS. */
export type TrainingSubsidy = {
  __typename?: 'TrainingSubsidy';
  /** ISO date it was granted. */
  grantedOn: Scalars['Date']['output'];
  /** The institution that recorded it. */
  recordedByOrganizationId: Scalars['ID']['output'];
  /** The scheme, e.g. certificate training subsidy. */
  scheme: Scalars['String']['output'];
};

/** A review of one confirmed transfer whose basis changed after the decision. */
export type TransferReview = {
  __typename?: 'TransferReview';
  /** The college whose staff resolve the review, e.g. col-metro. */
  collegeId: Scalars['ID']['output'];
  /** The college course the transfer exempted, e.g. NET-H201. */
  exemptedCourseCode: Scalars['String']['output'];
  /** The review's id; pass it to resolveTransferReview. */
  id: Scalars['ID']['output'];
  /** ISO date the review was opened. */
  openedOn: Scalars['Date']['output'];
  /** The registrar's outcome, or null while open. */
  outcome: Maybe<ReviewOutcome>;
  /** Why, as the registrar recorded it. */
  outcomeReason: Maybe<Scalars['String']['output']>;
  /** Why the transfer needs review, in words. */
  reason: Scalars['String']['output'];
  /** ISO 8601 instant of the resolution. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it: the signed-in subject. */
  resolvedBy: Maybe<Scalars['String']['output']>;
  /** The confirmed transfer's rule. */
  ruleId: Scalars['ID']['output'];
  /** The learner whose decision it concerns. */
  studentId: Scalars['ID']['output'];
};

/** A page of TransferReview rows. */
export type TransferReviewConnection = {
  __typename?: 'TransferReviewConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<TransferReviewEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<TransferReview>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a TransferReviewConnection page, with the cursor that points at it. */
export type TransferReviewEdge = {
  __typename?: 'TransferReviewEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: TransferReview;
};

/** A member's vote. */
export type VoteChoice =
  /** Abstains: recorded, but not a vote for the quorum or the majority. */
  | 'ABSTAIN'
  /** Against it. */
  | 'AGAINST'
  /** For the proposal. */
  | 'FOR';

/** Whether a webhook subscription is being delivered. */
export type WebhookStatus =
  /** Changes are delivered. */
  | 'ACTIVE'
  /** A delivery failed every attempt; nothing is delivered until the subscription is resumed. */
  | 'FAILING';

/** An organisation's webhook subscription to one subgraph's changes. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** When the subscription was registered (ISO 8601 instant). */
  createdAt: Scalars['DateTime']['output'];
  /** The entity types delivered. */
  entityTypes: Array<Scalars['String']['output']>;
  /** The subscription's id (wh_…). */
  id: Scalars['ID']['output'];
  /** Why deliveries stopped, when FAILING. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The subscribing organisation; deliveries follow its read rules. */
  organizationId: Scalars['ID']['output'];
  /** ACTIVE, or FAILING after a delivery used up its attempts. */
  status: WebhookStatus;
  /** The endpoint deliveries are POSTed to. */
  url: Scalars['String']['output'];
};

/** A page of webhook subscriptions. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** This page's items, each with its cursor. */
  edges: Array<WebhookSubscriptionEdge>;
  /** The subscriptions. */
  nodes: Array<WebhookSubscription>;
  /** Paging: pass `endCursor` as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many subscriptions there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a `WebhookSubscriptionConnection`, with the cursor that points at it. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookSubscription;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ArticulationAgreement: ArticulationAgreement;
  College: College;
  CollegeProgram: CollegeProgram;
  CompetencyItem: CompetencyItem;
  Student: Student;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ArticulationAgreement:
    ( { __typename: 'ArticulationAgreement' }
    & GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"dualQualifiedFacts":{"year":true,"teachers":true,"qualified":true}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"dualQualifiedFacts":{"year":true,"teachers":true,"qualified":true}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}},"cohortLearners":{"certificateFacts":{"holderId":true,"status":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true}}},"placementJobs":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}> ) );
  College:
    ( { __typename: 'College' }
    & GraphQLRecursivePick<FederationTypes['College'], {"id":true}> );
  CollegeProgram:
    ( { __typename: 'CollegeProgram' }
    & GraphQLRecursivePick<FederationTypes['CollegeProgram'], {"code":true}> );
  CompetencyItem:
    ( { __typename: 'CompetencyItem' }
    & GraphQLRecursivePick<FederationTypes['CompetencyItem'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"status":true,"standard":{"code":true,"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"courses":{"code":true,"title":true,"credits":true},"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true},"content":{"courseCode":true,"standardCode":true,"unitCode":true,"hours":true,"effectiveFrom":true,"effectiveTo":true},"standards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}}},"collegeMappedStandards":{"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"standard":{"code":true,"issuer":{"id":true},"contentUnitFacts":{"standardCode":true,"code":true,"title":true,"weight":true,"itemIds":true}}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"moduleFacts":{"modules":{"code":true,"standardCode":true,"title":true,"credits":true,"hours":true,"sequence":true,"providerId":true,"prerequisiteCodes":true,"competencies":{"itemId":true,"hours":true,"targetLevel":true}},"enrolments":{"moduleCode":true,"enrolledOn":true,"startsOn":true},"assessments":{"moduleCode":true,"score":true,"assessedOn":true}},"careerTargetJob":{"title":true,"requirementFacts":{"positionId":true,"kind":true,"essential":true,"itemId":true,"standardCode":true}},"pathwayAgreement":{"secondaryProgram":{"curriculumFacts":{"competencies":{"courseCode":true,"itemId":true,"hours":true,"targetLevel":true,"effectiveFrom":true,"effectiveTo":true}}}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"resultFacts":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStageCredential":true,"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"secondaryStageCredential":true,"certificateFacts":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"recognizedCertificateFacts":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}> ) );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CollegeChangeNode:
    | ( CollegeRow )
    | ( CourseRow )
    | ( CourseResultRow )
    | ( ProgramRow )
    | ( TeacherRow )
    | ( CreditRuleRow )
    | ( HigherEnrollmentRow )
    | ( PathwayRow )
    | ( PlacementRow )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessLogEntryConnection: ResolverTypeWrapper<Omit<AccessLogEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccessLogEntryEdge']>, nodes: Array<ResolversTypes['AccessLogEntry']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEntryEdge: ResolverTypeWrapper<Omit<AccessLogEntryEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  AccessOutcome: AccessOutcome;
  ActiveGrant: ResolverTypeWrapper<ActiveGrant>;
  AddCommitteeMemberInput: AddCommitteeMemberInput;
  AddCreditRuleInput: AddCreditRuleInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AlignmentFigure: ResolverTypeWrapper<Alignment>;
  ArticulationAgreement: ResolverTypeWrapper<AgreementParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ArticulationAgreementConnection: ResolverTypeWrapper<Omit<ArticulationAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ArticulationAgreementEdge']>, nodes: Array<ResolversTypes['ArticulationAgreement']> }>;
  ArticulationAgreementEdge: ResolverTypeWrapper<Omit<ArticulationAgreementEdge, 'node'> & { node: ResolversTypes['ArticulationAgreement'] }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  CareerGap: ResolverTypeWrapper<CareerGapView>;
  CareerTarget: ResolverTypeWrapper<CareerTargetRow>;
  CastCommitteeVoteInput: CastCommitteeVoteInput;
  CertificateAward: ResolverTypeWrapper<Omit<CertificateAward, 'standard'> & { standard: ResolversTypes['CertificateStandard'] }>;
  CertificateLevel: CertificateLevel;
  CertificateModule: ResolverTypeWrapper<CertificateModule>;
  CertificateStandard: ResolverTypeWrapper<StandardRef>;
  CertificateStatus: CertificateStatus;
  CertificationOrganization: ResolverTypeWrapper<CertificationOrganization>;
  ChangeKind: ChangeKind;
  CohortOutcome: ResolverTypeWrapper<OutcomeView>;
  CohortOutcomes: ResolverTypeWrapper<OutcomesView>;
  College: ResolverTypeWrapper<CollegeRow>;
  CollegeChange: ResolverTypeWrapper<ChangeRow>;
  CollegeChangeConnection: ResolverTypeWrapper<ChangePage>;
  CollegeChangeEdge: ResolverTypeWrapper<Omit<CollegeChangeEdge, 'node'> & { node: ResolversTypes['CollegeChange'] }>;
  CollegeChangeNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CollegeChangeNode']>;
  CollegeConnection: ResolverTypeWrapper<Omit<CollegeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollegeEdge']>, nodes: Array<ResolversTypes['College']> }>;
  CollegeCourse: ResolverTypeWrapper<CourseRow>;
  CollegeCourseConnection: ResolverTypeWrapper<Omit<CollegeCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollegeCourseEdge']>, nodes: Array<ResolversTypes['CollegeCourse']> }>;
  CollegeCourseEdge: ResolverTypeWrapper<Omit<CollegeCourseEdge, 'node'> & { node: ResolversTypes['CollegeCourse'] }>;
  CollegeCourseResult: ResolverTypeWrapper<CourseResultRow>;
  CollegeCourseResultConnection: ResolverTypeWrapper<Omit<CollegeCourseResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollegeCourseResultEdge']>, nodes: Array<ResolversTypes['CollegeCourseResult']> }>;
  CollegeCourseResultEdge: ResolverTypeWrapper<Omit<CollegeCourseResultEdge, 'node'> & { node: ResolversTypes['CollegeCourseResult'] }>;
  CollegeEdge: ResolverTypeWrapper<Omit<CollegeEdge, 'node'> & { node: ResolversTypes['College'] }>;
  CollegeProgram: ResolverTypeWrapper<ProgramRow>;
  CollegeProgramConnection: ResolverTypeWrapper<Omit<CollegeProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollegeProgramEdge']>, nodes: Array<ResolversTypes['CollegeProgram']> }>;
  CollegeProgramEdge: ResolverTypeWrapper<Omit<CollegeProgramEdge, 'node'> & { node: ResolversTypes['CollegeProgram'] }>;
  CollegeTeacher: ResolverTypeWrapper<TeacherRow>;
  CollegeTeacherConnection: ResolverTypeWrapper<Omit<CollegeTeacherConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollegeTeacherEdge']>, nodes: Array<ResolversTypes['CollegeTeacher']> }>;
  CollegeTeacherEdge: ResolverTypeWrapper<Omit<CollegeTeacherEdge, 'node'> & { node: ResolversTypes['CollegeTeacher'] }>;
  CommitteeDecision: ResolverTypeWrapper<DecisionRow>;
  CommitteeMember: ResolverTypeWrapper<MemberRow>;
  CommitteeMemberConnection: ResolverTypeWrapper<Omit<CommitteeMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommitteeMemberEdge']>, nodes: Array<ResolversTypes['CommitteeMember']> }>;
  CommitteeMemberEdge: ResolverTypeWrapper<Omit<CommitteeMemberEdge, 'node'> & { node: ResolversTypes['CommitteeMember'] }>;
  CommitteeMemberKind: CommitteeMemberKind;
  CommitteeProposal: ResolverTypeWrapper<ProposalRow>;
  CommitteeProposalConnection: ResolverTypeWrapper<Omit<CommitteeProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommitteeProposalEdge']>, nodes: Array<ResolversTypes['CommitteeProposal']> }>;
  CommitteeProposalEdge: ResolverTypeWrapper<Omit<CommitteeProposalEdge, 'node'> & { node: ResolversTypes['CommitteeProposal'] }>;
  CommitteeTally: ResolverTypeWrapper<Tally>;
  CommitteeVote: ResolverTypeWrapper<VoteRow>;
  CommitteeVoteConnection: ResolverTypeWrapper<Omit<CommitteeVoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommitteeVoteEdge']>, nodes: Array<ResolversTypes['CommitteeVote']> }>;
  CommitteeVoteEdge: ResolverTypeWrapper<Omit<CommitteeVoteEdge, 'node'> & { node: ResolversTypes['CommitteeVote'] }>;
  CompetencyAssociation: ResolverTypeWrapper<AssociationRow>;
  CompetencyAssociationConnection: ResolverTypeWrapper<Omit<CompetencyAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetencyAssociationEdge']>, nodes: Array<ResolversTypes['CompetencyAssociation']> }>;
  CompetencyAssociationEdge: ResolverTypeWrapper<Omit<CompetencyAssociationEdge, 'node'> & { node: ResolversTypes['CompetencyAssociation'] }>;
  CompetencyAssociationType: CompetencyAssociationType;
  CompetencyAttainment: ResolverTypeWrapper<AttainmentView>;
  CompetencyAttainmentConnection: ResolverTypeWrapper<Omit<CompetencyAttainmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetencyAttainmentEdge']>, nodes: Array<ResolversTypes['CompetencyAttainment']> }>;
  CompetencyAttainmentEdge: ResolverTypeWrapper<Omit<CompetencyAttainmentEdge, 'node'> & { node: ResolversTypes['CompetencyAttainment'] }>;
  CompetencyEvidence: ResolverTypeWrapper<Evidence>;
  CompetencyFramework: ResolverTypeWrapper<FrameworkRow>;
  CompetencyFrameworkConnection: ResolverTypeWrapper<Omit<CompetencyFrameworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetencyFrameworkEdge']>, nodes: Array<ResolversTypes['CompetencyFramework']> }>;
  CompetencyFrameworkEdge: ResolverTypeWrapper<Omit<CompetencyFrameworkEdge, 'node'> & { node: ResolversTypes['CompetencyFramework'] }>;
  CompetencyItem: ResolverTypeWrapper<ItemRow>;
  CompetencyItemConnection: ResolverTypeWrapper<Omit<CompetencyItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CompetencyItemEdge']>, nodes: Array<ResolversTypes['CompetencyItem']> }>;
  CompetencyItemEdge: ResolverTypeWrapper<Omit<CompetencyItemEdge, 'node'> & { node: ResolversTypes['CompetencyItem'] }>;
  CompetencyKind: CompetencyKind;
  CompetencyMappingFact: ResolverTypeWrapper<CompetencyMappingFact>;
  CompetencyMappingInput: CompetencyMappingInput;
  CompetencyNode: ResolverTypeWrapper<NodeLink>;
  CompetencyProfile: ResolverTypeWrapper<ProfileView>;
  CompetencyRadar: ResolverTypeWrapper<RadarView>;
  ConfirmedTransfer: ResolverTypeWrapper<ConfirmedTransferView>;
  ConfirmedTransferStatus: ConfirmedTransferStatus;
  ConsentGrant: ResolverTypeWrapper<ConsentGrantRow>;
  ConsentGrantConnection: ResolverTypeWrapper<Omit<ConsentGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsentGrantEdge']>, nodes: Array<ResolversTypes['ConsentGrant']> }>;
  ConsentGrantEdge: ResolverTypeWrapper<Omit<ConsentGrantEdge, 'node'> & { node: ResolversTypes['ConsentGrant'] }>;
  ConsentGrantor: ConsentGrantor;
  ContentCoverageFact: ResolverTypeWrapper<ContentCoverageFact>;
  ContentCoverageInput: ContentCoverageInput;
  ContentUnitFact: ResolverTypeWrapper<ContentUnitFact>;
  ContentUnitSummary: ResolverTypeWrapper<ContentUnit>;
  CourseCompetencyMapping: ResolverTypeWrapper<CourseCompetencyRow>;
  CourseCompetencyMappingConnection: ResolverTypeWrapper<Omit<CourseCompetencyMappingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseCompetencyMappingEdge']>, nodes: Array<ResolversTypes['CourseCompetencyMapping']> }>;
  CourseCompetencyMappingEdge: ResolverTypeWrapper<Omit<CourseCompetencyMappingEdge, 'node'> & { node: ResolversTypes['CourseCompetencyMapping'] }>;
  CourseContentCoverage: ResolverTypeWrapper<CourseContentRow>;
  CourseContentCoverageConnection: ResolverTypeWrapper<Omit<CourseContentCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseContentCoverageEdge']>, nodes: Array<ResolversTypes['CourseContentCoverage']> }>;
  CourseContentCoverageEdge: ResolverTypeWrapper<Omit<CourseContentCoverageEdge, 'node'> & { node: ResolversTypes['CourseContentCoverage'] }>;
  CourseVersion: ResolverTypeWrapper<CourseVersionRow>;
  CourseVersionConnection: ResolverTypeWrapper<Omit<CourseVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseVersionEdge']>, nodes: Array<ResolversTypes['CourseVersion']> }>;
  CourseVersionEdge: ResolverTypeWrapper<Omit<CourseVersionEdge, 'node'> & { node: ResolversTypes['CourseVersion'] }>;
  CoveringCourse: ResolverTypeWrapper<CoveringCourseRow>;
  CreateCommitteeInput: CreateCommitteeInput;
  CredentialIssuer: ResolverTypeWrapper<IssuerView>;
  CreditEvidence: ResolverTypeWrapper<CreditEvidence>;
  CreditRule: ResolverTypeWrapper<CreditRuleRow>;
  CreditRuleConflict: ResolverTypeWrapper<RuleConflict>;
  CreditRuleConflictConnection: ResolverTypeWrapper<Omit<CreditRuleConflictConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CreditRuleConflictEdge']>, nodes: Array<ResolversTypes['CreditRuleConflict']> }>;
  CreditRuleConflictEdge: ResolverTypeWrapper<Omit<CreditRuleConflictEdge, 'node'> & { node: ResolversTypes['CreditRuleConflict'] }>;
  CreditRuleConnection: ResolverTypeWrapper<Omit<CreditRuleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CreditRuleEdge']>, nodes: Array<ResolversTypes['CreditRule']> }>;
  CreditRuleEdge: ResolverTypeWrapper<Omit<CreditRuleEdge, 'node'> & { node: ResolversTypes['CreditRule'] }>;
  CreditRuleKind: CreditRuleKind;
  CreditTransfer: ResolverTypeWrapper<Transfer>;
  CreditTransferStatus: CreditTransferStatus;
  CreditTransferSummary: ResolverTypeWrapper<TransferSummary>;
  CurriculumCommittee: ResolverTypeWrapper<CommitteeRow>;
  CurriculumCommitteeConnection: ResolverTypeWrapper<Omit<CurriculumCommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CurriculumCommitteeEdge']>, nodes: Array<ResolversTypes['CurriculumCommittee']> }>;
  CurriculumCommitteeEdge: ResolverTypeWrapper<Omit<CurriculumCommitteeEdge, 'node'> & { node: ResolversTypes['CurriculumCommittee'] }>;
  CurriculumCourseFact: ResolverTypeWrapper<CurriculumCourseFact>;
  CurriculumFacts: ResolverTypeWrapper<Omit<CurriculumFacts, 'standards'> & { standards: Array<ResolversTypes['CertificateStandard']> }>;
  CurriculumStage: CurriculumStage;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionCheck: ResolverTypeWrapper<RecordedCheck>;
  DualQualifiedFact: ResolverTypeWrapper<DualQualifiedFact>;
  DualQualifiedFigure: ResolverTypeWrapper<DualQualifiedYear>;
  DuplicatedContent: ResolverTypeWrapper<Duplicate>;
  DuplicatedContentConnection: ResolverTypeWrapper<Omit<DuplicatedContentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DuplicatedContentEdge']>, nodes: Array<ResolversTypes['DuplicatedContent']> }>;
  DuplicatedContentEdge: ResolverTypeWrapper<Omit<DuplicatedContentEdge, 'node'> & { node: ResolversTypes['DuplicatedContent'] }>;
  EnterprisePractice: ResolverTypeWrapper<TeacherPracticeRow>;
  EvidenceKind: EvidenceKind;
  FlagTrainingSubsidyInput: FlagTrainingSubsidyInput;
  GrantConsentInput: GrantConsentInput;
  HigherEnrollment: ResolverTypeWrapper<HigherEnrollmentRow>;
  ImportJob: ResolverTypeWrapper<ImportJobRow>;
  ImportJobStatus: ImportJobStatus;
  ImportRowError: ResolverTypeWrapper<ImportRowErrorRow>;
  ImportRowErrorConnection: ResolverTypeWrapper<Omit<ImportRowErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ImportRowErrorEdge']>, nodes: Array<ResolversTypes['ImportRowError']> }>;
  ImportRowErrorEdge: ResolverTypeWrapper<Omit<ImportRowErrorEdge, 'node'> & { node: ResolversTypes['ImportRowError'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobPosition: ResolverTypeWrapper<JobRef>;
  JobRequirementFact: ResolverTypeWrapper<JobRequirementFact>;
  LearnerId: ResolverTypeWrapper<Scalars['LearnerId']['output']>;
  MapCourseInput: MapCourseInput;
  MappingTableConnection: ResolverTypeWrapper<Omit<MappingTableConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MappingTableEdge']>, nodes: Array<ResolversTypes['MappingTableRow']> }>;
  MappingTableEdge: ResolverTypeWrapper<Omit<MappingTableEdge, 'node'> & { node: ResolversTypes['MappingTableRow'] }>;
  MappingTableRow: ResolverTypeWrapper<MappingRow>;
  MissingCertificate: ResolverTypeWrapper<MissingCertificateRow>;
  MissingCompetency: ResolverTypeWrapper<MissingCompetencyRow>;
  ModuleAssessmentFact: ResolverTypeWrapper<ModuleAssessmentFact>;
  ModuleCompetencyFact: ResolverTypeWrapper<ModuleCompetencyFact>;
  ModuleEnrolmentFact: ResolverTypeWrapper<ModuleEnrolmentFact>;
  ModuleFact: ResolverTypeWrapper<ModuleFact>;
  ModuleFacts: ResolverTypeWrapper<ModuleFacts>;
  ModuleRecommendation: ResolverTypeWrapper<RecommendationView>;
  ModuleRecommendationConnection: ResolverTypeWrapper<Omit<ModuleRecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModuleRecommendationEdge']>, nodes: Array<ResolversTypes['ModuleRecommendation']> }>;
  ModuleRecommendationEdge: ResolverTypeWrapper<Omit<ModuleRecommendationEdge, 'node'> & { node: ResolversTypes['ModuleRecommendation'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OverlapAction: OverlapAction;
  OverlapReport: ResolverTypeWrapper<OverlapView>;
  OverlapSuggestion: ResolverTypeWrapper<SuggestionView>;
  OverlapSuggestionConnection: ResolverTypeWrapper<Omit<OverlapSuggestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OverlapSuggestionEdge']>, nodes: Array<ResolversTypes['OverlapSuggestion']> }>;
  OverlapSuggestionEdge: ResolverTypeWrapper<Omit<OverlapSuggestionEdge, 'node'> & { node: ResolversTypes['OverlapSuggestion'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pathway: ResolverTypeWrapper<PathwayRow>;
  PathwayStage: PathwayStage;
  Placement: ResolverTypeWrapper<PlacementRow>;
  PlacementConnection: ResolverTypeWrapper<Omit<PlacementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlacementEdge']>, nodes: Array<ResolversTypes['Placement']> }>;
  PlacementEdge: ResolverTypeWrapper<Omit<PlacementEdge, 'node'> & { node: ResolversTypes['Placement'] }>;
  PlacementKind: PlacementKind;
  PlacementOutcome: PlacementOutcome;
  ProgressionAssessment: ResolverTypeWrapper<ProgressionView>;
  ProgressionDecision: ResolverTypeWrapper<DecisionView>;
  ProgressionRequirement: ResolverTypeWrapper<ProgressionRequirementRow>;
  ProgressionRequirementInput: ProgressionRequirementInput;
  ProgressionRequirementKind: ProgressionRequirementKind;
  ProgressionState: ProgressionState;
  ProposalKind: ProposalKind;
  ProposalStatus: ProposalStatus;
  ProposeCourseChangeInput: ProposeCourseChangeInput;
  ProposedCreditRule: ResolverTypeWrapper<ProposedRule>;
  QualificationInput: QualificationInput;
  QualificationKind: QualificationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RadarAxis: ResolverTypeWrapper<RadarAxisView>;
  Recognition: ResolverTypeWrapper<Recognition>;
  RecognizedCertificate: ResolverTypeWrapper<Omit<RecognizedCertificate, 'award' | 'standard'> & { award: ResolversTypes['CertificateAward'], standard: ResolversTypes['CertificateStandard'] }>;
  RecordPart: RecordPart;
  RecordPlacementInput: RecordPlacementInput;
  RecordResultInput: RecordResultInput;
  ReformPeriod: ReformPeriod;
  RegisterPathwayInput: RegisterPathwayInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: ResolverTypeWrapper<Registered>;
  RequirementCheck: ResolverTypeWrapper<RequirementCheckResult>;
  RequirementVersion: ResolverTypeWrapper<RequirementVersionView>;
  RequirementVersionConnection: ResolverTypeWrapper<Omit<RequirementVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RequirementVersionEdge']>, nodes: Array<ResolversTypes['RequirementVersion']> }>;
  RequirementVersionEdge: ResolverTypeWrapper<Omit<RequirementVersionEdge, 'node'> & { node: ResolversTypes['RequirementVersion'] }>;
  ResolveTransferReviewInput: ResolveTransferReviewInput;
  ReviewOutcome: ReviewOutcome;
  ReviewedCourse: ResolverTypeWrapper<ReviewedCourseView>;
  ReviewedCourseConnection: ResolverTypeWrapper<Omit<ReviewedCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReviewedCourseEdge']>, nodes: Array<ResolversTypes['ReviewedCourse']> }>;
  ReviewedCourseEdge: ResolverTypeWrapper<Omit<ReviewedCourseEdge, 'node'> & { node: ResolversTypes['ReviewedCourse'] }>;
  SecondaryCourse: ResolverTypeWrapper<SecondaryCourse>;
  SecondaryCourseResult: ResolverTypeWrapper<SecondaryCourseResult>;
  SecondaryEnrollment: ResolverTypeWrapper<SecondaryEnrollment>;
  SecondaryProgram: ResolverTypeWrapper<ProgramRef>;
  SemesterReview: ResolverTypeWrapper<ReviewView>;
  SetProgressionRequirementsInput: SetProgressionRequirementsInput;
  StageSplit: ResolverTypeWrapper<SplitFigure>;
  StageSplitConnection: ResolverTypeWrapper<Omit<StageSplitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StageSplitEdge']>, nodes: Array<ResolversTypes['StageSplit']> }>;
  StageSplitEdge: ResolverTypeWrapper<Omit<StageSplitEdge, 'node'> & { node: ResolversTypes['StageSplit'] }>;
  Student: ResolverTypeWrapper<StudentRef>;
  StudentConnection: ResolverTypeWrapper<Omit<StudentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StudentEdge']>, nodes: Array<ResolversTypes['Student']> }>;
  StudentEdge: ResolverTypeWrapper<Omit<StudentEdge, 'node'> & { node: ResolversTypes['Student'] }>;
  StudentFilter: StudentFilter;
  TeacherInput: TeacherInput;
  TeacherPracticeInput: TeacherPracticeInput;
  TeacherQualification: ResolverTypeWrapper<TeacherQualificationRow>;
  TouchedMapping: ResolverTypeWrapper<TouchedRow>;
  TrainingSubsidy: ResolverTypeWrapper<SubsidyRow>;
  TransferReview: ResolverTypeWrapper<TransferReviewRow>;
  TransferReviewConnection: ResolverTypeWrapper<Omit<TransferReviewConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TransferReviewEdge']>, nodes: Array<ResolversTypes['TransferReview']> }>;
  TransferReviewEdge: ResolverTypeWrapper<Omit<TransferReviewEdge, 'node'> & { node: ResolversTypes['TransferReview'] }>;
  VoteChoice: VoteChoice;
  WebhookStatus: WebhookStatus;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
  WebhookSubscriptionConnection: ResolverTypeWrapper<Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversTypes['WebhookSubscription']> }>;
  WebhookSubscriptionEdge: ResolverTypeWrapper<Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversTypes['WebhookSubscription'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AccessLogEntryConnection: Omit<AccessLogEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccessLogEntryEdge']>, nodes: Array<ResolversParentTypes['AccessLogEntry']> };
  Int: Scalars['Int']['output'];
  AccessLogEntryEdge: Omit<AccessLogEntryEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  ActiveGrant: ActiveGrant;
  AddCommitteeMemberInput: AddCommitteeMemberInput;
  AddCreditRuleInput: AddCreditRuleInput;
  Float: Scalars['Float']['output'];
  AlignmentFigure: Alignment;
  ArticulationAgreement: AgreementParent;
  Boolean: Scalars['Boolean']['output'];
  ArticulationAgreementConnection: Omit<ArticulationAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ArticulationAgreementEdge']>, nodes: Array<ResolversParentTypes['ArticulationAgreement']> };
  ArticulationAgreementEdge: Omit<ArticulationAgreementEdge, 'node'> & { node: ResolversParentTypes['ArticulationAgreement'] };
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  CareerGap: CareerGapView;
  CareerTarget: CareerTargetRow;
  CastCommitteeVoteInput: CastCommitteeVoteInput;
  CertificateAward: Omit<CertificateAward, 'standard'> & { standard: ResolversParentTypes['CertificateStandard'] };
  CertificateModule: CertificateModule;
  CertificateStandard: StandardRef;
  CertificationOrganization: CertificationOrganization;
  CohortOutcome: OutcomeView;
  CohortOutcomes: OutcomesView;
  College: CollegeRow;
  CollegeChange: ChangeRow;
  CollegeChangeConnection: ChangePage;
  CollegeChangeEdge: Omit<CollegeChangeEdge, 'node'> & { node: ResolversParentTypes['CollegeChange'] };
  CollegeChangeNode: ResolversUnionTypes<ResolversParentTypes>['CollegeChangeNode'];
  CollegeConnection: Omit<CollegeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollegeEdge']>, nodes: Array<ResolversParentTypes['College']> };
  CollegeCourse: CourseRow;
  CollegeCourseConnection: Omit<CollegeCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollegeCourseEdge']>, nodes: Array<ResolversParentTypes['CollegeCourse']> };
  CollegeCourseEdge: Omit<CollegeCourseEdge, 'node'> & { node: ResolversParentTypes['CollegeCourse'] };
  CollegeCourseResult: CourseResultRow;
  CollegeCourseResultConnection: Omit<CollegeCourseResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollegeCourseResultEdge']>, nodes: Array<ResolversParentTypes['CollegeCourseResult']> };
  CollegeCourseResultEdge: Omit<CollegeCourseResultEdge, 'node'> & { node: ResolversParentTypes['CollegeCourseResult'] };
  CollegeEdge: Omit<CollegeEdge, 'node'> & { node: ResolversParentTypes['College'] };
  CollegeProgram: ProgramRow;
  CollegeProgramConnection: Omit<CollegeProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollegeProgramEdge']>, nodes: Array<ResolversParentTypes['CollegeProgram']> };
  CollegeProgramEdge: Omit<CollegeProgramEdge, 'node'> & { node: ResolversParentTypes['CollegeProgram'] };
  CollegeTeacher: TeacherRow;
  CollegeTeacherConnection: Omit<CollegeTeacherConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollegeTeacherEdge']>, nodes: Array<ResolversParentTypes['CollegeTeacher']> };
  CollegeTeacherEdge: Omit<CollegeTeacherEdge, 'node'> & { node: ResolversParentTypes['CollegeTeacher'] };
  CommitteeDecision: DecisionRow;
  CommitteeMember: MemberRow;
  CommitteeMemberConnection: Omit<CommitteeMemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommitteeMemberEdge']>, nodes: Array<ResolversParentTypes['CommitteeMember']> };
  CommitteeMemberEdge: Omit<CommitteeMemberEdge, 'node'> & { node: ResolversParentTypes['CommitteeMember'] };
  CommitteeProposal: ProposalRow;
  CommitteeProposalConnection: Omit<CommitteeProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommitteeProposalEdge']>, nodes: Array<ResolversParentTypes['CommitteeProposal']> };
  CommitteeProposalEdge: Omit<CommitteeProposalEdge, 'node'> & { node: ResolversParentTypes['CommitteeProposal'] };
  CommitteeTally: Tally;
  CommitteeVote: VoteRow;
  CommitteeVoteConnection: Omit<CommitteeVoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommitteeVoteEdge']>, nodes: Array<ResolversParentTypes['CommitteeVote']> };
  CommitteeVoteEdge: Omit<CommitteeVoteEdge, 'node'> & { node: ResolversParentTypes['CommitteeVote'] };
  CompetencyAssociation: AssociationRow;
  CompetencyAssociationConnection: Omit<CompetencyAssociationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetencyAssociationEdge']>, nodes: Array<ResolversParentTypes['CompetencyAssociation']> };
  CompetencyAssociationEdge: Omit<CompetencyAssociationEdge, 'node'> & { node: ResolversParentTypes['CompetencyAssociation'] };
  CompetencyAttainment: AttainmentView;
  CompetencyAttainmentConnection: Omit<CompetencyAttainmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetencyAttainmentEdge']>, nodes: Array<ResolversParentTypes['CompetencyAttainment']> };
  CompetencyAttainmentEdge: Omit<CompetencyAttainmentEdge, 'node'> & { node: ResolversParentTypes['CompetencyAttainment'] };
  CompetencyEvidence: Evidence;
  CompetencyFramework: FrameworkRow;
  CompetencyFrameworkConnection: Omit<CompetencyFrameworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetencyFrameworkEdge']>, nodes: Array<ResolversParentTypes['CompetencyFramework']> };
  CompetencyFrameworkEdge: Omit<CompetencyFrameworkEdge, 'node'> & { node: ResolversParentTypes['CompetencyFramework'] };
  CompetencyItem: ItemRow;
  CompetencyItemConnection: Omit<CompetencyItemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CompetencyItemEdge']>, nodes: Array<ResolversParentTypes['CompetencyItem']> };
  CompetencyItemEdge: Omit<CompetencyItemEdge, 'node'> & { node: ResolversParentTypes['CompetencyItem'] };
  CompetencyMappingFact: CompetencyMappingFact;
  CompetencyMappingInput: CompetencyMappingInput;
  CompetencyNode: NodeLink;
  CompetencyProfile: ProfileView;
  CompetencyRadar: RadarView;
  ConfirmedTransfer: ConfirmedTransferView;
  ConsentGrant: ConsentGrantRow;
  ConsentGrantConnection: Omit<ConsentGrantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsentGrantEdge']>, nodes: Array<ResolversParentTypes['ConsentGrant']> };
  ConsentGrantEdge: Omit<ConsentGrantEdge, 'node'> & { node: ResolversParentTypes['ConsentGrant'] };
  ContentCoverageFact: ContentCoverageFact;
  ContentCoverageInput: ContentCoverageInput;
  ContentUnitFact: ContentUnitFact;
  ContentUnitSummary: ContentUnit;
  CourseCompetencyMapping: CourseCompetencyRow;
  CourseCompetencyMappingConnection: Omit<CourseCompetencyMappingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseCompetencyMappingEdge']>, nodes: Array<ResolversParentTypes['CourseCompetencyMapping']> };
  CourseCompetencyMappingEdge: Omit<CourseCompetencyMappingEdge, 'node'> & { node: ResolversParentTypes['CourseCompetencyMapping'] };
  CourseContentCoverage: CourseContentRow;
  CourseContentCoverageConnection: Omit<CourseContentCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseContentCoverageEdge']>, nodes: Array<ResolversParentTypes['CourseContentCoverage']> };
  CourseContentCoverageEdge: Omit<CourseContentCoverageEdge, 'node'> & { node: ResolversParentTypes['CourseContentCoverage'] };
  CourseVersion: CourseVersionRow;
  CourseVersionConnection: Omit<CourseVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseVersionEdge']>, nodes: Array<ResolversParentTypes['CourseVersion']> };
  CourseVersionEdge: Omit<CourseVersionEdge, 'node'> & { node: ResolversParentTypes['CourseVersion'] };
  CoveringCourse: CoveringCourseRow;
  CreateCommitteeInput: CreateCommitteeInput;
  CredentialIssuer: IssuerView;
  CreditEvidence: CreditEvidence;
  CreditRule: CreditRuleRow;
  CreditRuleConflict: RuleConflict;
  CreditRuleConflictConnection: Omit<CreditRuleConflictConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CreditRuleConflictEdge']>, nodes: Array<ResolversParentTypes['CreditRuleConflict']> };
  CreditRuleConflictEdge: Omit<CreditRuleConflictEdge, 'node'> & { node: ResolversParentTypes['CreditRuleConflict'] };
  CreditRuleConnection: Omit<CreditRuleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CreditRuleEdge']>, nodes: Array<ResolversParentTypes['CreditRule']> };
  CreditRuleEdge: Omit<CreditRuleEdge, 'node'> & { node: ResolversParentTypes['CreditRule'] };
  CreditTransfer: Transfer;
  CreditTransferSummary: TransferSummary;
  CurriculumCommittee: CommitteeRow;
  CurriculumCommitteeConnection: Omit<CurriculumCommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CurriculumCommitteeEdge']>, nodes: Array<ResolversParentTypes['CurriculumCommittee']> };
  CurriculumCommitteeEdge: Omit<CurriculumCommitteeEdge, 'node'> & { node: ResolversParentTypes['CurriculumCommittee'] };
  CurriculumCourseFact: CurriculumCourseFact;
  CurriculumFacts: Omit<CurriculumFacts, 'standards'> & { standards: Array<ResolversParentTypes['CertificateStandard']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionCheck: RecordedCheck;
  DualQualifiedFact: DualQualifiedFact;
  DualQualifiedFigure: DualQualifiedYear;
  DuplicatedContent: Duplicate;
  DuplicatedContentConnection: Omit<DuplicatedContentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DuplicatedContentEdge']>, nodes: Array<ResolversParentTypes['DuplicatedContent']> };
  DuplicatedContentEdge: Omit<DuplicatedContentEdge, 'node'> & { node: ResolversParentTypes['DuplicatedContent'] };
  EnterprisePractice: TeacherPracticeRow;
  FlagTrainingSubsidyInput: FlagTrainingSubsidyInput;
  GrantConsentInput: GrantConsentInput;
  HigherEnrollment: HigherEnrollmentRow;
  ImportJob: ImportJobRow;
  ImportRowError: ImportRowErrorRow;
  ImportRowErrorConnection: Omit<ImportRowErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ImportRowErrorEdge']>, nodes: Array<ResolversParentTypes['ImportRowError']> };
  ImportRowErrorEdge: Omit<ImportRowErrorEdge, 'node'> & { node: ResolversParentTypes['ImportRowError'] };
  JSON: Scalars['JSON']['output'];
  JobPosition: JobRef;
  JobRequirementFact: JobRequirementFact;
  LearnerId: Scalars['LearnerId']['output'];
  MapCourseInput: MapCourseInput;
  MappingTableConnection: Omit<MappingTableConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MappingTableEdge']>, nodes: Array<ResolversParentTypes['MappingTableRow']> };
  MappingTableEdge: Omit<MappingTableEdge, 'node'> & { node: ResolversParentTypes['MappingTableRow'] };
  MappingTableRow: MappingRow;
  MissingCertificate: MissingCertificateRow;
  MissingCompetency: MissingCompetencyRow;
  ModuleAssessmentFact: ModuleAssessmentFact;
  ModuleCompetencyFact: ModuleCompetencyFact;
  ModuleEnrolmentFact: ModuleEnrolmentFact;
  ModuleFact: ModuleFact;
  ModuleFacts: ModuleFacts;
  ModuleRecommendation: RecommendationView;
  ModuleRecommendationConnection: Omit<ModuleRecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModuleRecommendationEdge']>, nodes: Array<ResolversParentTypes['ModuleRecommendation']> };
  ModuleRecommendationEdge: Omit<ModuleRecommendationEdge, 'node'> & { node: ResolversParentTypes['ModuleRecommendation'] };
  Mutation: Record<PropertyKey, never>;
  OverlapReport: OverlapView;
  OverlapSuggestion: SuggestionView;
  OverlapSuggestionConnection: Omit<OverlapSuggestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OverlapSuggestionEdge']>, nodes: Array<ResolversParentTypes['OverlapSuggestion']> };
  OverlapSuggestionEdge: Omit<OverlapSuggestionEdge, 'node'> & { node: ResolversParentTypes['OverlapSuggestion'] };
  PageInfo: PageInfo;
  Pathway: PathwayRow;
  Placement: PlacementRow;
  PlacementConnection: Omit<PlacementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlacementEdge']>, nodes: Array<ResolversParentTypes['Placement']> };
  PlacementEdge: Omit<PlacementEdge, 'node'> & { node: ResolversParentTypes['Placement'] };
  ProgressionAssessment: ProgressionView;
  ProgressionDecision: DecisionView;
  ProgressionRequirement: ProgressionRequirementRow;
  ProgressionRequirementInput: ProgressionRequirementInput;
  ProposeCourseChangeInput: ProposeCourseChangeInput;
  ProposedCreditRule: ProposedRule;
  QualificationInput: QualificationInput;
  Query: Record<PropertyKey, never>;
  RadarAxis: RadarAxisView;
  Recognition: Recognition;
  RecognizedCertificate: Omit<RecognizedCertificate, 'award' | 'standard'> & { award: ResolversParentTypes['CertificateAward'], standard: ResolversParentTypes['CertificateStandard'] };
  RecordPlacementInput: RecordPlacementInput;
  RecordResultInput: RecordResultInput;
  RegisterPathwayInput: RegisterPathwayInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: Registered;
  RequirementCheck: RequirementCheckResult;
  RequirementVersion: RequirementVersionView;
  RequirementVersionConnection: Omit<RequirementVersionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RequirementVersionEdge']>, nodes: Array<ResolversParentTypes['RequirementVersion']> };
  RequirementVersionEdge: Omit<RequirementVersionEdge, 'node'> & { node: ResolversParentTypes['RequirementVersion'] };
  ResolveTransferReviewInput: ResolveTransferReviewInput;
  ReviewedCourse: ReviewedCourseView;
  ReviewedCourseConnection: Omit<ReviewedCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReviewedCourseEdge']>, nodes: Array<ResolversParentTypes['ReviewedCourse']> };
  ReviewedCourseEdge: Omit<ReviewedCourseEdge, 'node'> & { node: ResolversParentTypes['ReviewedCourse'] };
  SecondaryCourse: SecondaryCourse;
  SecondaryCourseResult: SecondaryCourseResult;
  SecondaryEnrollment: SecondaryEnrollment;
  SecondaryProgram: ProgramRef;
  SemesterReview: ReviewView;
  SetProgressionRequirementsInput: SetProgressionRequirementsInput;
  StageSplit: SplitFigure;
  StageSplitConnection: Omit<StageSplitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StageSplitEdge']>, nodes: Array<ResolversParentTypes['StageSplit']> };
  StageSplitEdge: Omit<StageSplitEdge, 'node'> & { node: ResolversParentTypes['StageSplit'] };
  Student: StudentRef;
  StudentConnection: Omit<StudentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StudentEdge']>, nodes: Array<ResolversParentTypes['Student']> };
  StudentEdge: Omit<StudentEdge, 'node'> & { node: ResolversParentTypes['Student'] };
  StudentFilter: StudentFilter;
  TeacherInput: TeacherInput;
  TeacherPracticeInput: TeacherPracticeInput;
  TeacherQualification: TeacherQualificationRow;
  TouchedMapping: TouchedRow;
  TrainingSubsidy: SubsidyRow;
  TransferReview: TransferReviewRow;
  TransferReviewConnection: Omit<TransferReviewConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TransferReviewEdge']>, nodes: Array<ResolversParentTypes['TransferReview']> };
  TransferReviewEdge: Omit<TransferReviewEdge, 'node'> & { node: ResolversParentTypes['TransferReview'] };
  WebhookSubscription: WebhookSubscriptionRow;
  WebhookSubscriptionConnection: Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversParentTypes['WebhookSubscription']> };
  WebhookSubscriptionEdge: Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversParentTypes['WebhookSubscription'] };
}>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccessLogEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntryConnection'] = ResolversParentTypes['AccessLogEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntryEdge'] = ResolversParentTypes['AccessLogEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type ActiveGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveGrant'] = ResolversParentTypes['ActiveGrant']> = ResolversObject<{
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type AlignmentFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlignmentFigure'] = ResolversParentTypes['AlignmentFigure']> = ResolversObject<{
  aligned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ArticulationAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticulationAgreement'] = ResolversParentTypes['ArticulationAgreement'], FederationReferenceType extends FederationReferenceTypes['ArticulationAgreement'] = FederationReferenceTypes['ArticulationAgreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ArticulationAgreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alignment?: Resolver<Maybe<ResolversTypes['AlignmentFigure']>, ParentType, ContextType, Partial<ArticulationAgreementAlignmentArgs>>;
  cohortLearners?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  cohortOutcomes?: Resolver<Maybe<ResolversTypes['CohortOutcomes']>, ParentType, ContextType, RequireFields<ArticulationAgreementCohortOutcomesArgs, 'reformDate'>>;
  college?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  collegeMappedStandards?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  collegeProgram?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  committees?: Resolver<ResolversTypes['CurriculumCommitteeConnection'], ParentType, ContextType, RequireFields<ArticulationAgreementCommitteesArgs, 'first'>>;
  competencyFramework?: Resolver<Maybe<ResolversTypes['CompetencyFramework']>, ParentType, ContextType, Partial<ArticulationAgreementCompetencyFrameworkArgs>>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappingTable?: Resolver<ResolversTypes['MappingTableConnection'], ParentType, ContextType, RequireFields<ArticulationAgreementMappingTableArgs, 'first'>>;
  maxTransferCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['OverlapReport'], ParentType, ContextType, Partial<ArticulationAgreementOverlapArgs>>;
  placementJobs?: Resolver<Array<ResolversTypes['JobPosition']>, ParentType, ContextType>;
  progressionRequirements?: Resolver<Array<ResolversTypes['ProgressionRequirement']>, ParentType, ContextType>;
  requirementVersions?: Resolver<ResolversTypes['RequirementVersionConnection'], ParentType, ContextType, RequireFields<ArticulationAgreementRequirementVersionsArgs, 'first'>>;
  secondaryProgram?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
  secondarySchoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  semesterReview?: Resolver<Maybe<ResolversTypes['SemesterReview']>, ParentType, ContextType, RequireFields<ArticulationAgreementSemesterReviewArgs, 'term'>>;
  stageSplits?: Resolver<ResolversTypes['StageSplitConnection'], ParentType, ContextType, RequireFields<ArticulationAgreementStageSplitsArgs, 'first'>>;
}>;

export type ArticulationAgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticulationAgreementConnection'] = ResolversParentTypes['ArticulationAgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticulationAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ArticulationAgreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticulationAgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticulationAgreementEdge'] = ResolversParentTypes['ArticulationAgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CareerGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareerGap'] = ResolversParentTypes['CareerGap']> = ResolversObject<{
  jobPosition?: Resolver<ResolversTypes['JobPosition'], ParentType, ContextType>;
  missingCertificates?: Resolver<Array<ResolversTypes['MissingCertificate']>, ParentType, ContextType>;
  missingCompetencies?: Resolver<Array<ResolversTypes['MissingCompetency']>, ParentType, ContextType>;
}>;

export type CareerTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareerTarget'] = ResolversParentTypes['CareerTarget']> = ResolversObject<{
  jobPosition?: Resolver<ResolversTypes['JobPosition'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setByRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificateModuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateModule'] = ResolversParentTypes['CertificateModule']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CertificateStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandard'] = ResolversParentTypes['CertificateStandard']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CertificationOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificationOrganization'] = ResolversParentTypes['CertificationOrganization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CohortOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortOutcome'] = ResolversParentTypes['CohortOutcome']> = ResolversObject<{
  alignment?: Resolver<ResolversTypes['AlignmentFigure'], ParentType, ContextType>;
  certified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dualQualified?: Resolver<Maybe<ResolversTypes['DualQualifiedFigure']>, ParentType, ContextType>;
  employed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  graduates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['OverlapReport'], ParentType, ContextType>;
  passRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReformPeriod'], ParentType, ContextType>;
}>;

export type CohortOutcomesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortOutcomes'] = ResolversParentTypes['CohortOutcomes']> = ResolversObject<{
  after?: Resolver<ResolversTypes['CohortOutcome'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CohortOutcome'], ParentType, ContextType>;
  reformDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  subsidized?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type CollegeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['College'] = ResolversParentTypes['College'], FederationReferenceType extends FederationReferenceTypes['College'] = FederationReferenceTypes['College']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['College']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programs?: Resolver<ResolversTypes['CollegeProgramConnection'], ParentType, ContextType, RequireFields<CollegeProgramsArgs, 'first'>>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollegeChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeChange'] = ResolversParentTypes['CollegeChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CollegeChangeNode']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeChangeConnection'] = ResolversParentTypes['CollegeChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollegeChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CollegeChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeChangeEdge'] = ResolversParentTypes['CollegeChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollegeChange'], ParentType, ContextType>;
}>;

export type CollegeChangeNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeChangeNode'] = ResolversParentTypes['CollegeChangeNode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'College' | 'CollegeCourse' | 'CollegeCourseResult' | 'CollegeProgram' | 'CollegeTeacher' | 'CreditRule' | 'HigherEnrollment' | 'Pathway' | 'Placement', ParentType, ContextType>;
}>;

export type CollegeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeConnection'] = ResolversParentTypes['CollegeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['College']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourse'] = ResolversParentTypes['CollegeCourse']> = ResolversObject<{
  certificateContent?: Resolver<ResolversTypes['CourseContentCoverageConnection'], ParentType, ContextType, RequireFields<CollegeCourseCertificateContentArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  competencyMappings?: Resolver<ResolversTypes['CourseCompetencyMappingConnection'], ParentType, ContextType, RequireFields<CollegeCourseCompetencyMappingsArgs, 'first'>>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['CourseVersionConnection'], ParentType, ContextType, RequireFields<CollegeCourseVersionsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollegeCourseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseConnection'] = ResolversParentTypes['CollegeCourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeCourseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollegeCourse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeCourseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseEdge'] = ResolversParentTypes['CollegeCourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
}>;

export type CollegeCourseResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseResult'] = ResolversParentTypes['CollegeCourseResult']> = ResolversObject<{
  course?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollegeCourseResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseResultConnection'] = ResolversParentTypes['CollegeCourseResultConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeCourseResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollegeCourseResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeCourseResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseResultEdge'] = ResolversParentTypes['CollegeCourseResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollegeCourseResult'], ParentType, ContextType>;
}>;

export type CollegeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeEdge'] = ResolversParentTypes['CollegeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
}>;

export type CollegeProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeProgram'] = ResolversParentTypes['CollegeProgram'], FederationReferenceType extends FederationReferenceTypes['CollegeProgram'] = FederationReferenceTypes['CollegeProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CollegeProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  college?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  courses?: Resolver<ResolversTypes['CollegeCourseConnection'], ParentType, ContextType, RequireFields<CollegeProgramCoursesArgs, 'first'>>;
  dualQualified?: Resolver<Maybe<ResolversTypes['DualQualifiedFigure']>, ParentType, ContextType, RequireFields<CollegeProgramDualQualifiedArgs, 'year'>>;
  durationYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollegeProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeProgramConnection'] = ResolversParentTypes['CollegeProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollegeProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeProgramEdge'] = ResolversParentTypes['CollegeProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
}>;

export type CollegeTeacherResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeTeacher'] = ResolversParentTypes['CollegeTeacher']> = ResolversObject<{
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dualQualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<CollegeTeacherDualQualifiedArgs, 'year'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practice?: Resolver<Array<ResolversTypes['EnterprisePractice']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['TeacherQualification']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollegeTeacherConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeTeacherConnection'] = ResolversParentTypes['CollegeTeacherConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CollegeTeacherEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollegeTeacher']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CollegeTeacherEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeTeacherEdge'] = ResolversParentTypes['CollegeTeacherEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollegeTeacher'], ParentType, ContextType>;
}>;

export type CommitteeDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeDecision'] = ResolversParentTypes['CommitteeDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  proposal?: Resolver<ResolversTypes['CommitteeProposal'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  tally?: Resolver<ResolversTypes['CommitteeTally'], ParentType, ContextType>;
  touchedCreditRules?: Resolver<Array<ResolversTypes['CreditRule']>, ParentType, ContextType>;
  touchedMappings?: Resolver<Array<ResolversTypes['TouchedMapping']>, ParentType, ContextType>;
  versionCreated?: Resolver<Maybe<ResolversTypes['CourseVersion']>, ParentType, ContextType>;
}>;

export type CommitteeMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeMember'] = ResolversParentTypes['CommitteeMember']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommitteeMemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommitteeMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeMemberConnection'] = ResolversParentTypes['CommitteeMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitteeMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommitteeMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitteeMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeMemberEdge'] = ResolversParentTypes['CommitteeMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommitteeMember'], ParentType, ContextType>;
}>;

export type CommitteeProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeProposal'] = ResolversParentTypes['CommitteeProposal']> = ResolversObject<{
  course?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CommitteeDecision']>, ParentType, ContextType>;
  effectiveTerm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposalKind'], ParentType, ContextType>;
  newCredits?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedByOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  tally?: Resolver<ResolversTypes['CommitteeTally'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['CommitteeVoteConnection'], ParentType, ContextType, RequireFields<CommitteeProposalVotesArgs, 'first'>>;
}>;

export type CommitteeProposalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeProposalConnection'] = ResolversParentTypes['CommitteeProposalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitteeProposalEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommitteeProposal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitteeProposalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeProposalEdge'] = ResolversParentTypes['CommitteeProposalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommitteeProposal'], ParentType, ContextType>;
}>;

export type CommitteeTallyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeTally'] = ResolversParentTypes['CommitteeTally']> = ResolversObject<{
  abstentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterpriseShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enterpriseVoting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ProposalStatus']>, ParentType, ContextType>;
  quorate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  votesAgainst?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  votesFor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitteeVoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeVote'] = ResolversParentTypes['CommitteeVote']> = ResolversObject<{
  castAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['VoteChoice'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['CommitteeMember'], ParentType, ContextType>;
}>;

export type CommitteeVoteConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeVoteConnection'] = ResolversParentTypes['CommitteeVoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CommitteeVoteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommitteeVote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommitteeVoteEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommitteeVoteEdge'] = ResolversParentTypes['CommitteeVoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommitteeVote'], ParentType, ContextType>;
}>;

export type CompetencyAssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAssociation'] = ResolversParentTypes['CompetencyAssociation']> = ResolversObject<{
  destination?: Resolver<ResolversTypes['CompetencyNode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CompetencyNode'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CompetencyAssociationType'], ParentType, ContextType>;
}>;

export type CompetencyAssociationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAssociationConnection'] = ResolversParentTypes['CompetencyAssociationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompetencyAssociationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompetencyAssociation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompetencyAssociationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAssociationEdge'] = ResolversParentTypes['CompetencyAssociationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompetencyAssociation'], ParentType, ContextType>;
}>;

export type CompetencyAttainmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAttainment'] = ResolversParentTypes['CompetencyAttainment']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['CompetencyEvidence']>, ParentType, ContextType>;
  evidenceWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CompetencyAttainmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAttainmentConnection'] = ResolversParentTypes['CompetencyAttainmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompetencyAttainmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompetencyAttainment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompetencyAttainmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyAttainmentEdge'] = ResolversParentTypes['CompetencyAttainmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompetencyAttainment'], ParentType, ContextType>;
}>;

export type CompetencyEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyEvidence'] = ResolversParentTypes['CompetencyEvidence']> = ResolversObject<{
  issuerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['PathwayStage']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CompetencyFrameworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyFramework'] = ResolversParentTypes['CompetencyFramework']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  associations?: Resolver<ResolversTypes['CompetencyAssociationConnection'], ParentType, ContextType, RequireFields<CompetencyFrameworkAssociationsArgs, 'first'>>;
  caseJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['CompetencyItemConnection'], ParentType, ContextType, RequireFields<CompetencyFrameworkItemsArgs, 'first'>>;
  lastChangeDateTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompetencyFrameworkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyFrameworkConnection'] = ResolversParentTypes['CompetencyFrameworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompetencyFrameworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompetencyFramework']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompetencyFrameworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyFrameworkEdge'] = ResolversParentTypes['CompetencyFrameworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompetencyFramework'], ParentType, ContextType>;
}>;

export type CompetencyItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyItem'] = ResolversParentTypes['CompetencyItem'], FederationReferenceType extends FederationReferenceTypes['CompetencyItem'] = FederationReferenceTypes['CompetencyItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CompetencyItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  abbreviatedStatement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['CompetencyFramework'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompetencyKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompetencyItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyItemConnection'] = ResolversParentTypes['CompetencyItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompetencyItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompetencyItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyItemEdge'] = ResolversParentTypes['CompetencyItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
}>;

export type CompetencyNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyNode'] = ResolversParentTypes['CompetencyNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompetencyProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyProfile'] = ResolversParentTypes['CompetencyProfile']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  framework?: Resolver<ResolversTypes['CompetencyFramework'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['CompetencyAttainmentConnection'], ParentType, ContextType, RequireFields<CompetencyProfileItemsArgs, 'first'>>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompetencyRadarResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyRadar'] = ResolversParentTypes['CompetencyRadar']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  axes?: Resolver<Array<ResolversTypes['RadarAxis']>, ParentType, ContextType>;
  jobPosition?: Resolver<Maybe<ResolversTypes['JobPosition']>, ParentType, ContextType>;
}>;

export type ConfirmedTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmedTransfer'] = ResolversParentTypes['ConfirmedTransfer']> = ResolversObject<{
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CreditEvidence'], ParentType, ContextType>;
  exemptedCourse?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['TransferReview']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConfirmedTransferStatus'], ParentType, ContextType>;
}>;

export type ConsentGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentGrant'] = ResolversParentTypes['ConsentGrant']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type ConsentGrantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentGrantConnection'] = ResolversParentTypes['ConsentGrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentGrantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConsentGrant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentGrantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentGrantEdge'] = ResolversParentTypes['ConsentGrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentGrant'], ParentType, ContextType>;
}>;

export type ContentUnitSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUnitSummary'] = ResolversParentTypes['ContentUnitSummary']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CourseCompetencyMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseCompetencyMapping'] = ResolversParentTypes['CourseCompetencyMapping']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseCompetencyMappingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseCompetencyMappingConnection'] = ResolversParentTypes['CourseCompetencyMappingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseCompetencyMappingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CourseCompetencyMapping']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseCompetencyMappingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseCompetencyMappingEdge'] = ResolversParentTypes['CourseCompetencyMappingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseCompetencyMapping'], ParentType, ContextType>;
}>;

export type CourseContentCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseContentCoverage'] = ResolversParentTypes['CourseContentCoverage']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseContentCoverageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseContentCoverageConnection'] = ResolversParentTypes['CourseContentCoverageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseContentCoverageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CourseContentCoverage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseContentCoverageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseContentCoverageEdge'] = ResolversParentTypes['CourseContentCoverageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseContentCoverage'], ParentType, ContextType>;
}>;

export type CourseVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseVersion'] = ResolversParentTypes['CourseVersion']> = ResolversObject<{
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CommitteeDecision']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseVersionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseVersionConnection'] = ResolversParentTypes['CourseVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CourseVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseVersionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseVersionEdge'] = ResolversParentTypes['CourseVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseVersion'], ParentType, ContextType>;
}>;

export type CoveringCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoveringCourse'] = ResolversParentTypes['CoveringCourse']> = ResolversObject<{
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CurriculumStage'], ParentType, ContextType>;
}>;

export type CredentialIssuerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialIssuer'] = ResolversParentTypes['CredentialIssuer']> = ResolversObject<{
  did?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  didDocument?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  jwks?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreditEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditEvidence'] = ResolversParentTypes['CreditEvidence']> = ResolversObject<{
  certificateSerial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidencedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditRuleKind'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secondaryCourseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreditRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRule'] = ResolversParentTypes['CreditRule']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  exemptCourses?: Resolver<Array<ResolversTypes['CollegeCourse']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditRuleKind'], ParentType, ContextType>;
  minLevel?: Resolver<Maybe<ResolversTypes['CertificateLevel']>, ParentType, ContextType>;
  minScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secondaryCourseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreditRuleConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleConflict'] = ResolversParentTypes['CreditRuleConflict']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CreditRule']>, ParentType, ContextType>;
}>;

export type CreditRuleConflictConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleConflictConnection'] = ResolversParentTypes['CreditRuleConflictConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditRuleConflictEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CreditRuleConflict']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreditRuleConflictEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleConflictEdge'] = ResolversParentTypes['CreditRuleConflictEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditRuleConflict'], ParentType, ContextType>;
}>;

export type CreditRuleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleConnection'] = ResolversParentTypes['CreditRuleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CreditRuleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CreditRule']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreditRuleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleEdge'] = ResolversParentTypes['CreditRuleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType>;
}>;

export type CreditTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditTransfer'] = ResolversParentTypes['CreditTransfer']> = ResolversObject<{
  cappedCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['CreditEvidence'], ParentType, ContextType>;
  exemptedCourse?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditTransferStatus'], ParentType, ContextType>;
}>;

export type CreditTransferSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditTransferSummary'] = ResolversParentTypes['CreditTransferSummary']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  cappedCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxTransferCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['CreditTransfer']>, ParentType, ContextType>;
}>;

export type CurriculumCommitteeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumCommittee'] = ResolversParentTypes['CurriculumCommittee']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  college?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  enterpriseQuorum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  enterpriseShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CommitteeMemberConnection'], ParentType, ContextType, RequireFields<CurriculumCommitteeMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<ResolversTypes['CommitteeProposalConnection'], ParentType, ContextType, RequireFields<CurriculumCommitteeProposalsArgs, 'first'>>;
}>;

export type CurriculumCommitteeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumCommitteeConnection'] = ResolversParentTypes['CurriculumCommitteeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CurriculumCommitteeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CurriculumCommittee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CurriculumCommitteeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumCommitteeEdge'] = ResolversParentTypes['CurriculumCommitteeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CurriculumCommittee'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionCheck'] = ResolversParentTypes['DecisionCheck']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceUsed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgressionRequirementKind'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requirementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DualQualifiedFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DualQualifiedFigure'] = ResolversParentTypes['DualQualifiedFigure']> = ResolversObject<{
  qualified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicatedContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatedContent'] = ResolversParentTypes['DuplicatedContent']> = ResolversObject<{
  collegeCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collegeLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  competency?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secondaryCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secondaryLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicatedContentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatedContentConnection'] = ResolversParentTypes['DuplicatedContentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DuplicatedContentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DuplicatedContent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DuplicatedContentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicatedContentEdge'] = ResolversParentTypes['DuplicatedContentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DuplicatedContent'], ParentType, ContextType>;
}>;

export type EnterprisePracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterprisePractice'] = ResolversParentTypes['EnterprisePractice']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HigherEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HigherEnrollment'] = ResolversParentTypes['HigherEnrollment']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['CollegeCourseResultConnection'], ParentType, ContextType, RequireFields<HigherEnrollmentResultsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = ResolversObject<{
  checkpointLine?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['ImportRowErrorConnection'], ParentType, ContextType, Partial<ImportJobErrorsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rowsBad?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsValid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportRowErrorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowErrorConnection'] = ResolversParentTypes['ImportRowErrorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImportRowErrorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowErrorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowErrorEdge'] = ResolversParentTypes['ImportRowErrorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportRowError'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPosition'] = ResolversParentTypes['JobPosition']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface LearnerIdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LearnerId'], any> {
  name: 'LearnerId';
}

export type MappingTableConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingTableConnection'] = ResolversParentTypes['MappingTableConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MappingTableEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MappingTableRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MappingTableEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingTableEdge'] = ResolversParentTypes['MappingTableEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MappingTableRow'], ParentType, ContextType>;
}>;

export type MappingTableRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MappingTableRow'] = ResolversParentTypes['MappingTableRow']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  competency?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  contentShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CurriculumStage'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MissingCertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingCertificate'] = ResolversParentTypes['MissingCertificate']> = ResolversObject<{
  certificate?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CoveringCourse']>, ParentType, ContextType>;
}>;

export type MissingCompetencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingCompetency'] = ResolversParentTypes['MissingCompetency']> = ResolversObject<{
  certificates?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  competency?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CoveringCourse']>, ParentType, ContextType>;
}>;

export type ModuleRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleRecommendation'] = ResolversParentTypes['ModuleRecommendation']> = ResolversObject<{
  covers?: Resolver<Array<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  gapClosed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gapUnlocked?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  missingCovered?: Resolver<Array<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unlocks?: Resolver<Array<ResolversTypes['CertificateModule']>, ParentType, ContextType>;
}>;

export type ModuleRecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleRecommendationConnection'] = ResolversParentTypes['ModuleRecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleRecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModuleRecommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleRecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleRecommendationEdge'] = ResolversParentTypes['ModuleRecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleRecommendation'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCollegeTeacher?: Resolver<ResolversTypes['CollegeTeacher'], ParentType, ContextType, RequireFields<MutationAddCollegeTeacherArgs, 'input'>>;
  addCommitteeMember?: Resolver<ResolversTypes['CommitteeMember'], ParentType, ContextType, RequireFields<MutationAddCommitteeMemberArgs, 'input'>>;
  addCreditRule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType, RequireFields<MutationAddCreditRuleArgs, 'input'>>;
  castCommitteeVote?: Resolver<ResolversTypes['CommitteeVote'], ParentType, ContextType, RequireFields<MutationCastCommitteeVoteArgs, 'input'>>;
  createCurriculumCommittee?: Resolver<ResolversTypes['CurriculumCommittee'], ParentType, ContextType, RequireFields<MutationCreateCurriculumCommitteeArgs, 'input'>>;
  decideCommitteeProposal?: Resolver<ResolversTypes['CommitteeDecision'], ParentType, ContextType, RequireFields<MutationDecideCommitteeProposalArgs, 'proposalId'>>;
  deleteCollegeWebhook?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationDeleteCollegeWebhookArgs, 'id'>>;
  flagTrainingSubsidy?: Resolver<ResolversTypes['TrainingSubsidy'], ParentType, ContextType, RequireFields<MutationFlagTrainingSubsidyArgs, 'input'>>;
  grantConsent?: Resolver<ResolversTypes['ConsentGrant'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  importCompetencyFramework?: Resolver<ResolversTypes['CompetencyFramework'], ParentType, ContextType, RequireFields<MutationImportCompetencyFrameworkArgs, 'agreementId' | 'document'>>;
  mapCollegeCourse?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType, RequireFields<MutationMapCollegeCourseArgs, 'input'>>;
  progressStudent?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType, RequireFields<MutationProgressStudentArgs, 'studentId'>>;
  proposeCourseChange?: Resolver<ResolversTypes['CommitteeProposal'], ParentType, ContextType, RequireFields<MutationProposeCourseChangeArgs, 'input'>>;
  recordCollegeResult?: Resolver<ResolversTypes['CollegeCourseResult'], ParentType, ContextType, RequireFields<MutationRecordCollegeResultArgs, 'input'>>;
  recordCollegeTeacherPractice?: Resolver<ResolversTypes['CollegeTeacher'], ParentType, ContextType, RequireFields<MutationRecordCollegeTeacherPracticeArgs, 'input'>>;
  recordPlacement?: Resolver<ResolversTypes['Placement'], ParentType, ContextType, RequireFields<MutationRecordPlacementArgs, 'input'>>;
  registerCollegeWebhook?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRegisterCollegeWebhookArgs, 'input'>>;
  registerPathway?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType, RequireFields<MutationRegisterPathwayArgs, 'input'>>;
  resolveTransferReview?: Resolver<ResolversTypes['TransferReview'], ParentType, ContextType, RequireFields<MutationResolveTransferReviewArgs, 'input'>>;
  resumeCollegeImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationResumeCollegeImportArgs, 'id'>>;
  resumeCollegeWebhook?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationResumeCollegeWebhookArgs, 'id'>>;
  retireCreditRule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType, RequireFields<MutationRetireCreditRuleArgs, 'effectiveTo' | 'id'>>;
  revokeConsent?: Resolver<ResolversTypes['ConsentGrant'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
  setCareerTarget?: Resolver<ResolversTypes['CareerTarget'], ParentType, ContextType, RequireFields<MutationSetCareerTargetArgs, 'jobPositionId' | 'studentId'>>;
  setProgressionRequirements?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType, RequireFields<MutationSetProgressionRequirementsArgs, 'input'>>;
}>;

export type OverlapReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OverlapReport'] = ResolversParentTypes['OverlapReport']> = ResolversObject<{
  duplicatedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['DuplicatedContentConnection'], ParentType, ContextType, RequireFields<OverlapReportDuplicatesArgs, 'first'>>;
  higherHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suggestions?: Resolver<ResolversTypes['OverlapSuggestionConnection'], ParentType, ContextType, RequireFields<OverlapReportSuggestionsArgs, 'first'>>;
}>;

export type OverlapSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OverlapSuggestion'] = ResolversParentTypes['OverlapSuggestion']> = ResolversObject<{
  action?: Resolver<ResolversTypes['OverlapAction'], ParentType, ContextType>;
  collegeCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  courseHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  duplicatedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  existingRule?: Resolver<Maybe<ResolversTypes['CreditRule']>, ParentType, ContextType>;
  proposedRule?: Resolver<Maybe<ResolversTypes['ProposedCreditRule']>, ParentType, ContextType>;
  secondaryCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OverlapSuggestionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OverlapSuggestionConnection'] = ResolversParentTypes['OverlapSuggestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OverlapSuggestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OverlapSuggestion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OverlapSuggestionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OverlapSuggestionEdge'] = ResolversParentTypes['OverlapSuggestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OverlapSuggestion'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PathwayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pathway'] = ResolversParentTypes['Pathway']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PathwayStage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = ResolversObject<{
  employerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobPosition?: Resolver<ResolversTypes['JobPosition'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlacementKind'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PlacementOutcome'], ParentType, ContextType>;
  recordedByOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlacementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacementConnection'] = ResolversParentTypes['PlacementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlacementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlacementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacementEdge'] = ResolversParentTypes['PlacementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Placement'], ParentType, ContextType>;
}>;

export type ProgressionAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressionAssessment'] = ResolversParentTypes['ProgressionAssessment']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['RequirementCheck']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ProgressionDecision']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProgressionState'], ParentType, ContextType>;
  unmet?: Resolver<Array<ResolversTypes['RequirementCheck']>, ParentType, ContextType>;
}>;

export type ProgressionDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressionDecision'] = ResolversParentTypes['ProgressionDecision']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['DecisionCheck']>, ParentType, ContextType>;
  confirmedTransfers?: Resolver<Array<ResolversTypes['ConfirmedTransfer']>, ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedByOrganizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requirementsVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProgressionRequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressionRequirement'] = ResolversParentTypes['ProgressionRequirement']> = ResolversObject<{
  courseCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgressionRequirementKind'], ParentType, ContextType>;
  minCredits?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProposedCreditRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedCreditRule'] = ResolversParentTypes['ProposedCreditRule']> = ResolversObject<{
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  exemptCourseCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditRuleKind'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secondaryCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  articulationAgreement?: Resolver<Maybe<ResolversTypes['ArticulationAgreement']>, ParentType, ContextType, RequireFields<QueryArticulationAgreementArgs, 'id'>>;
  articulationAgreements?: Resolver<ResolversTypes['ArticulationAgreementConnection'], ParentType, ContextType, RequireFields<QueryArticulationAgreementsArgs, 'first'>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  college?: Resolver<Maybe<ResolversTypes['College']>, ParentType, ContextType, RequireFields<QueryCollegeArgs, 'id'>>;
  collegeChanges?: Resolver<ResolversTypes['CollegeChangeConnection'], ParentType, ContextType, RequireFields<QueryCollegeChangesArgs, 'first' | 'since'>>;
  collegeImportJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryCollegeImportJobArgs, 'id'>>;
  collegeIssuer?: Resolver<Maybe<ResolversTypes['CredentialIssuer']>, ParentType, ContextType, RequireFields<QueryCollegeIssuerArgs, 'organizationId'>>;
  collegeTeachers?: Resolver<ResolversTypes['CollegeTeacherConnection'], ParentType, ContextType, RequireFields<QueryCollegeTeachersArgs, 'collegeId' | 'first'>>;
  collegeWebhooks?: Resolver<ResolversTypes['WebhookSubscriptionConnection'], ParentType, ContextType, RequireFields<QueryCollegeWebhooksArgs, 'first' | 'organizationId'>>;
  colleges?: Resolver<ResolversTypes['CollegeConnection'], ParentType, ContextType, RequireFields<QueryCollegesArgs, 'first'>>;
  competencyFramework?: Resolver<Maybe<ResolversTypes['CompetencyFramework']>, ParentType, ContextType, RequireFields<QueryCompetencyFrameworkArgs, 'id'>>;
  competencyFrameworks?: Resolver<ResolversTypes['CompetencyFrameworkConnection'], ParentType, ContextType, RequireFields<QueryCompetencyFrameworksArgs, 'agreementId' | 'first'>>;
  competencyItems?: Resolver<ResolversTypes['CompetencyItemConnection'], ParentType, ContextType, RequireFields<QueryCompetencyItemsArgs, 'first' | 'ids'>>;
  creditRuleConflicts?: Resolver<ResolversTypes['CreditRuleConflictConnection'], ParentType, ContextType, RequireFields<QueryCreditRuleConflictsArgs, 'agreementId' | 'first'>>;
  creditRules?: Resolver<ResolversTypes['CreditRuleConnection'], ParentType, ContextType, RequireFields<QueryCreditRulesArgs, 'agreementId' | 'first'>>;
  curriculumCommittee?: Resolver<Maybe<ResolversTypes['CurriculumCommittee']>, ParentType, ContextType, RequireFields<QueryCurriculumCommitteeArgs, 'id'>>;
  curriculumCommittees?: Resolver<ResolversTypes['CurriculumCommitteeConnection'], ParentType, ContextType, RequireFields<QueryCurriculumCommitteesArgs, 'collegeId' | 'first'>>;
  openTransferReviews?: Resolver<ResolversTypes['TransferReviewConnection'], ParentType, ContextType, RequireFields<QueryOpenTransferReviewsArgs, 'collegeId' | 'first'>>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentArgs, 'id'>>;
  students?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, RequireFields<QueryStudentsArgs, 'first'>>;
}>;

export type RadarAxisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RadarAxis'] = ResolversParentTypes['RadarAxis']> = ResolversObject<{
  attained?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CompetencyKind'], ParentType, ContextType>;
  metRequiredItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegisteredWebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
}>;

export type RequirementCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementCheck'] = ResolversParentTypes['RequirementCheck']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['ProgressionRequirement'], ParentType, ContextType>;
}>;

export type RequirementVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementVersion'] = ResolversParentTypes['RequirementVersion']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ProgressionRequirement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RequirementVersionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementVersionConnection'] = ResolversParentTypes['RequirementVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RequirementVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RequirementVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RequirementVersionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementVersionEdge'] = ResolversParentTypes['RequirementVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RequirementVersion'], ParentType, ContextType>;
}>;

export type ReviewedCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewedCourse'] = ResolversParentTypes['ReviewedCourse']> = ResolversObject<{
  certificates?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  competencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicatedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  jobRelevance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mappedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CurriculumStage'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewedCourseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewedCourseConnection'] = ResolversParentTypes['ReviewedCourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewedCourseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReviewedCourse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewedCourseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewedCourseEdge'] = ResolversParentTypes['ReviewedCourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewedCourse'], ParentType, ContextType>;
}>;

export type SecondaryProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryProgram'] = ResolversParentTypes['SecondaryProgram']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SemesterReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SemesterReview'] = ResolversParentTypes['SemesterReview']> = ResolversObject<{
  alignment?: Resolver<ResolversTypes['AlignmentFigure'], ParentType, ContextType>;
  courses?: Resolver<ResolversTypes['ReviewedCourseConnection'], ParentType, ContextType, RequireFields<SemesterReviewCoursesArgs, 'first'>>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['OverlapReport'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StageSplitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageSplit'] = ResolversParentTypes['StageSplit']> = ResolversObject<{
  bothShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gapShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['ContentUnitSummary']>, ParentType, ContextType>;
  higherShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secondaryShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  totalWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StageSplitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageSplitConnection'] = ResolversParentTypes['StageSplitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StageSplitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StageSplit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StageSplitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageSplitEdge'] = ResolversParentTypes['StageSplitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StageSplit'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['AccessLogEntryConnection']>, ParentType, ContextType, RequireFields<StudentAccessLogArgs, 'first'>>;
  activeGrants?: Resolver<Array<ResolversTypes['ActiveGrant']>, ParentType, ContextType>;
  careerGap?: Resolver<Maybe<ResolversTypes['CareerGap']>, ParentType, ContextType>;
  careerTarget?: Resolver<Maybe<ResolversTypes['CareerTarget']>, ParentType, ContextType>;
  careerTargetJob?: Resolver<Maybe<ResolversTypes['JobPosition']>, ParentType, ContextType>;
  competencyProfile?: Resolver<Maybe<ResolversTypes['CompetencyProfile']>, ParentType, ContextType, Partial<StudentCompetencyProfileArgs>>;
  competencyRadar?: Resolver<Maybe<ResolversTypes['CompetencyRadar']>, ParentType, ContextType, Partial<StudentCompetencyRadarArgs>>;
  consents?: Resolver<Maybe<ResolversTypes['ConsentGrantConnection']>, ParentType, ContextType, RequireFields<StudentConsentsArgs, 'first'>>;
  creditTransferPreview?: Resolver<Maybe<ResolversTypes['CreditTransferSummary']>, ParentType, ContextType, RequireFields<StudentCreditTransferPreviewArgs, 'agreementId'>>;
  creditTransfers?: Resolver<Maybe<ResolversTypes['CreditTransferSummary']>, ParentType, ContextType>;
  higherStage?: Resolver<Maybe<ResolversTypes['HigherEnrollment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moduleRecommendations?: Resolver<Maybe<ResolversTypes['ModuleRecommendationConnection']>, ParentType, ContextType, RequireFields<StudentModuleRecommendationsArgs, 'first'>>;
  pathway?: Resolver<Maybe<ResolversTypes['Pathway']>, ParentType, ContextType>;
  pathwayAgreement?: Resolver<Maybe<ResolversTypes['ArticulationAgreement']>, ParentType, ContextType>;
  pathwayOrganizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  placements?: Resolver<Maybe<ResolversTypes['PlacementConnection']>, ParentType, ContextType, RequireFields<StudentPlacementsArgs, 'first'>>;
  progression?: Resolver<Maybe<ResolversTypes['ProgressionAssessment']>, ParentType, ContextType>;
  progressionDecision?: Resolver<Maybe<ResolversTypes['ProgressionDecision']>, ParentType, ContextType>;
  trainingSubsidy?: Resolver<Maybe<ResolversTypes['TrainingSubsidy']>, ParentType, ContextType>;
  transcriptCredential?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type StudentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StudentConnection'] = ResolversParentTypes['StudentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StudentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StudentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StudentEdge'] = ResolversParentTypes['StudentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
}>;

export type TeacherQualificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeacherQualification'] = ResolversParentTypes['TeacherQualification']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['QualificationKind'], ParentType, ContextType>;
  obtainedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TouchedMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TouchedMapping'] = ResolversParentTypes['TouchedMapping']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unitCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TrainingSubsidyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingSubsidy'] = ResolversParentTypes['TrainingSubsidy']> = ResolversObject<{
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedByOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransferReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransferReview'] = ResolversParentTypes['TransferReview']> = ResolversObject<{
  collegeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  exemptedCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  outcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TransferReviewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransferReviewConnection'] = ResolversParentTypes['TransferReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TransferReviewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TransferReview']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferReviewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransferReviewEdge'] = ResolversParentTypes['TransferReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TransferReview'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSubscriptionConnection'] = ResolversParentTypes['WebhookSubscriptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSubscriptionEdge'] = ResolversParentTypes['WebhookSubscriptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogEntryConnection?: AccessLogEntryConnectionResolvers<ContextType>;
  AccessLogEntryEdge?: AccessLogEntryEdgeResolvers<ContextType>;
  ActiveGrant?: ActiveGrantResolvers<ContextType>;
  AlignmentFigure?: AlignmentFigureResolvers<ContextType>;
  ArticulationAgreement?: ArticulationAgreementResolvers<ContextType>;
  ArticulationAgreementConnection?: ArticulationAgreementConnectionResolvers<ContextType>;
  ArticulationAgreementEdge?: ArticulationAgreementEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CareerGap?: CareerGapResolvers<ContextType>;
  CareerTarget?: CareerTargetResolvers<ContextType>;
  CertificateModule?: CertificateModuleResolvers<ContextType>;
  CertificateStandard?: CertificateStandardResolvers<ContextType>;
  CertificationOrganization?: CertificationOrganizationResolvers<ContextType>;
  CohortOutcome?: CohortOutcomeResolvers<ContextType>;
  CohortOutcomes?: CohortOutcomesResolvers<ContextType>;
  College?: CollegeResolvers<ContextType>;
  CollegeChange?: CollegeChangeResolvers<ContextType>;
  CollegeChangeConnection?: CollegeChangeConnectionResolvers<ContextType>;
  CollegeChangeEdge?: CollegeChangeEdgeResolvers<ContextType>;
  CollegeChangeNode?: CollegeChangeNodeResolvers<ContextType>;
  CollegeConnection?: CollegeConnectionResolvers<ContextType>;
  CollegeCourse?: CollegeCourseResolvers<ContextType>;
  CollegeCourseConnection?: CollegeCourseConnectionResolvers<ContextType>;
  CollegeCourseEdge?: CollegeCourseEdgeResolvers<ContextType>;
  CollegeCourseResult?: CollegeCourseResultResolvers<ContextType>;
  CollegeCourseResultConnection?: CollegeCourseResultConnectionResolvers<ContextType>;
  CollegeCourseResultEdge?: CollegeCourseResultEdgeResolvers<ContextType>;
  CollegeEdge?: CollegeEdgeResolvers<ContextType>;
  CollegeProgram?: CollegeProgramResolvers<ContextType>;
  CollegeProgramConnection?: CollegeProgramConnectionResolvers<ContextType>;
  CollegeProgramEdge?: CollegeProgramEdgeResolvers<ContextType>;
  CollegeTeacher?: CollegeTeacherResolvers<ContextType>;
  CollegeTeacherConnection?: CollegeTeacherConnectionResolvers<ContextType>;
  CollegeTeacherEdge?: CollegeTeacherEdgeResolvers<ContextType>;
  CommitteeDecision?: CommitteeDecisionResolvers<ContextType>;
  CommitteeMember?: CommitteeMemberResolvers<ContextType>;
  CommitteeMemberConnection?: CommitteeMemberConnectionResolvers<ContextType>;
  CommitteeMemberEdge?: CommitteeMemberEdgeResolvers<ContextType>;
  CommitteeProposal?: CommitteeProposalResolvers<ContextType>;
  CommitteeProposalConnection?: CommitteeProposalConnectionResolvers<ContextType>;
  CommitteeProposalEdge?: CommitteeProposalEdgeResolvers<ContextType>;
  CommitteeTally?: CommitteeTallyResolvers<ContextType>;
  CommitteeVote?: CommitteeVoteResolvers<ContextType>;
  CommitteeVoteConnection?: CommitteeVoteConnectionResolvers<ContextType>;
  CommitteeVoteEdge?: CommitteeVoteEdgeResolvers<ContextType>;
  CompetencyAssociation?: CompetencyAssociationResolvers<ContextType>;
  CompetencyAssociationConnection?: CompetencyAssociationConnectionResolvers<ContextType>;
  CompetencyAssociationEdge?: CompetencyAssociationEdgeResolvers<ContextType>;
  CompetencyAttainment?: CompetencyAttainmentResolvers<ContextType>;
  CompetencyAttainmentConnection?: CompetencyAttainmentConnectionResolvers<ContextType>;
  CompetencyAttainmentEdge?: CompetencyAttainmentEdgeResolvers<ContextType>;
  CompetencyEvidence?: CompetencyEvidenceResolvers<ContextType>;
  CompetencyFramework?: CompetencyFrameworkResolvers<ContextType>;
  CompetencyFrameworkConnection?: CompetencyFrameworkConnectionResolvers<ContextType>;
  CompetencyFrameworkEdge?: CompetencyFrameworkEdgeResolvers<ContextType>;
  CompetencyItem?: CompetencyItemResolvers<ContextType>;
  CompetencyItemConnection?: CompetencyItemConnectionResolvers<ContextType>;
  CompetencyItemEdge?: CompetencyItemEdgeResolvers<ContextType>;
  CompetencyNode?: CompetencyNodeResolvers<ContextType>;
  CompetencyProfile?: CompetencyProfileResolvers<ContextType>;
  CompetencyRadar?: CompetencyRadarResolvers<ContextType>;
  ConfirmedTransfer?: ConfirmedTransferResolvers<ContextType>;
  ConsentGrant?: ConsentGrantResolvers<ContextType>;
  ConsentGrantConnection?: ConsentGrantConnectionResolvers<ContextType>;
  ConsentGrantEdge?: ConsentGrantEdgeResolvers<ContextType>;
  ContentUnitSummary?: ContentUnitSummaryResolvers<ContextType>;
  CourseCompetencyMapping?: CourseCompetencyMappingResolvers<ContextType>;
  CourseCompetencyMappingConnection?: CourseCompetencyMappingConnectionResolvers<ContextType>;
  CourseCompetencyMappingEdge?: CourseCompetencyMappingEdgeResolvers<ContextType>;
  CourseContentCoverage?: CourseContentCoverageResolvers<ContextType>;
  CourseContentCoverageConnection?: CourseContentCoverageConnectionResolvers<ContextType>;
  CourseContentCoverageEdge?: CourseContentCoverageEdgeResolvers<ContextType>;
  CourseVersion?: CourseVersionResolvers<ContextType>;
  CourseVersionConnection?: CourseVersionConnectionResolvers<ContextType>;
  CourseVersionEdge?: CourseVersionEdgeResolvers<ContextType>;
  CoveringCourse?: CoveringCourseResolvers<ContextType>;
  CredentialIssuer?: CredentialIssuerResolvers<ContextType>;
  CreditEvidence?: CreditEvidenceResolvers<ContextType>;
  CreditRule?: CreditRuleResolvers<ContextType>;
  CreditRuleConflict?: CreditRuleConflictResolvers<ContextType>;
  CreditRuleConflictConnection?: CreditRuleConflictConnectionResolvers<ContextType>;
  CreditRuleConflictEdge?: CreditRuleConflictEdgeResolvers<ContextType>;
  CreditRuleConnection?: CreditRuleConnectionResolvers<ContextType>;
  CreditRuleEdge?: CreditRuleEdgeResolvers<ContextType>;
  CreditTransfer?: CreditTransferResolvers<ContextType>;
  CreditTransferSummary?: CreditTransferSummaryResolvers<ContextType>;
  CurriculumCommittee?: CurriculumCommitteeResolvers<ContextType>;
  CurriculumCommitteeConnection?: CurriculumCommitteeConnectionResolvers<ContextType>;
  CurriculumCommitteeEdge?: CurriculumCommitteeEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionCheck?: DecisionCheckResolvers<ContextType>;
  DualQualifiedFigure?: DualQualifiedFigureResolvers<ContextType>;
  DuplicatedContent?: DuplicatedContentResolvers<ContextType>;
  DuplicatedContentConnection?: DuplicatedContentConnectionResolvers<ContextType>;
  DuplicatedContentEdge?: DuplicatedContentEdgeResolvers<ContextType>;
  EnterprisePractice?: EnterprisePracticeResolvers<ContextType>;
  HigherEnrollment?: HigherEnrollmentResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportRowErrorConnection?: ImportRowErrorConnectionResolvers<ContextType>;
  ImportRowErrorEdge?: ImportRowErrorEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JobPosition?: JobPositionResolvers<ContextType>;
  LearnerId?: GraphQLScalarType;
  MappingTableConnection?: MappingTableConnectionResolvers<ContextType>;
  MappingTableEdge?: MappingTableEdgeResolvers<ContextType>;
  MappingTableRow?: MappingTableRowResolvers<ContextType>;
  MissingCertificate?: MissingCertificateResolvers<ContextType>;
  MissingCompetency?: MissingCompetencyResolvers<ContextType>;
  ModuleRecommendation?: ModuleRecommendationResolvers<ContextType>;
  ModuleRecommendationConnection?: ModuleRecommendationConnectionResolvers<ContextType>;
  ModuleRecommendationEdge?: ModuleRecommendationEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OverlapReport?: OverlapReportResolvers<ContextType>;
  OverlapSuggestion?: OverlapSuggestionResolvers<ContextType>;
  OverlapSuggestionConnection?: OverlapSuggestionConnectionResolvers<ContextType>;
  OverlapSuggestionEdge?: OverlapSuggestionEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pathway?: PathwayResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementConnection?: PlacementConnectionResolvers<ContextType>;
  PlacementEdge?: PlacementEdgeResolvers<ContextType>;
  ProgressionAssessment?: ProgressionAssessmentResolvers<ContextType>;
  ProgressionDecision?: ProgressionDecisionResolvers<ContextType>;
  ProgressionRequirement?: ProgressionRequirementResolvers<ContextType>;
  ProposedCreditRule?: ProposedCreditRuleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RadarAxis?: RadarAxisResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  RequirementCheck?: RequirementCheckResolvers<ContextType>;
  RequirementVersion?: RequirementVersionResolvers<ContextType>;
  RequirementVersionConnection?: RequirementVersionConnectionResolvers<ContextType>;
  RequirementVersionEdge?: RequirementVersionEdgeResolvers<ContextType>;
  ReviewedCourse?: ReviewedCourseResolvers<ContextType>;
  ReviewedCourseConnection?: ReviewedCourseConnectionResolvers<ContextType>;
  ReviewedCourseEdge?: ReviewedCourseEdgeResolvers<ContextType>;
  SecondaryProgram?: SecondaryProgramResolvers<ContextType>;
  SemesterReview?: SemesterReviewResolvers<ContextType>;
  StageSplit?: StageSplitResolvers<ContextType>;
  StageSplitConnection?: StageSplitConnectionResolvers<ContextType>;
  StageSplitEdge?: StageSplitEdgeResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  StudentConnection?: StudentConnectionResolvers<ContextType>;
  StudentEdge?: StudentEdgeResolvers<ContextType>;
  TeacherQualification?: TeacherQualificationResolvers<ContextType>;
  TouchedMapping?: TouchedMappingResolvers<ContextType>;
  TrainingSubsidy?: TrainingSubsidyResolvers<ContextType>;
  TransferReview?: TransferReviewResolvers<ContextType>;
  TransferReviewConnection?: TransferReviewConnectionResolvers<ContextType>;
  TransferReviewEdge?: TransferReviewEdgeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionConnection?: WebhookSubscriptionConnectionResolvers<ContextType>;
  WebhookSubscriptionEdge?: WebhookSubscriptionEdgeResolvers<ContextType>;
}>;

