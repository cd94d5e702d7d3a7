import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SchoolRow } from '../entities/school.ts';
import type { ProgramRow } from '../entities/program.ts';
import type { CourseRow } from '../entities/course.ts';
import type { ResultRow } from '../entities/result.ts';
import type { EnrollmentRow } from '../entities/enrollment.ts';
import type { StudentParent } from '../resolvers/parents.ts';
import type { CertificateModuleRow } from '../entities/certificate-module.ts';
import type { ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import type { ExamRegistrationRow } from '../entities/exam-registration.ts';
import type { IssuerView } from '@guantong/shared/credentials';
import type { CourseCompetencyRow, CourseContentRow } from '@guantong/shared/curriculum/entities';
import type { DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import type { TeacherQualificationRow, TeacherPracticeRow, TeacherRow } from '@guantong/shared/teachers/entities';
import type { ChangeRow, WebhookSubscriptionRow } from '@guantong/shared/feed/entities';
import type { ChangePage } from '@guantong/shared/feed/graphql';
import type { Registered } from '@guantong/shared/feed/subscriptions';
import type { ImportJobRow, ImportRowErrorRow } from '@guantong/shared/bulk/jobs';
import type { ModuleCompetencyRow } from '../entities/module-catalogue.ts';
import type { ModuleProgressView } from '../marketplace/progress.ts';
import type { LearningReportRow } from '../entities/learning-report.ts';
import type { ReportCompetencyBody, ReportGapBody, ReportSuggestionBody } from '../reports/content.ts';
import type { PassRateRow, UptakeRow } from '../marketplace/cohorts.ts';
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
  _FieldSet: { input: any; output: any; }
};

/** Internal: one of a learner's active consent grants, supplied by the college registry for authorisation. */
export type ActiveGrant = {
  __typename?: 'ActiveGrant';
  /** The organisation the learner granted access to. */
  organizationId: Scalars['ID']['output'];
  /** The purpose the grant was given for. */
  purpose: Scalars['String']['output'];
  /** The parts of the record the grant covers. */
  scopes: Array<RecordPart>;
};

/**
 * A self-contained, assessable unit of a certificate standard's content, and an
 * entry of the module marketplace: what it teaches, what it needs first, and who offers it.
 */
export type CertificateModule = {
  __typename?: 'CertificateModule';
  /** Module code, e.g. X-OSOP-1-M1. */
  code: Scalars['ID']['output'];
  /** The competency items the module teaches, with class hours and target levels. A module's few rows. */
  competencies: Array<ModuleCompetency>;
  /** Credits earned when the module assessment is passed. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** Modules to pass (best assessment of at least 60) before this one. A module's few prerequisites. */
  prerequisites: Array<CertificateModule>;
  /** The institution offering the module: a school, a college or an enterprise (e.g. sch-riverside, col-metro). */
  providerId: Scalars['ID']['output'];
  /** Teaching order, from 1. */
  sequence: Scalars['Int']['output'];
  /** Code of the certificate standard the module belongs to, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['output'];
  /** The module's title. */
  title: Scalars['String']['output'];
};

/** A page of CertificateModule rows. */
export type CertificateModuleConnection = {
  __typename?: 'CertificateModuleConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CertificateModuleEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CertificateModule>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CertificateModuleConnection page, with the cursor that points at it. */
export type CertificateModuleEdge = {
  __typename?: 'CertificateModuleEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CertificateModule;
};

/** A certificate standard, owned by the enterprise subgraph. */
export type CertificateStandard = {
  __typename?: 'CertificateStandard';
  /** The standard's code, e.g. X-NED-1. */
  code: Scalars['ID']['output'];
};

/** What a write did to an entity. */
export type ChangeKind =
  /** The entity was created. */
  | 'CREATED'
  /** The entity was deleted: the change is a tombstone. */
  | 'DELETED'
  /** The entity was changed. */
  | 'UPDATED';

/**
 * The cohort's scores in the module: the best score of each learner of the same
 * school and cohort assessed in it on or before the report's date.
 */
export type CohortDistribution = {
  __typename?: 'CohortDistribution';
  /** Learners per score band: 0–59, 60–69, 70–79, 80–89, 90–100. Always these five bands. */
  bands: Array<ScoreBand>;
  /** Cohort (entry) year. */
  cohort: Scalars['Int']['output'];
  /** How many of the cohort's learners were assessed. */
  learners: Scalars['Int']['output'];
  /** Highest best score, or null without learners. */
  max: Maybe<Scalars['Float']['output']>;
  /** Mean of the best scores, or null without learners. */
  mean: Maybe<Scalars['Float']['output']>;
  /** Median of the best scores, or null without learners. */
  median: Maybe<Scalars['Float']['output']>;
  /** Lowest best score, or null without learners. */
  min: Maybe<Scalars['Float']['output']>;
  /** The learner's percentile: (learners below + half of those equal) / learners × 100. */
  percentile: Maybe<Scalars['Float']['output']>;
  /** The learners' school. */
  schoolId: Scalars['ID']['output'];
};

/** A competency item of the college's frameworks, owned by the college subgraph. */
export type CompetencyItem = {
  __typename?: 'CompetencyItem';
  /** The CFItem identifier, a UUID. */
  id: Scalars['ID']['output'];
};

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

/** Internal: a programme's curriculum as the school maps it, for the college's curriculum reports. */
export type CurriculumFacts = {
  __typename?: 'CurriculumFacts';
  /** Every competency mapping row, history included. */
  competencies: Array<CompetencyMappingFact>;
  /** Every certificate content row, history included. */
  content: Array<ContentCoverageFact>;
  /** The programme's courses. */
  courses: Array<CurriculumCourseFact>;
  /** The standards the content rows name. */
  standards: Array<CertificateStandard>;
};

/** Internal: a programme's dual-qualified teachers in a year. */
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

/** A learner to enrol in a module of the marketplace. */
export type EnrolInModuleInput = {
  /** The day of enrolment: during the learner's secondary stage and not in the future. */
  enrolledOn: Scalars['Date']['input'];
  /** Code of a module listed by certificateModules, e.g. X-NE-2-M1. */
  moduleCode: Scalars['ID']['input'];
  /** The day the module starts: on or after enrolledOn. */
  startsOn: Scalars['Date']['input'];
  /** Hub-wide learner id, e.g. GT202400001X; the learner must be enrolled at the caller's school. */
  studentId: Scalars['ID']['input'];
};

/** A learner to enrol at a secondary school. */
export type EnrollSecondaryStudentInput = {
  /** Cohort (entry) year, e.g. 2025. */
  cohort: Scalars['Int']['input'];
  /** ISO date, YYYY-MM-DD. */
  enrolledOn: Scalars['Date']['input'];
  /** Full name as on the national ID card. */
  name: Scalars['String']['input'];
  /** 18-character GB 11643 citizen ID number. */
  nationalId: Scalars['String']['input'];
  /** Code of one of that school's own programmes, e.g. SEC-NET. */
  programCode: Scalars['ID']['input'];
  /** The enrolling school's id, e.g. sch-riverside; the caller must be its staff (or an admin). */
  schoolId: Scalars['ID']['input'];
};

/** The answer to `enrolmentCheck`. When `enrolled` is false every other answer is null. */
export type EnrolmentCheck = {
  __typename?: 'EnrolmentCheck';
  /**
   * ISO birth date, read from the learner's GB 11643 national ID. Given only to
   * college staff and admins, and only when `inProgram` is true.
   */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** True when a secondary school on the hub enrolled this learner. */
  enrolled: Scalars['Boolean']['output'];
  /** Whether the learner studies in `programCode`; null when no programme was asked about. */
  inProgram: Maybe<Scalars['Boolean']['output']>;
  /** Whether `name` is the enrolled name; null when no name was asked about. */
  nameMatches: Maybe<Scalars['Boolean']['output']>;
  /** The learner id that was checked, e.g. GT202200001X. */
  studentId: Scalars['ID']['output'];
};

/** One learner to check in `enrolmentChecks`. */
export type EnrolmentCheckRequest = {
  /** A name to compare with the enrolled name (Unicode-normalised, whitespace folded). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A secondary programme code to compare with the learner's programme, e.g. SEC-NET. */
  programCode?: InputMaybe<Scalars['ID']['input']>;
  /** The hub-wide learner id, e.g. GT202200001X. */
  studentId: Scalars['ID']['input'];
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

/** Whether a learner may register for a standard's formal exam, and why. */
export type ExamEligibility = {
  __typename?: 'ExamEligibility';
  /** The learner's best preliminary score, or null when they have not sat it. */
  bestPreliminaryScore: Maybe<Scalars['Float']['output']>;
  /** True when the learner may register now: the standard is handled here, they are not yet registered and their best preliminary score reaches the threshold. */
  eligible: Scalars['Boolean']['output'];
  /** How many of the standard's modules the learner has passed (best score of at least 60). */
  modulesPassed: Scalars['Int']['output'];
  /** How many training modules the standard has. */
  modulesTotal: Scalars['Int']['output'];
  /** Why not, in words; empty when eligible. */
  reasons: Array<Scalars['String']['output']>;
  /** Already registered for the formal exam. */
  registered: Scalars['Boolean']['output'];
  /** Certificate standard code, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['output'];
  /** Preliminary-exam score (0–100) needed to register; 80 unless the standard configures another. */
  threshold: Scalars['Float']['output'];
};

/** The gate to a standard's formal exam. */
export type ExamGate = {
  __typename?: 'ExamGate';
  /** Preliminary-exam score (0–100) needed to register for the formal exam. */
  preliminaryThreshold: Scalars['Float']['output'];
  /** Certificate standard code, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['output'];
};

/** A learner's registration for a standard's formal certification exam (tier 3); one per learner and standard. */
export type ExamRegistration = {
  __typename?: 'ExamRegistration';
  /** ISO date. */
  registeredOn: Scalars['Date']['output'];
  /** Certificate standard code, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['output'];
};

/** A registration for a formal certification exam; the registration is dated the day it is made. */
export type ExamRegistrationInput = {
  /** Code of a certificate standard with modules or a gate here, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['input'];
  /** Hub-wide learner id, e.g. GT202200001X. */
  studentId: Scalars['ID']['input'];
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

/** A job position, owned by the enterprise subgraph. */
export type JobPosition = {
  __typename?: 'JobPosition';
  /** The job position's id, e.g. jp-ty-sec. */
  id: Scalars['ID']['output'];
};

/**
 * A learning report, generated and stored when a module assessment is recorded.
 * Immutable and dated: it shows the learner as they stood on the assessment's
 * date, whatever is recorded later. Part RESULTS of the learner's record.
 */
export type LearningReport = {
  __typename?: 'LearningReport';
  /** The assessment's date: the report's evidence is as of this day. */
  asOf: Scalars['Date']['output'];
  /** The assessment the report is about. */
  assessment: ModuleAssessment;
  /** The score against the learner's cohort in the module. */
  cohort: CohortDistribution;
  /** The competencies the module teaches: the learner's level before and after this assessment. The module's few items. */
  competenciesGained: Array<ReportCompetency>;
  /** Where the learner stands at the module's certificate exam gate. */
  examGate: ReportExamGate;
  /** When the report was generated. */
  generatedAt: Scalars['DateTime']['output'];
  /** The report's id. */
  id: Scalars['ID']['output'];
  /** The learner's target job when the report was generated, or null. */
  jobPosition: Maybe<JobPosition>;
  /** The module assessed. */
  module: CertificateModule;
  /** Whether the score reached the pass mark of 60. */
  passed: Scalars['Boolean']['output'];
  /** The whole report as a printable HTML page, with the cohort's score distribution drawn as inline SVG. */
  printableHtml: Scalars['String']['output'];
  /** The target job's competency requirements still below 0.6 after this assessment. At most the job's few requirements. */
  remainingGaps: Array<ReportGap>;
  /** The assessment's score, 0 to 100. */
  score: Scalars['Float']['output'];
  /** What to do next: a retake, modules, resources; at most 5. */
  suggestions: Array<ReportSuggestion>;
};

/** A page of LearningReport rows. */
export type LearningReportConnection = {
  __typename?: 'LearningReportConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<LearningReportEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<LearningReport>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a LearningReportConnection page, with the cursor that points at it. */
export type LearningReportEdge = {
  __typename?: 'LearningReportEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: LearningReport;
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

/** One assessment of a learner in a certificate training module (tier 1); a retake is a separate assessment. */
export type ModuleAssessment = {
  __typename?: 'ModuleAssessment';
  /** ISO date. */
  assessedOn: Scalars['Date']['output'];
  /** The module's credits when passed, otherwise 0. */
  creditsEarned: Scalars['Float']['output'];
  /** The module assessed. */
  module: CertificateModule;
  /** Pass mark 60. */
  passed: Scalars['Boolean']['output'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
};

/** A page of ModuleAssessment rows. */
export type ModuleAssessmentConnection = {
  __typename?: 'ModuleAssessmentConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModuleAssessmentEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ModuleAssessment>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModuleAssessmentConnection page, with the cursor that points at it. */
export type ModuleAssessmentEdge = {
  __typename?: 'ModuleAssessmentEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModuleAssessment;
};

/** Internal: one module assessment of the learner. */
export type ModuleAssessmentFact = {
  __typename?: 'ModuleAssessmentFact';
  /** Assessment day. */
  assessedOn: Scalars['Date']['output'];
  /** Module code. */
  moduleCode: Scalars['ID']['output'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
};

/** What a module teaches: one competency item, with the hours spent on it and the level it brings learners to. */
export type ModuleCompetency = {
  __typename?: 'ModuleCompetency';
  /** Class hours the module spends on the item. */
  hours: Scalars['Float']['output'];
  /** The competency item taught (owned by the college). */
  item: CompetencyItem;
  /** The level the module brings learners to, on the item's own scale (1 to 5). */
  targetLevel: Scalars['Int']['output'];
};

/** Internal: one competency row of a module. */
export type ModuleCompetencyFact = {
  __typename?: 'ModuleCompetencyFact';
  /** Class hours on the item. */
  hours: Scalars['Float']['output'];
  /** The competency item's identifier. */
  itemId: Scalars['ID']['output'];
  /** Target level. */
  targetLevel: Scalars['Int']['output'];
};

/** Internal: one module enrolment of the learner. */
export type ModuleEnrolmentFact = {
  __typename?: 'ModuleEnrolmentFact';
  /** Enrolment day. */
  enrolledOn: Scalars['Date']['output'];
  /** Module code. */
  moduleCode: Scalars['ID']['output'];
  /** Start day. */
  startsOn: Scalars['Date']['output'];
};

/** A cohort's module enrolment rate: the share of its learners enrolled in at least one module. */
export type ModuleEnrolmentRate = {
  __typename?: 'ModuleEnrolmentRate';
  /** Cohort (entry) year. */
  cohort: Scalars['Int']['output'];
  /** Of them, learners with at least one module enrolment. */
  enrolled: Scalars['Int']['output'];
  /** Learners of the school in the cohort. */
  learners: Scalars['Int']['output'];
  /** enrolled / learners, 0 to 1. */
  rate: Scalars['Float']['output'];
};

/** A page of ModuleEnrolmentRate rows. */
export type ModuleEnrolmentRateConnection = {
  __typename?: 'ModuleEnrolmentRateConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModuleEnrolmentRateEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ModuleEnrolmentRate>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModuleEnrolmentRateConnection page, with the cursor that points at it. */
export type ModuleEnrolmentRateEdge = {
  __typename?: 'ModuleEnrolmentRateEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModuleEnrolmentRate;
};

/** Internal: one module of the catalogue. */
export type ModuleFact = {
  __typename?: 'ModuleFact';
  /** Module code. */
  code: Scalars['ID']['output'];
  /** What it teaches. */
  competencies: Array<ModuleCompetencyFact>;
  /** Credits. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** Codes of the modules to pass first. */
  prerequisiteCodes: Array<Scalars['ID']['output']>;
  /** The institution offering it. */
  providerId: Scalars['ID']['output'];
  /** Teaching order within the standard. */
  sequence: Scalars['Int']['output'];
  /** Its certificate standard's code. */
  standardCode: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** Internal: the module facts the college computes profiles and recommendations from. */
export type ModuleFacts = {
  __typename?: 'ModuleFacts';
  /** The learner's module assessments, in the order taken. */
  assessments: Array<ModuleAssessmentFact>;
  /** The learner's module enrolments. */
  enrolments: Array<ModuleEnrolmentFact>;
  /** Every module of the catalogue that has competency rows. */
  modules: Array<ModuleFact>;
};

/** A module's pass rate among a school's learners. */
export type ModulePassRate = {
  __typename?: 'ModulePassRate';
  /** The school's learners assessed in the module. */
  assessed: Scalars['Int']['output'];
  /** The module. */
  module: CertificateModule;
  /** Of them, learners whose best score is at least 60. */
  passed: Scalars['Int']['output'];
  /** passed / assessed, 0 to 1. */
  rate: Scalars['Float']['output'];
};

/** A page of ModulePassRate rows. */
export type ModulePassRateConnection = {
  __typename?: 'ModulePassRateConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModulePassRateEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ModulePassRate>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModulePassRateConnection page, with the cursor that points at it. */
export type ModulePassRateEdge = {
  __typename?: 'ModulePassRateEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModulePassRate;
};

/**
 * A learner's progress in one module they enrolled in. The status: PASSED if any
 * assessment (on or before today) scored at least 60; else FAILED if assessed;
 * else IN_PROGRESS if the module has started; else ENROLLED.
 */
export type ModuleProgress = {
  __typename?: 'ModuleProgress';
  /** How many assessments the learner has in the module. */
  attempts: Scalars['Int']['output'];
  /** The best assessment score, or null before any assessment. */
  bestScore: Maybe<Scalars['Float']['output']>;
  /** The day the learner enrolled. */
  enrolledOn: Scalars['Date']['output'];
  /** The date of the latest assessment, or null. */
  lastAssessedOn: Maybe<Scalars['Date']['output']>;
  /** The module. */
  module: CertificateModule;
  /** The date of the first assessment that reached 60, or null. */
  passedOn: Maybe<Scalars['Date']['output']>;
  /** The day the module starts. */
  startsOn: Scalars['Date']['output'];
  /** Where the learner stands. */
  status: ModuleStatus;
};

/** A page of ModuleProgress rows. */
export type ModuleProgressConnection = {
  __typename?: 'ModuleProgressConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModuleProgressEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ModuleProgress>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModuleProgressConnection page, with the cursor that points at it. */
export type ModuleProgressEdge = {
  __typename?: 'ModuleProgressEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModuleProgress;
};

/** Where a learner stands in a module they enrolled in. */
export type ModuleStatus =
  /** Enrolled; the module has not started yet. */
  | 'ENROLLED'
  /** Assessed, and no assessment reached 60. */
  | 'FAILED'
  /** The module has started (startsOn is on or before today) and the learner has no assessment yet. */
  | 'IN_PROGRESS'
  /** An assessment scored at least 60. */
  | 'PASSED';

/** How often a module was suggested in learning reports and not taken. */
export type ModuleUptake = {
  __typename?: 'ModuleUptake';
  /** The module. */
  module: CertificateModule;
  /** Of them, learners who never enrolled in it. */
  notTaken: Scalars['Int']['output'];
  /** The school's learners it was suggested to (as a MODULE suggestion) in any stored report. */
  suggested: Scalars['Int']['output'];
};

/** A page of ModuleUptake rows. */
export type ModuleUptakeConnection = {
  __typename?: 'ModuleUptakeConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ModuleUptakeEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<ModuleUptake>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ModuleUptakeConnection page, with the cursor that points at it. */
export type ModuleUptakeEdge = {
  __typename?: 'ModuleUptakeEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ModuleUptake;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a teacher of one of the school's programmes. Staff of that school, or an admin. */
  addSecondaryTeacher: SecondaryTeacher;
  /**
   * Records the end of a learner's secondary stage because they progressed: the
   * school reads the college's record of the progression (through the gateway,
   * as the caller) and sets completedOn to the day the higher stage began. The
   * college calls it when it progresses a learner; its staff (or an admin) may
   * call it again if that report did not arrive. Idempotent. NOT_FOUND for a
   * learner on no registry; CONFLICT when the college has recorded no progression
   * or the stage already ended on another day.
   */
  completeSecondaryStage: SecondaryEnrollment;
  /** Deletes a subscription and its undelivered deliveries: staff of its organisation, or an admin. */
  deleteSecondaryWebhook: WebhookSubscription;
  /**
   * Enrols a learner in a module; one enrolment per learner and module (CONFLICT
   * if already enrolled). Staff of the learner's school, or an administrator.
   */
  enrolInModule: ModuleProgress;
  /**
   * Enrols a learner at a secondary school and issues their hub-wide learner id.
   * Only staff of that school (or an admin) may enrol. The national ID must be a
   * valid GB 11643 number; the birth date is taken from it. Learner ids of a
   * cohort are issued in order; enrolments of different learners at the same
   * time each get their own id and never refuse each other.
   */
  enrollSecondaryStudent: SecondaryEnrollment;
  /**
   * States from a day which competency items a secondary course teaches and
   * which certificate content units it covers. The items must belong to a
   * framework of an agreement the course's programme is part of (asked of the
   * college), and the units to the standard (asked of the enterprise catalogue).
   * The rows in force that day are closed the day before; earlier rows stay as
   * history. Staff of the school that teaches the course, or an admin.
   */
  mapSecondaryCourse: SecondaryCourse;
  /** Records a module assessment (tier 1). Staff of the learner's school. */
  recordModuleAssessment: ModuleAssessment;
  /** Records a preliminary exam result (tier 2). Staff of the learner's school. */
  recordPreliminaryExam: PreliminaryExamResult;
  /**
   * Records a course result for a learner enrolled at the school that teaches the
   * course. One result per learner, course and term.
   */
  recordSecondaryResult: SecondaryCourseResult;
  /** Records a school teacher's enterprise practice in a year. Staff of the teacher's school, or an admin. */
  recordSecondaryTeacherPractice: SecondaryTeacher;
  /**
   * Registers a learner for a standard's formal certification exam (tier 3). Refused
   * with BAD_USER_INPUT, writing nothing, unless the learner's best preliminary
   * score reaches the standard's threshold (80 unless configured otherwise).
   * Staff of the learner's school.
   */
  registerForCertificationExam: ExamRegistration;
  /**
   * Registers an HTTPS endpoint to receive the secondary subgraph's changes of the given entity
   * types, signed with the Standard Webhooks scheme. The endpoint's host must
   * resolve to public addresses (BAD_USER_INPUT otherwise). Staff of the
   * organisation, or an admin. The signing secret is returned this once.
   */
  registerSecondaryWebhook: RegisteredWebhook;
  /**
   * Continues an INTERRUPTED (or FAILED) import job after its last committed
   * batch; rows already written are not written again. Staff of the job's school
   * and admins. CONFLICT when the job is running or done.
   */
  resumeSecondaryImport: ImportJob;
  /** Sets a FAILING subscription back to ACTIVE and retries its failed delivery first: staff of its organisation, or an admin. */
  resumeSecondaryWebhook: WebhookSubscription;
};


export type MutationAddSecondaryTeacherArgs = {
  input: TeacherInput;
};


export type MutationCompleteSecondaryStageArgs = {
  studentId: Scalars['ID']['input'];
};


export type MutationDeleteSecondaryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolInModuleArgs = {
  input: EnrolInModuleInput;
};


export type MutationEnrollSecondaryStudentArgs = {
  input: EnrollSecondaryStudentInput;
};


export type MutationMapSecondaryCourseArgs = {
  input: MapCourseInput;
};


export type MutationRecordModuleAssessmentArgs = {
  input: RecordModuleAssessmentInput;
};


export type MutationRecordPreliminaryExamArgs = {
  input: RecordPreliminaryExamInput;
};


export type MutationRecordSecondaryResultArgs = {
  input: RecordResultInput;
};


export type MutationRecordSecondaryTeacherPracticeArgs = {
  input: TeacherPracticeInput;
};


export type MutationRegisterForCertificationExamArgs = {
  input: ExamRegistrationInput;
};


export type MutationRegisterSecondaryWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationResumeSecondaryImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResumeSecondaryWebhookArgs = {
  id: Scalars['ID']['input'];
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

/** One sitting of a standard's preliminary exam (tier 2); the best score decides the gate. */
export type PreliminaryExamResult = {
  __typename?: 'PreliminaryExamResult';
  /** Score from 0 to 100. */
  score: Scalars['Float']['output'];
  /** Certificate standard code, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['output'];
  /** ISO date. */
  takenOn: Scalars['Date']['output'];
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
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type Query = {
  __typename?: 'Query';
  /** The training modules a certificate standard's content is split into, in teaching order. Public. */
  certificateModules: CertificateModuleConnection;
  /**
   * Confirms a learner's enrolment before another institution writes about them
   * (a college registering a pathway, an organisation awarding a certificate),
   * without disclosing the record. For staff and admins; each check of an enrolled
   * learner is audited.
   */
  enrolmentCheck: EnrolmentCheck;
  /**
   * Many enrolment checks in one request (at most 500), answered in the order
   * asked: an import job confirms the learners of a batch of rows at once. The
   * same rules and audit as `enrolmentCheck`.
   */
  enrolmentChecks: Array<EnrolmentCheck>;
  /** The preliminary-exam gate of a standard: the score needed to register for the formal exam. Public. */
  examGate: Maybe<ExamGate>;
  /** Module enrolment rate per cohort of a school, computed from the rows. Staff of the school, or an administrator. */
  moduleEnrolmentRates: ModuleEnrolmentRateConnection;
  /** Pass rate per module among a school's learners, computed from the rows. Staff of the school, or an administrator. */
  modulePassRates: ModulePassRateConnection;
  /** The modules most suggested in a school's learning reports and not taken; notTaken descending, then code. Staff of the school, or an administrator. */
  modulesRecommendedNotTaken: ModuleUptakeConnection;
  /** A secondary school's signing identity, or null when there is no such school. Public. */
  schoolIssuer: Maybe<CredentialIssuer>;
  /**
   * The changes to the secondary subgraph's data after version `since`, oldest first (like Ed-Fi
   * change queries): only those the caller may read; anyone else's are left out
   * entirely. Continue with `after: pageInfo.endCursor`, or with `since` set to
   * the last version seen.
   */
  secondaryChanges: SecondaryChangeConnection;
  /**
   * A bulk import job of this subgraph (enrolments or results), started by
   * uploading a CSV file to the gateway's `POST /bulk/secondary/imports` route.
   * Staff of the job's school and admins; null for any other job id.
   */
  secondaryImportJob: Maybe<ImportJob>;
  /** One secondary programme by code, or null when there is none. */
  secondaryProgram: Maybe<SecondaryProgram>;
  /** One secondary school by id, or null when there is none. */
  secondarySchool: Maybe<SecondarySchool>;
  /** Every secondary school on the hub. Public catalogue data. */
  secondarySchools: SecondarySchoolConnection;
  /** A school's teachers, by id: staff of that school and admins only. */
  secondaryTeachers: SecondaryTeacherConnection;
  /** An organisation's webhook subscriptions to the secondary subgraph's changes, oldest first: its staff and admins. */
  secondaryWebhooks: WebhookSubscriptionConnection;
  /**
   * Finds a learner by exact national ID number, through a keyed blind index (the
   * number itself is stored only encrypted). For staff of the enrolling school and
   * admins; every lookup is audited. Null when no learner matches.
   */
  studentByNationalId: Maybe<Student>;
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryCertificateModulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  standardCode: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryEnrolmentCheckArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  programCode?: InputMaybe<Scalars['ID']['input']>;
  studentId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryEnrolmentChecksArgs = {
  checks: Array<EnrolmentCheckRequest>;
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryExamGateArgs = {
  standardCode: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryModuleEnrolmentRatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryModulePassRatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryModulesRecommendedNotTakenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySchoolIssuerArgs = {
  organizationId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondaryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondaryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondaryProgramArgs = {
  code: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondarySchoolArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondarySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondaryTeachersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programCode?: InputMaybe<Scalars['ID']['input']>;
  schoolId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QuerySecondaryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


/**
 * The secondary vocational school subgraph: schools, their programmes and courses,
 * secondary-stage enrolments and course results. Each school's data lives in this
 * service's own database.
 */
export type QueryStudentByNationalIdArgs = {
  nationalId: Scalars['String']['input'];
};

/**
 * A module assessment to record. The date must fall within the learner's
 * secondary stage and not in the future; one assessment per learner, module and day.
 */
export type RecordModuleAssessmentInput = {
  /** ISO date. */
  assessedOn: Scalars['Date']['input'];
  /** Code of a training module listed by certificateModules, e.g. X-OSOP-1-M1. */
  moduleCode: Scalars['ID']['input'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['input'];
  /** Hub-wide learner id, e.g. GT202200001X. */
  studentId: Scalars['ID']['input'];
};

/** The parts of a learner's record that access and consent are decided for. */
export type RecordPart =
  /** Certificates awarded to the learner. */
  | 'CERTIFICATES'
  /** Who the learner is: name and national ID. */
  | 'IDENTITY'
  /** Enrolments, pathway status and course results. */
  | 'RESULTS';

/**
 * A preliminary exam sitting to record. The date must fall within the learner's
 * secondary stage and not in the future; one sitting per learner, standard and day.
 */
export type RecordPreliminaryExamInput = {
  /** Score from 0 to 100. */
  score: Scalars['Float']['input'];
  /** Code of a certificate standard with modules or a gate here, e.g. X-OSOP-1. */
  standardCode: Scalars['ID']['input'];
  /** Hub-wide learner id, e.g. GT202200001X. */
  studentId: Scalars['ID']['input'];
  /** ISO date. */
  takenOn: Scalars['Date']['input'];
};

/** A course result to record. The course code decides which institution's course it is. */
export type RecordResultInput = {
  /** Secondary course code, e.g. NET-S120; only staff of the school that teaches it (or an admin) may record. */
  courseCode: Scalars['String']['input'];
  /** Score from 0 to 100. */
  score: Scalars['Float']['input'];
  /** Hub-wide learner id, e.g. GT202200001X; the learner must be enrolled at the school that teaches the course. */
  studentId: Scalars['ID']['input'];
  /** Academic year then semester, e.g. 2024-2025-1. */
  term: Scalars['String']['input'];
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

/** A competency the assessed module teaches, before and after the assessment. */
export type ReportCompetency = {
  __typename?: 'ReportCompetency';
  /** The level with this assessment counted. */
  after: Scalars['Float']['output'];
  /** The learner's level (0 to 1) from the evidence before this assessment. */
  before: Scalars['Float']['output'];
  /** The competency item. */
  item: CompetencyItem;
};

/** The certificate exam gate of the module's standard, as of the report's date. */
export type ReportExamGate = {
  __typename?: 'ReportExamGate';
  /** Whether every module of the standard is passed. */
  allModulesPassed: Scalars['Boolean']['output'];
  /** The learner's best preliminary exam score, or null. */
  bestPreliminaryScore: Maybe<Scalars['Float']['output']>;
  /** The standard's modules the learner has passed. */
  modulesPassed: Scalars['Int']['output'];
  /** The standard's modules. */
  modulesTotal: Scalars['Int']['output'];
  /** The certificate standard's code. */
  standardCode: Scalars['ID']['output'];
  /** The gate's status in words. */
  text: Scalars['String']['output'];
  /** The preliminary score needed to register for the formal exam. */
  threshold: Scalars['Float']['output'];
};

/** A competency requirement of the target job the learner has not yet met (level below 0.6). */
export type ReportGap = {
  __typename?: 'ReportGap';
  /** Whether the job requires it as essential. */
  essential: Scalars['Boolean']['output'];
  /** The competency item required. */
  item: CompetencyItem;
  /** The learner's level after this assessment, 0 to 1. */
  level: Scalars['Float']['output'];
};

/** One concrete suggestion of what to do next. */
export type ReportSuggestion = {
  __typename?: 'ReportSuggestion';
  /** What kind of suggestion. */
  kind: SuggestionKind;
  /** The module to retake, take or use resources of. */
  module: CertificateModule;
  /** The resource package, for a RESOURCE suggestion; null otherwise. */
  resourcePackageId: Maybe<Scalars['ID']['output']>;
  /** The suggestion in words. */
  text: Scalars['String']['output'];
};

/** How many learners' best scores fall in one band. */
export type ScoreBand = {
  __typename?: 'ScoreBand';
  /** Lowest score of the band. */
  from: Scalars['Int']['output'];
  /** Learners in the band. */
  learners: Scalars['Int']['output'];
  /** Highest score of the band (inclusive). */
  to: Scalars['Int']['output'];
};

/** A write to the secondary subgraph's data, as the subgraph's change log recorded it in the write's own transaction. */
export type SecondaryChange = {
  __typename?: 'SecondaryChange';
  /** When the write was made (ISO 8601 instant, UTC, the database's clock). */
  changedAt: Scalars['DateTime']['output'];
  /** The entity's id: its key fields, joined with ':' when there are several. */
  entityId: Scalars['ID']['output'];
  /** The GraphQL type of the changed entity, e.g. SecondaryCourseResult. */
  entityType: Scalars['String']['output'];
  /** Whether the entity was created, updated or deleted. */
  kind: ChangeKind;
  /**
   * The entity's current state. Null for a deletion (a tombstone), when the
   * entity was deleted since, and for entity types the feed reports by id only.
   */
  node: Maybe<SecondaryChangeNode>;
  /** Increases with every write; a reader continues with `since` set to the last version it saw. */
  version: Scalars['Int']['output'];
};

/** A page of secondary changes. */
export type SecondaryChangeConnection = {
  __typename?: 'SecondaryChangeConnection';
  /** This page's items, each with its cursor. */
  edges: Array<SecondaryChangeEdge>;
  /** The changes, oldest first. */
  nodes: Array<SecondaryChange>;
  /** Paging: pass `endCursor` as `after` for the next page. */
  pageInfo: PageInfo;
};

/** One item of a `SecondaryChangeConnection`, with the cursor that points at it. */
export type SecondaryChangeEdge = {
  __typename?: 'SecondaryChangeEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SecondaryChange;
};

/** The entity types whose current state a secondary change shows. */
export type SecondaryChangeNode = ModuleAssessment | SecondaryCourse | SecondaryCourseResult | SecondaryEnrollment | SecondaryProgram | SecondarySchool | SecondaryTeacher;

/** A course taught at the secondary stage. */
export type SecondaryCourse = {
  __typename?: 'SecondaryCourse';
  /** The certificate content units the course covers: with `on`, the rows in force that day; otherwise every row. Public catalogue. */
  certificateContent: CourseContentCoverageConnection;
  /** Course code, unique within the secondary subgraph, e.g. NET-S120. */
  code: Scalars['ID']['output'];
  /** The competency items the course teaches, as the school maps them: with `on`, the rows in force that day; otherwise every row, history included. Public catalogue. */
  competencyMappings: CourseCompetencyMappingConnection;
  /** Credits awarded when the course is passed. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** The programme whose curriculum includes the course. */
  program: SecondaryProgram;
  /** The course's title. */
  title: Scalars['String']['output'];
};


/** A course taught at the secondary stage. */
export type SecondaryCourseCertificateContentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A course taught at the secondary stage. */
export type SecondaryCourseCompetencyMappingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of SecondaryCourse rows. */
export type SecondaryCourseConnection = {
  __typename?: 'SecondaryCourseConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<SecondaryCourseEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<SecondaryCourse>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a SecondaryCourseConnection page, with the cursor that points at it. */
export type SecondaryCourseEdge = {
  __typename?: 'SecondaryCourseEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SecondaryCourse;
};

/** A learner's result in one secondary course in one term. */
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

/** A page of SecondaryCourseResult rows. */
export type SecondaryCourseResultConnection = {
  __typename?: 'SecondaryCourseResultConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<SecondaryCourseResultEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<SecondaryCourseResult>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a SecondaryCourseResultConnection page, with the cursor that points at it. */
export type SecondaryCourseResultEdge = {
  __typename?: 'SecondaryCourseResultEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SecondaryCourseResult;
};

/** A learner's secondary stage: where and what they studied, and their results. */
export type SecondaryEnrollment = {
  __typename?: 'SecondaryEnrollment';
  /** ISO date the stage ended, or null while it continues. */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** ISO date, YYYY-MM-DD. */
  enrolledOn: Scalars['Date']['output'];
  /** The secondary school the learner is enrolled at. */
  institution: SecondarySchool;
  /** The programme the learner studies. */
  program: SecondaryProgram;
  /** Internal: every result, unpaged, as the college's evidence. */
  resultFacts: Array<SecondaryCourseResult>;
  /** Results in term order. */
  results: SecondaryCourseResultConnection;
  /** The enrolled learner. */
  student: Student;
};


/** A learner's secondary stage: where and what they studied, and their results. */
export type SecondaryEnrollmentResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A programme of study at a secondary school, articulated with a college programme by an agreement. */
export type SecondaryProgram = {
  __typename?: 'SecondaryProgram';
  /** Hub-wide programme code, e.g. SEC-NET. */
  code: Scalars['ID']['output'];
  /** The courses of the programme's curriculum. */
  courses: SecondaryCourseConnection;
  /** Internal: the school's mapping of the programme's courses, every row, for the college's curriculum reports. */
  curriculumFacts: CurriculumFacts;
  /**
   * The programme's dual-qualified teachers in a year, under the hub's rule
   * (DUAL_QUALIFIED_MIN_PRACTICE_HOURS, DUAL_QUALIFIED_REQUIRE_INDUSTRY_QUALIFICATION).
   * A figure, not the teachers' records: staff of the school, and admins.
   */
  dualQualified: Maybe<DualQualifiedFigure>;
  /** Internal: the programme's dual-qualified teachers, per year with practice records, for the college's cohort outcomes. */
  dualQualifiedFacts: Array<DualQualifiedFact>;
  /** Length of the secondary stage in years. */
  durationYears: Scalars['Int']['output'];
  /** The programme's name. */
  name: Scalars['String']['output'];
  /** The school that runs the programme. */
  school: SecondarySchool;
};


/** A programme of study at a secondary school, articulated with a college programme by an agreement. */
export type SecondaryProgramCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A programme of study at a secondary school, articulated with a college programme by an agreement. */
export type SecondaryProgramDualQualifiedArgs = {
  year: Scalars['Int']['input'];
};

/** A page of SecondaryProgram rows. */
export type SecondaryProgramConnection = {
  __typename?: 'SecondaryProgramConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<SecondaryProgramEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<SecondaryProgram>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a SecondaryProgramConnection page, with the cursor that points at it. */
export type SecondaryProgramEdge = {
  __typename?: 'SecondaryProgramEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SecondaryProgram;
};

/** A secondary vocational school (中职): the first three years of a five-year pathway. */
export type SecondarySchool = {
  __typename?: 'SecondarySchool';
  /** School id, e.g. sch-riverside. */
  id: Scalars['ID']['output'];
  /** The school's name. */
  name: Scalars['String']['output'];
  /** The school's programmes, in code order. */
  programs: SecondaryProgramConnection;
  /** City and province. */
  region: Scalars['String']['output'];
};


/** A secondary vocational school (中职): the first three years of a five-year pathway. */
export type SecondarySchoolProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of SecondarySchool rows. */
export type SecondarySchoolConnection = {
  __typename?: 'SecondarySchoolConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<SecondarySchoolEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<SecondarySchool>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a SecondarySchoolConnection page, with the cursor that points at it. */
export type SecondarySchoolEdge = {
  __typename?: 'SecondarySchoolEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SecondarySchool;
};

/** A teacher of one of the school's programmes. Their school's staff and admins only. */
export type SecondaryTeacher = {
  __typename?: 'SecondaryTeacher';
  /** ISO date they joined. */
  activeFrom: Scalars['Date']['output'];
  /** ISO date they left, or null. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Whether they were dual-qualified in a year under the hub's rule. */
  dualQualified: Scalars['Boolean']['output'];
  /** The teacher's id, e.g. tch-riverside-01. */
  id: Scalars['ID']['output'];
  /** The teacher's name. */
  name: Scalars['String']['output'];
  /** Their enterprise practice, by year. */
  practice: Array<EnterprisePractice>;
  /** The programme they teach in. */
  program: SecondaryProgram;
  /** Their qualifications. */
  qualifications: Array<TeacherQualification>;
};


/** A teacher of one of the school's programmes. Their school's staff and admins only. */
export type SecondaryTeacherDualQualifiedArgs = {
  year: Scalars['Int']['input'];
};

/** A page of school teachers. */
export type SecondaryTeacherConnection = {
  __typename?: 'SecondaryTeacherConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<SecondaryTeacherEdge>;
  /** This page's teachers, by id. */
  nodes: Array<SecondaryTeacher>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Teachers across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a SecondaryTeacherConnection page, with the cursor that points at it. */
export type SecondaryTeacherEdge = {
  __typename?: 'SecondaryTeacherEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SecondaryTeacher;
};

/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type Student = {
  __typename?: 'Student';
  /** The learner's active consent grants; used only for authorisation. */
  activeGrants: Array<ActiveGrant>;
  /** Whether the learner may register for the standard's formal exam. Part RESULTS. */
  examEligibility: Maybe<ExamEligibility>;
  /** Hub-wide learner id: GT, cohort year, serial and a check character. */
  id: Scalars['ID']['output'];
  /** The learner's newest learning report, or null when there is none. Part RESULTS. */
  latestLearningReport: Maybe<LearningReport>;
  /** The learner's learning reports, newest first. Part RESULTS. */
  learningReports: Maybe<LearningReportConnection>;
  /** Module assessments, in the order taken. Part RESULTS. */
  moduleAssessments: Maybe<ModuleAssessmentConnection>;
  /** Credits from passed module assessments. Part RESULTS. */
  moduleCredits: Maybe<Scalars['Float']['output']>;
  /** Internal: the module catalogue and this learner's module enrolments and assessments, for the college's profile and recommendations. Null without RESULTS access. */
  moduleFacts: Maybe<ModuleFacts>;
  /** The modules the learner enrolled in, with their status, ordered by start date then module code. Part RESULTS. */
  moduleProgress: Maybe<ModuleProgressConnection>;
  /** The learner's full name. Part IDENTITY. */
  name: Maybe<Scalars['String']['output']>;
  /**
   * The learner's GB 11643 national ID number, masked (e.g. 620102********123X).
   * Part IDENTITY. With `unmasked: true`, staff of the enrolling school see the
   * full number; every such read is audited.
   */
  nationalId: Maybe<Scalars['String']['output']>;
  /** Organisations taking part in the learner's pathway; used only for authorisation. */
  pathwayOrganizationIds: Array<Scalars['ID']['output']>;
  /** The learner's secondary stage, or null when they have none on the hub. Part RESULTS. */
  secondaryStage: Maybe<SecondaryEnrollment>;
  /**
   * The learner's secondary stage as an Open Badges 3.0 AchievementCredential
   * signed by the enrolling school (eddsa-rdfc-2022): the programme's stage, each
   * course result with its term and score, the credits earned, and the stage's
   * dates. The learner is named only by a salted hash of their hub id. Part
   * RESULTS; null when the learner has no secondary stage here. The college's
   * transcriptCredential embeds it.
   */
  secondaryStageCredential: Maybe<Scalars['JSON']['output']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type StudentExamEligibilityArgs = {
  standardCode: Scalars['ID']['input'];
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type StudentLearningReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type StudentModuleAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type StudentModuleProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The secondary
 * subgraph contributes the learner's name and secondary stage.
 */
export type StudentNationalIdArgs = {
  unmasked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of a suggestion. */
export type SuggestionKind =
  /** Take a recommended module next. */
  | 'MODULE'
  /** Use a module's resource package. */
  | 'RESOURCE'
  /** Retake the module just failed. */
  | 'RETAKE';

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
  CertificateModule: CertificateModule;
  LearningReport: LearningReport;
  SecondaryProgram: SecondaryProgram;
  SecondarySchool: SecondarySchool;
  Student: Student;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CertificateModule:
    ( { __typename: 'CertificateModule' }
    & GraphQLRecursivePick<FederationTypes['CertificateModule'], {"code":true}> );
  LearningReport:
    ( { __typename: 'LearningReport' }
    & GraphQLRecursivePick<FederationTypes['LearningReport'], {"id":true}> );
  SecondaryProgram:
    ( { __typename: 'SecondaryProgram' }
    & GraphQLRecursivePick<FederationTypes['SecondaryProgram'], {"code":true}> );
  SecondarySchool:
    ( { __typename: 'SecondarySchool' }
    & GraphQLRecursivePick<FederationTypes['SecondarySchool'], {"id":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}> ) );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SecondaryChangeNode:
    | ( ModuleAssessmentRow )
    | ( CourseRow )
    | ( ResultRow )
    | ( EnrollmentRow )
    | ( ProgramRow )
    | ( SchoolRow )
    | ( TeacherRow )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActiveGrant: ResolverTypeWrapper<ActiveGrant>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CertificateModule: ResolverTypeWrapper<CertificateModuleRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CertificateModuleConnection: ResolverTypeWrapper<Omit<CertificateModuleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CertificateModuleEdge']>, nodes: Array<ResolversTypes['CertificateModule']> }>;
  CertificateModuleEdge: ResolverTypeWrapper<Omit<CertificateModuleEdge, 'node'> & { node: ResolversTypes['CertificateModule'] }>;
  CertificateStandard: ResolverTypeWrapper<CertificateStandard>;
  ChangeKind: ChangeKind;
  CohortDistribution: ResolverTypeWrapper<CohortDistribution>;
  CompetencyItem: ResolverTypeWrapper<CompetencyItem>;
  CompetencyMappingFact: ResolverTypeWrapper<CourseCompetencyRow>;
  CompetencyMappingInput: CompetencyMappingInput;
  ContentCoverageFact: ResolverTypeWrapper<CourseContentRow>;
  ContentCoverageInput: ContentCoverageInput;
  CourseCompetencyMapping: ResolverTypeWrapper<CourseCompetencyRow>;
  CourseCompetencyMappingConnection: ResolverTypeWrapper<Omit<CourseCompetencyMappingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseCompetencyMappingEdge']>, nodes: Array<ResolversTypes['CourseCompetencyMapping']> }>;
  CourseCompetencyMappingEdge: ResolverTypeWrapper<Omit<CourseCompetencyMappingEdge, 'node'> & { node: ResolversTypes['CourseCompetencyMapping'] }>;
  CourseContentCoverage: ResolverTypeWrapper<CourseContentRow>;
  CourseContentCoverageConnection: ResolverTypeWrapper<Omit<CourseContentCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseContentCoverageEdge']>, nodes: Array<ResolversTypes['CourseContentCoverage']> }>;
  CourseContentCoverageEdge: ResolverTypeWrapper<Omit<CourseContentCoverageEdge, 'node'> & { node: ResolversTypes['CourseContentCoverage'] }>;
  CredentialIssuer: ResolverTypeWrapper<IssuerView>;
  CurriculumCourseFact: ResolverTypeWrapper<CurriculumCourseFact>;
  CurriculumFacts: ResolverTypeWrapper<Omit<CurriculumFacts, 'competencies' | 'content'> & { competencies: Array<ResolversTypes['CompetencyMappingFact']>, content: Array<ResolversTypes['ContentCoverageFact']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DualQualifiedFact: ResolverTypeWrapper<DualQualifiedYear>;
  DualQualifiedFigure: ResolverTypeWrapper<DualQualifiedYear>;
  EnrolInModuleInput: EnrolInModuleInput;
  EnrollSecondaryStudentInput: EnrollSecondaryStudentInput;
  EnrolmentCheck: ResolverTypeWrapper<EnrolmentCheck>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EnrolmentCheckRequest: EnrolmentCheckRequest;
  EnterprisePractice: ResolverTypeWrapper<TeacherPracticeRow>;
  ExamEligibility: ResolverTypeWrapper<ExamEligibility>;
  ExamGate: ResolverTypeWrapper<ExamGate>;
  ExamRegistration: ResolverTypeWrapper<ExamRegistrationRow>;
  ExamRegistrationInput: ExamRegistrationInput;
  ImportJob: ResolverTypeWrapper<ImportJobRow>;
  ImportJobStatus: ImportJobStatus;
  ImportRowError: ResolverTypeWrapper<ImportRowErrorRow>;
  ImportRowErrorConnection: ResolverTypeWrapper<Omit<ImportRowErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ImportRowErrorEdge']>, nodes: Array<ResolversTypes['ImportRowError']> }>;
  ImportRowErrorEdge: ResolverTypeWrapper<Omit<ImportRowErrorEdge, 'node'> & { node: ResolversTypes['ImportRowError'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobPosition: ResolverTypeWrapper<JobPosition>;
  LearningReport: ResolverTypeWrapper<LearningReportRow>;
  LearningReportConnection: ResolverTypeWrapper<Omit<LearningReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LearningReportEdge']>, nodes: Array<ResolversTypes['LearningReport']> }>;
  LearningReportEdge: ResolverTypeWrapper<Omit<LearningReportEdge, 'node'> & { node: ResolversTypes['LearningReport'] }>;
  MapCourseInput: MapCourseInput;
  ModuleAssessment: ResolverTypeWrapper<ModuleAssessmentRow>;
  ModuleAssessmentConnection: ResolverTypeWrapper<Omit<ModuleAssessmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModuleAssessmentEdge']>, nodes: Array<ResolversTypes['ModuleAssessment']> }>;
  ModuleAssessmentEdge: ResolverTypeWrapper<Omit<ModuleAssessmentEdge, 'node'> & { node: ResolversTypes['ModuleAssessment'] }>;
  ModuleAssessmentFact: ResolverTypeWrapper<ModuleAssessmentFact>;
  ModuleCompetency: ResolverTypeWrapper<ModuleCompetencyRow>;
  ModuleCompetencyFact: ResolverTypeWrapper<ModuleCompetencyFact>;
  ModuleEnrolmentFact: ResolverTypeWrapper<ModuleEnrolmentFact>;
  ModuleEnrolmentRate: ResolverTypeWrapper<ModuleEnrolmentRate>;
  ModuleEnrolmentRateConnection: ResolverTypeWrapper<ModuleEnrolmentRateConnection>;
  ModuleEnrolmentRateEdge: ResolverTypeWrapper<ModuleEnrolmentRateEdge>;
  ModuleFact: ResolverTypeWrapper<ModuleFact>;
  ModuleFacts: ResolverTypeWrapper<ModuleFacts>;
  ModulePassRate: ResolverTypeWrapper<PassRateRow>;
  ModulePassRateConnection: ResolverTypeWrapper<Omit<ModulePassRateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModulePassRateEdge']>, nodes: Array<ResolversTypes['ModulePassRate']> }>;
  ModulePassRateEdge: ResolverTypeWrapper<Omit<ModulePassRateEdge, 'node'> & { node: ResolversTypes['ModulePassRate'] }>;
  ModuleProgress: ResolverTypeWrapper<ModuleProgressView>;
  ModuleProgressConnection: ResolverTypeWrapper<Omit<ModuleProgressConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModuleProgressEdge']>, nodes: Array<ResolversTypes['ModuleProgress']> }>;
  ModuleProgressEdge: ResolverTypeWrapper<Omit<ModuleProgressEdge, 'node'> & { node: ResolversTypes['ModuleProgress'] }>;
  ModuleStatus: ModuleStatus;
  ModuleUptake: ResolverTypeWrapper<UptakeRow>;
  ModuleUptakeConnection: ResolverTypeWrapper<Omit<ModuleUptakeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModuleUptakeEdge']>, nodes: Array<ResolversTypes['ModuleUptake']> }>;
  ModuleUptakeEdge: ResolverTypeWrapper<Omit<ModuleUptakeEdge, 'node'> & { node: ResolversTypes['ModuleUptake'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreliminaryExamResult: ResolverTypeWrapper<PreliminaryExamRow>;
  QualificationInput: QualificationInput;
  QualificationKind: QualificationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordModuleAssessmentInput: RecordModuleAssessmentInput;
  RecordPart: RecordPart;
  RecordPreliminaryExamInput: RecordPreliminaryExamInput;
  RecordResultInput: RecordResultInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: ResolverTypeWrapper<Registered>;
  ReportCompetency: ResolverTypeWrapper<ReportCompetencyBody>;
  ReportExamGate: ResolverTypeWrapper<ReportExamGate>;
  ReportGap: ResolverTypeWrapper<ReportGapBody>;
  ReportSuggestion: ResolverTypeWrapper<ReportSuggestionBody>;
  ScoreBand: ResolverTypeWrapper<ScoreBand>;
  SecondaryChange: ResolverTypeWrapper<ChangeRow>;
  SecondaryChangeConnection: ResolverTypeWrapper<ChangePage>;
  SecondaryChangeEdge: ResolverTypeWrapper<Omit<SecondaryChangeEdge, 'node'> & { node: ResolversTypes['SecondaryChange'] }>;
  SecondaryChangeNode: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SecondaryChangeNode']>;
  SecondaryCourse: ResolverTypeWrapper<CourseRow>;
  SecondaryCourseConnection: ResolverTypeWrapper<Omit<SecondaryCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecondaryCourseEdge']>, nodes: Array<ResolversTypes['SecondaryCourse']> }>;
  SecondaryCourseEdge: ResolverTypeWrapper<Omit<SecondaryCourseEdge, 'node'> & { node: ResolversTypes['SecondaryCourse'] }>;
  SecondaryCourseResult: ResolverTypeWrapper<ResultRow>;
  SecondaryCourseResultConnection: ResolverTypeWrapper<Omit<SecondaryCourseResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecondaryCourseResultEdge']>, nodes: Array<ResolversTypes['SecondaryCourseResult']> }>;
  SecondaryCourseResultEdge: ResolverTypeWrapper<Omit<SecondaryCourseResultEdge, 'node'> & { node: ResolversTypes['SecondaryCourseResult'] }>;
  SecondaryEnrollment: ResolverTypeWrapper<EnrollmentRow>;
  SecondaryProgram: ResolverTypeWrapper<ProgramRow>;
  SecondaryProgramConnection: ResolverTypeWrapper<Omit<SecondaryProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecondaryProgramEdge']>, nodes: Array<ResolversTypes['SecondaryProgram']> }>;
  SecondaryProgramEdge: ResolverTypeWrapper<Omit<SecondaryProgramEdge, 'node'> & { node: ResolversTypes['SecondaryProgram'] }>;
  SecondarySchool: ResolverTypeWrapper<SchoolRow>;
  SecondarySchoolConnection: ResolverTypeWrapper<Omit<SecondarySchoolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecondarySchoolEdge']>, nodes: Array<ResolversTypes['SecondarySchool']> }>;
  SecondarySchoolEdge: ResolverTypeWrapper<Omit<SecondarySchoolEdge, 'node'> & { node: ResolversTypes['SecondarySchool'] }>;
  SecondaryTeacher: ResolverTypeWrapper<TeacherRow>;
  SecondaryTeacherConnection: ResolverTypeWrapper<Omit<SecondaryTeacherConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecondaryTeacherEdge']>, nodes: Array<ResolversTypes['SecondaryTeacher']> }>;
  SecondaryTeacherEdge: ResolverTypeWrapper<Omit<SecondaryTeacherEdge, 'node'> & { node: ResolversTypes['SecondaryTeacher'] }>;
  Student: ResolverTypeWrapper<StudentParent>;
  SuggestionKind: SuggestionKind;
  TeacherInput: TeacherInput;
  TeacherPracticeInput: TeacherPracticeInput;
  TeacherQualification: ResolverTypeWrapper<TeacherQualificationRow>;
  WebhookStatus: WebhookStatus;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
  WebhookSubscriptionConnection: ResolverTypeWrapper<Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversTypes['WebhookSubscription']> }>;
  WebhookSubscriptionEdge: ResolverTypeWrapper<Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversTypes['WebhookSubscription'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActiveGrant: ActiveGrant;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CertificateModule: CertificateModuleRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  CertificateModuleConnection: Omit<CertificateModuleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CertificateModuleEdge']>, nodes: Array<ResolversParentTypes['CertificateModule']> };
  CertificateModuleEdge: Omit<CertificateModuleEdge, 'node'> & { node: ResolversParentTypes['CertificateModule'] };
  CertificateStandard: CertificateStandard;
  CohortDistribution: CohortDistribution;
  CompetencyItem: CompetencyItem;
  CompetencyMappingFact: CourseCompetencyRow;
  CompetencyMappingInput: CompetencyMappingInput;
  ContentCoverageFact: CourseContentRow;
  ContentCoverageInput: ContentCoverageInput;
  CourseCompetencyMapping: CourseCompetencyRow;
  CourseCompetencyMappingConnection: Omit<CourseCompetencyMappingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseCompetencyMappingEdge']>, nodes: Array<ResolversParentTypes['CourseCompetencyMapping']> };
  CourseCompetencyMappingEdge: Omit<CourseCompetencyMappingEdge, 'node'> & { node: ResolversParentTypes['CourseCompetencyMapping'] };
  CourseContentCoverage: CourseContentRow;
  CourseContentCoverageConnection: Omit<CourseContentCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseContentCoverageEdge']>, nodes: Array<ResolversParentTypes['CourseContentCoverage']> };
  CourseContentCoverageEdge: Omit<CourseContentCoverageEdge, 'node'> & { node: ResolversParentTypes['CourseContentCoverage'] };
  CredentialIssuer: IssuerView;
  CurriculumCourseFact: CurriculumCourseFact;
  CurriculumFacts: Omit<CurriculumFacts, 'competencies' | 'content'> & { competencies: Array<ResolversParentTypes['CompetencyMappingFact']>, content: Array<ResolversParentTypes['ContentCoverageFact']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DualQualifiedFact: DualQualifiedYear;
  DualQualifiedFigure: DualQualifiedYear;
  EnrolInModuleInput: EnrolInModuleInput;
  EnrollSecondaryStudentInput: EnrollSecondaryStudentInput;
  EnrolmentCheck: EnrolmentCheck;
  Boolean: Scalars['Boolean']['output'];
  EnrolmentCheckRequest: EnrolmentCheckRequest;
  EnterprisePractice: TeacherPracticeRow;
  ExamEligibility: ExamEligibility;
  ExamGate: ExamGate;
  ExamRegistration: ExamRegistrationRow;
  ExamRegistrationInput: ExamRegistrationInput;
  ImportJob: ImportJobRow;
  ImportRowError: ImportRowErrorRow;
  ImportRowErrorConnection: Omit<ImportRowErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ImportRowErrorEdge']>, nodes: Array<ResolversParentTypes['ImportRowError']> };
  ImportRowErrorEdge: Omit<ImportRowErrorEdge, 'node'> & { node: ResolversParentTypes['ImportRowError'] };
  JSON: Scalars['JSON']['output'];
  JobPosition: JobPosition;
  LearningReport: LearningReportRow;
  LearningReportConnection: Omit<LearningReportConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LearningReportEdge']>, nodes: Array<ResolversParentTypes['LearningReport']> };
  LearningReportEdge: Omit<LearningReportEdge, 'node'> & { node: ResolversParentTypes['LearningReport'] };
  MapCourseInput: MapCourseInput;
  ModuleAssessment: ModuleAssessmentRow;
  ModuleAssessmentConnection: Omit<ModuleAssessmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModuleAssessmentEdge']>, nodes: Array<ResolversParentTypes['ModuleAssessment']> };
  ModuleAssessmentEdge: Omit<ModuleAssessmentEdge, 'node'> & { node: ResolversParentTypes['ModuleAssessment'] };
  ModuleAssessmentFact: ModuleAssessmentFact;
  ModuleCompetency: ModuleCompetencyRow;
  ModuleCompetencyFact: ModuleCompetencyFact;
  ModuleEnrolmentFact: ModuleEnrolmentFact;
  ModuleEnrolmentRate: ModuleEnrolmentRate;
  ModuleEnrolmentRateConnection: ModuleEnrolmentRateConnection;
  ModuleEnrolmentRateEdge: ModuleEnrolmentRateEdge;
  ModuleFact: ModuleFact;
  ModuleFacts: ModuleFacts;
  ModulePassRate: PassRateRow;
  ModulePassRateConnection: Omit<ModulePassRateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModulePassRateEdge']>, nodes: Array<ResolversParentTypes['ModulePassRate']> };
  ModulePassRateEdge: Omit<ModulePassRateEdge, 'node'> & { node: ResolversParentTypes['ModulePassRate'] };
  ModuleProgress: ModuleProgressView;
  ModuleProgressConnection: Omit<ModuleProgressConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModuleProgressEdge']>, nodes: Array<ResolversParentTypes['ModuleProgress']> };
  ModuleProgressEdge: Omit<ModuleProgressEdge, 'node'> & { node: ResolversParentTypes['ModuleProgress'] };
  ModuleUptake: UptakeRow;
  ModuleUptakeConnection: Omit<ModuleUptakeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModuleUptakeEdge']>, nodes: Array<ResolversParentTypes['ModuleUptake']> };
  ModuleUptakeEdge: Omit<ModuleUptakeEdge, 'node'> & { node: ResolversParentTypes['ModuleUptake'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PreliminaryExamResult: PreliminaryExamRow;
  QualificationInput: QualificationInput;
  Query: Record<PropertyKey, never>;
  RecordModuleAssessmentInput: RecordModuleAssessmentInput;
  RecordPreliminaryExamInput: RecordPreliminaryExamInput;
  RecordResultInput: RecordResultInput;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: Registered;
  ReportCompetency: ReportCompetencyBody;
  ReportExamGate: ReportExamGate;
  ReportGap: ReportGapBody;
  ReportSuggestion: ReportSuggestionBody;
  ScoreBand: ScoreBand;
  SecondaryChange: ChangeRow;
  SecondaryChangeConnection: ChangePage;
  SecondaryChangeEdge: Omit<SecondaryChangeEdge, 'node'> & { node: ResolversParentTypes['SecondaryChange'] };
  SecondaryChangeNode: ResolversUnionTypes<ResolversParentTypes>['SecondaryChangeNode'];
  SecondaryCourse: CourseRow;
  SecondaryCourseConnection: Omit<SecondaryCourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecondaryCourseEdge']>, nodes: Array<ResolversParentTypes['SecondaryCourse']> };
  SecondaryCourseEdge: Omit<SecondaryCourseEdge, 'node'> & { node: ResolversParentTypes['SecondaryCourse'] };
  SecondaryCourseResult: ResultRow;
  SecondaryCourseResultConnection: Omit<SecondaryCourseResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecondaryCourseResultEdge']>, nodes: Array<ResolversParentTypes['SecondaryCourseResult']> };
  SecondaryCourseResultEdge: Omit<SecondaryCourseResultEdge, 'node'> & { node: ResolversParentTypes['SecondaryCourseResult'] };
  SecondaryEnrollment: EnrollmentRow;
  SecondaryProgram: ProgramRow;
  SecondaryProgramConnection: Omit<SecondaryProgramConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecondaryProgramEdge']>, nodes: Array<ResolversParentTypes['SecondaryProgram']> };
  SecondaryProgramEdge: Omit<SecondaryProgramEdge, 'node'> & { node: ResolversParentTypes['SecondaryProgram'] };
  SecondarySchool: SchoolRow;
  SecondarySchoolConnection: Omit<SecondarySchoolConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecondarySchoolEdge']>, nodes: Array<ResolversParentTypes['SecondarySchool']> };
  SecondarySchoolEdge: Omit<SecondarySchoolEdge, 'node'> & { node: ResolversParentTypes['SecondarySchool'] };
  SecondaryTeacher: TeacherRow;
  SecondaryTeacherConnection: Omit<SecondaryTeacherConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecondaryTeacherEdge']>, nodes: Array<ResolversParentTypes['SecondaryTeacher']> };
  SecondaryTeacherEdge: Omit<SecondaryTeacherEdge, 'node'> & { node: ResolversParentTypes['SecondaryTeacher'] };
  Student: StudentParent;
  TeacherInput: TeacherInput;
  TeacherPracticeInput: TeacherPracticeInput;
  TeacherQualification: TeacherQualificationRow;
  WebhookSubscription: WebhookSubscriptionRow;
  WebhookSubscriptionConnection: Omit<WebhookSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebhookSubscriptionEdge']>, nodes: Array<ResolversParentTypes['WebhookSubscription']> };
  WebhookSubscriptionEdge: Omit<WebhookSubscriptionEdge, 'node'> & { node: ResolversParentTypes['WebhookSubscription'] };
}>;

export type ActiveGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveGrant'] = ResolversParentTypes['ActiveGrant']> = ResolversObject<{
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type CertificateModuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateModule'] = ResolversParentTypes['CertificateModule'], FederationReferenceType extends FederationReferenceTypes['CertificateModule'] = FederationReferenceTypes['CertificateModule']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificateModule']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['ModuleCompetency']>, ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prerequisites?: Resolver<Array<ResolversTypes['CertificateModule']>, ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificateModuleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateModuleConnection'] = ResolversParentTypes['CertificateModuleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificateModuleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CertificateModule']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificateModuleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateModuleEdge'] = ResolversParentTypes['CertificateModuleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
}>;

export type CertificateStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandard'] = ResolversParentTypes['CertificateStandard']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CohortDistributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortDistribution'] = ResolversParentTypes['CohortDistribution']> = ResolversObject<{
  bands?: Resolver<Array<ResolversTypes['ScoreBand']>, ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  schoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CompetencyItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyItem'] = ResolversParentTypes['CompetencyItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CompetencyMappingFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyMappingFact'] = ResolversParentTypes['CompetencyMappingFact']> = ResolversObject<{
  courseCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContentCoverageFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentCoverageFact'] = ResolversParentTypes['ContentCoverageFact']> = ResolversObject<{
  courseCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CredentialIssuerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialIssuer'] = ResolversParentTypes['CredentialIssuer']> = ResolversObject<{
  did?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  didDocument?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  jwks?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CurriculumCourseFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumCourseFact'] = ResolversParentTypes['CurriculumCourseFact']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CurriculumFactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurriculumFacts'] = ResolversParentTypes['CurriculumFacts']> = ResolversObject<{
  competencies?: Resolver<Array<ResolversTypes['CompetencyMappingFact']>, ParentType, ContextType>;
  content?: Resolver<Array<ResolversTypes['ContentCoverageFact']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CurriculumCourseFact']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DualQualifiedFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DualQualifiedFact'] = ResolversParentTypes['DualQualifiedFact']> = ResolversObject<{
  qualified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DualQualifiedFigureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DualQualifiedFigure'] = ResolversParentTypes['DualQualifiedFigure']> = ResolversObject<{
  qualified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  teachers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnrolmentCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrolmentCheck'] = ResolversParentTypes['EnrolmentCheck']> = ResolversObject<{
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inProgram?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nameMatches?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EnterprisePracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterprisePractice'] = ResolversParentTypes['EnterprisePractice']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExamEligibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExamEligibility'] = ResolversParentTypes['ExamEligibility']> = ResolversObject<{
  bestPreliminaryScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  modulesPassed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modulesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExamGateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExamGate'] = ResolversParentTypes['ExamGate']> = ResolversObject<{
  preliminaryThreshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExamRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExamRegistration'] = ResolversParentTypes['ExamRegistration']> = ResolversObject<{
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type LearningReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningReport'] = ResolversParentTypes['LearningReport'], FederationReferenceType extends FederationReferenceTypes['LearningReport'] = FederationReferenceTypes['LearningReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LearningReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assessment?: Resolver<ResolversTypes['ModuleAssessment'], ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['CohortDistribution'], ParentType, ContextType>;
  competenciesGained?: Resolver<Array<ResolversTypes['ReportCompetency']>, ParentType, ContextType>;
  examGate?: Resolver<ResolversTypes['ReportExamGate'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobPosition?: Resolver<Maybe<ResolversTypes['JobPosition']>, ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  printableHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingGaps?: Resolver<Array<ResolversTypes['ReportGap']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['ReportSuggestion']>, ParentType, ContextType>;
}>;

export type LearningReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningReportConnection'] = ResolversParentTypes['LearningReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LearningReportEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LearningReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LearningReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LearningReportEdge'] = ResolversParentTypes['LearningReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LearningReport'], ParentType, ContextType>;
}>;

export type ModuleAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleAssessment'] = ResolversParentTypes['ModuleAssessment']> = ResolversObject<{
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  creditsEarned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ModuleAssessmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleAssessmentConnection'] = ResolversParentTypes['ModuleAssessmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleAssessmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModuleAssessment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleAssessmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleAssessmentEdge'] = ResolversParentTypes['ModuleAssessmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleAssessment'], ParentType, ContextType>;
}>;

export type ModuleAssessmentFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleAssessmentFact'] = ResolversParentTypes['ModuleAssessmentFact']> = ResolversObject<{
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  moduleCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ModuleCompetencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleCompetency'] = ResolversParentTypes['ModuleCompetency']> = ResolversObject<{
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleCompetencyFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleCompetencyFact'] = ResolversParentTypes['ModuleCompetencyFact']> = ResolversObject<{
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleEnrolmentFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleEnrolmentFact'] = ResolversParentTypes['ModuleEnrolmentFact']> = ResolversObject<{
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  moduleCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ModuleEnrolmentRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleEnrolmentRate'] = ResolversParentTypes['ModuleEnrolmentRate']> = ResolversObject<{
  cohort?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ModuleEnrolmentRateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleEnrolmentRateConnection'] = ResolversParentTypes['ModuleEnrolmentRateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleEnrolmentRateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModuleEnrolmentRate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleEnrolmentRateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleEnrolmentRateEdge'] = ResolversParentTypes['ModuleEnrolmentRateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleEnrolmentRate'], ParentType, ContextType>;
}>;

export type ModuleFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleFact'] = ResolversParentTypes['ModuleFact']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  competencies?: Resolver<Array<ResolversTypes['ModuleCompetencyFact']>, ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prerequisiteCodes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModuleFactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleFacts'] = ResolversParentTypes['ModuleFacts']> = ResolversObject<{
  assessments?: Resolver<Array<ResolversTypes['ModuleAssessmentFact']>, ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['ModuleEnrolmentFact']>, ParentType, ContextType>;
  modules?: Resolver<Array<ResolversTypes['ModuleFact']>, ParentType, ContextType>;
}>;

export type ModulePassRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModulePassRate'] = ResolversParentTypes['ModulePassRate']> = ResolversObject<{
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ModulePassRateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModulePassRateConnection'] = ResolversParentTypes['ModulePassRateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModulePassRateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModulePassRate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModulePassRateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModulePassRateEdge'] = ResolversParentTypes['ModulePassRateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModulePassRate'], ParentType, ContextType>;
}>;

export type ModuleProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleProgress'] = ResolversParentTypes['ModuleProgress']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastAssessedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  passedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ModuleStatus'], ParentType, ContextType>;
}>;

export type ModuleProgressConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleProgressConnection'] = ResolversParentTypes['ModuleProgressConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleProgressEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModuleProgress']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleProgressEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleProgressEdge'] = ResolversParentTypes['ModuleProgressEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleProgress'], ParentType, ContextType>;
}>;

export type ModuleUptakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleUptake'] = ResolversParentTypes['ModuleUptake']> = ResolversObject<{
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  notTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleUptakeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleUptakeConnection'] = ResolversParentTypes['ModuleUptakeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleUptakeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModuleUptake']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleUptakeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModuleUptakeEdge'] = ResolversParentTypes['ModuleUptakeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModuleUptake'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addSecondaryTeacher?: Resolver<ResolversTypes['SecondaryTeacher'], ParentType, ContextType, RequireFields<MutationAddSecondaryTeacherArgs, 'input'>>;
  completeSecondaryStage?: Resolver<ResolversTypes['SecondaryEnrollment'], ParentType, ContextType, RequireFields<MutationCompleteSecondaryStageArgs, 'studentId'>>;
  deleteSecondaryWebhook?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationDeleteSecondaryWebhookArgs, 'id'>>;
  enrolInModule?: Resolver<ResolversTypes['ModuleProgress'], ParentType, ContextType, RequireFields<MutationEnrolInModuleArgs, 'input'>>;
  enrollSecondaryStudent?: Resolver<ResolversTypes['SecondaryEnrollment'], ParentType, ContextType, RequireFields<MutationEnrollSecondaryStudentArgs, 'input'>>;
  mapSecondaryCourse?: Resolver<ResolversTypes['SecondaryCourse'], ParentType, ContextType, RequireFields<MutationMapSecondaryCourseArgs, 'input'>>;
  recordModuleAssessment?: Resolver<ResolversTypes['ModuleAssessment'], ParentType, ContextType, RequireFields<MutationRecordModuleAssessmentArgs, 'input'>>;
  recordPreliminaryExam?: Resolver<ResolversTypes['PreliminaryExamResult'], ParentType, ContextType, RequireFields<MutationRecordPreliminaryExamArgs, 'input'>>;
  recordSecondaryResult?: Resolver<ResolversTypes['SecondaryCourseResult'], ParentType, ContextType, RequireFields<MutationRecordSecondaryResultArgs, 'input'>>;
  recordSecondaryTeacherPractice?: Resolver<ResolversTypes['SecondaryTeacher'], ParentType, ContextType, RequireFields<MutationRecordSecondaryTeacherPracticeArgs, 'input'>>;
  registerForCertificationExam?: Resolver<ResolversTypes['ExamRegistration'], ParentType, ContextType, RequireFields<MutationRegisterForCertificationExamArgs, 'input'>>;
  registerSecondaryWebhook?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRegisterSecondaryWebhookArgs, 'input'>>;
  resumeSecondaryImport?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType, RequireFields<MutationResumeSecondaryImportArgs, 'id'>>;
  resumeSecondaryWebhook?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationResumeSecondaryWebhookArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PreliminaryExamResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreliminaryExamResult'] = ResolversParentTypes['PreliminaryExamResult']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  takenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  certificateModules?: Resolver<ResolversTypes['CertificateModuleConnection'], ParentType, ContextType, RequireFields<QueryCertificateModulesArgs, 'first' | 'standardCode'>>;
  enrolmentCheck?: Resolver<ResolversTypes['EnrolmentCheck'], ParentType, ContextType, RequireFields<QueryEnrolmentCheckArgs, 'studentId'>>;
  enrolmentChecks?: Resolver<Array<ResolversTypes['EnrolmentCheck']>, ParentType, ContextType, RequireFields<QueryEnrolmentChecksArgs, 'checks'>>;
  examGate?: Resolver<Maybe<ResolversTypes['ExamGate']>, ParentType, ContextType, RequireFields<QueryExamGateArgs, 'standardCode'>>;
  moduleEnrolmentRates?: Resolver<ResolversTypes['ModuleEnrolmentRateConnection'], ParentType, ContextType, RequireFields<QueryModuleEnrolmentRatesArgs, 'first' | 'schoolId'>>;
  modulePassRates?: Resolver<ResolversTypes['ModulePassRateConnection'], ParentType, ContextType, RequireFields<QueryModulePassRatesArgs, 'first' | 'schoolId'>>;
  modulesRecommendedNotTaken?: Resolver<ResolversTypes['ModuleUptakeConnection'], ParentType, ContextType, RequireFields<QueryModulesRecommendedNotTakenArgs, 'first' | 'schoolId'>>;
  schoolIssuer?: Resolver<Maybe<ResolversTypes['CredentialIssuer']>, ParentType, ContextType, RequireFields<QuerySchoolIssuerArgs, 'organizationId'>>;
  secondaryChanges?: Resolver<ResolversTypes['SecondaryChangeConnection'], ParentType, ContextType, RequireFields<QuerySecondaryChangesArgs, 'first' | 'since'>>;
  secondaryImportJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QuerySecondaryImportJobArgs, 'id'>>;
  secondaryProgram?: Resolver<Maybe<ResolversTypes['SecondaryProgram']>, ParentType, ContextType, RequireFields<QuerySecondaryProgramArgs, 'code'>>;
  secondarySchool?: Resolver<Maybe<ResolversTypes['SecondarySchool']>, ParentType, ContextType, RequireFields<QuerySecondarySchoolArgs, 'id'>>;
  secondarySchools?: Resolver<ResolversTypes['SecondarySchoolConnection'], ParentType, ContextType, RequireFields<QuerySecondarySchoolsArgs, 'first'>>;
  secondaryTeachers?: Resolver<ResolversTypes['SecondaryTeacherConnection'], ParentType, ContextType, RequireFields<QuerySecondaryTeachersArgs, 'first' | 'schoolId'>>;
  secondaryWebhooks?: Resolver<ResolversTypes['WebhookSubscriptionConnection'], ParentType, ContextType, RequireFields<QuerySecondaryWebhooksArgs, 'first' | 'organizationId'>>;
  studentByNationalId?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentByNationalIdArgs, 'nationalId'>>;
}>;

export type RegisteredWebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
}>;

export type ReportCompetencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportCompetency'] = ResolversParentTypes['ReportCompetency']> = ResolversObject<{
  after?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
}>;

export type ReportExamGateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportExamGate'] = ResolversParentTypes['ReportExamGate']> = ResolversObject<{
  allModulesPassed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bestPreliminaryScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  modulesPassed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modulesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReportGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportGap'] = ResolversParentTypes['ReportGap']> = ResolversObject<{
  essential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['CompetencyItem'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReportSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportSuggestion'] = ResolversParentTypes['ReportSuggestion']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['SuggestionKind'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['CertificateModule'], ParentType, ContextType>;
  resourcePackageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScoreBandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreBand'] = ResolversParentTypes['ScoreBand']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  learners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryChange'] = ResolversParentTypes['SecondaryChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['SecondaryChangeNode']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryChangeConnection'] = ResolversParentTypes['SecondaryChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondaryChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondaryChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SecondaryChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryChangeEdge'] = ResolversParentTypes['SecondaryChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondaryChange'], ParentType, ContextType>;
}>;

export type SecondaryChangeNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryChangeNode'] = ResolversParentTypes['SecondaryChangeNode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ModuleAssessment' | 'SecondaryCourse' | 'SecondaryCourseResult' | 'SecondaryEnrollment' | 'SecondaryProgram' | 'SecondarySchool' | 'SecondaryTeacher', ParentType, ContextType>;
}>;

export type SecondaryCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourse'] = ResolversParentTypes['SecondaryCourse']> = ResolversObject<{
  certificateContent?: Resolver<ResolversTypes['CourseContentCoverageConnection'], ParentType, ContextType, RequireFields<SecondaryCourseCertificateContentArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  competencyMappings?: Resolver<ResolversTypes['CourseCompetencyMappingConnection'], ParentType, ContextType, RequireFields<SecondaryCourseCompetencyMappingsArgs, 'first'>>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondaryCourseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourseConnection'] = ResolversParentTypes['SecondaryCourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondaryCourseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondaryCourse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryCourseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourseEdge'] = ResolversParentTypes['SecondaryCourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondaryCourse'], ParentType, ContextType>;
}>;

export type SecondaryCourseResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourseResult'] = ResolversParentTypes['SecondaryCourseResult']> = ResolversObject<{
  course?: Resolver<ResolversTypes['SecondaryCourse'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondaryCourseResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourseResultConnection'] = ResolversParentTypes['SecondaryCourseResultConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondaryCourseResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondaryCourseResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryCourseResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryCourseResultEdge'] = ResolversParentTypes['SecondaryCourseResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondaryCourseResult'], ParentType, ContextType>;
}>;

export type SecondaryEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryEnrollment'] = ResolversParentTypes['SecondaryEnrollment']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['SecondarySchool'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
  resultFacts?: Resolver<Array<ResolversTypes['SecondaryCourseResult']>, ParentType, ContextType>;
  results?: Resolver<ResolversTypes['SecondaryCourseResultConnection'], ParentType, ContextType, RequireFields<SecondaryEnrollmentResultsArgs, 'first'>>;
  student?: Resolver<ResolversTypes['Student'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondaryProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryProgram'] = ResolversParentTypes['SecondaryProgram'], FederationReferenceType extends FederationReferenceTypes['SecondaryProgram'] = FederationReferenceTypes['SecondaryProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecondaryProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courses?: Resolver<ResolversTypes['SecondaryCourseConnection'], ParentType, ContextType, RequireFields<SecondaryProgramCoursesArgs, 'first'>>;
  curriculumFacts?: Resolver<ResolversTypes['CurriculumFacts'], ParentType, ContextType>;
  dualQualified?: Resolver<Maybe<ResolversTypes['DualQualifiedFigure']>, ParentType, ContextType, RequireFields<SecondaryProgramDualQualifiedArgs, 'year'>>;
  dualQualifiedFacts?: Resolver<Array<ResolversTypes['DualQualifiedFact']>, ParentType, ContextType>;
  durationYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  school?: Resolver<ResolversTypes['SecondarySchool'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondaryProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryProgramConnection'] = ResolversParentTypes['SecondaryProgramConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondaryProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondaryProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryProgramEdge'] = ResolversParentTypes['SecondaryProgramEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
}>;

export type SecondarySchoolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondarySchool'] = ResolversParentTypes['SecondarySchool'], FederationReferenceType extends FederationReferenceTypes['SecondarySchool'] = FederationReferenceTypes['SecondarySchool']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecondarySchool']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programs?: Resolver<ResolversTypes['SecondaryProgramConnection'], ParentType, ContextType, RequireFields<SecondarySchoolProgramsArgs, 'first'>>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondarySchoolConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondarySchoolConnection'] = ResolversParentTypes['SecondarySchoolConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondarySchoolEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondarySchool']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondarySchoolEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondarySchoolEdge'] = ResolversParentTypes['SecondarySchoolEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondarySchool'], ParentType, ContextType>;
}>;

export type SecondaryTeacherResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryTeacher'] = ResolversParentTypes['SecondaryTeacher']> = ResolversObject<{
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dualQualified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<SecondaryTeacherDualQualifiedArgs, 'year'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practice?: Resolver<Array<ResolversTypes['EnterprisePractice']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['TeacherQualification']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SecondaryTeacherConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryTeacherConnection'] = ResolversParentTypes['SecondaryTeacherConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecondaryTeacherEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecondaryTeacher']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryTeacherEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryTeacherEdge'] = ResolversParentTypes['SecondaryTeacherEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecondaryTeacher'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  examEligibility?: Resolver<Maybe<ResolversTypes['ExamEligibility']>, ParentType, ContextType, RequireFields<StudentExamEligibilityArgs, 'standardCode'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestLearningReport?: Resolver<Maybe<ResolversTypes['LearningReport']>, ParentType, ContextType>;
  learningReports?: Resolver<Maybe<ResolversTypes['LearningReportConnection']>, ParentType, ContextType, RequireFields<StudentLearningReportsArgs, 'first'>>;
  moduleAssessments?: Resolver<Maybe<ResolversTypes['ModuleAssessmentConnection']>, ParentType, ContextType, RequireFields<StudentModuleAssessmentsArgs, 'first'>>;
  moduleCredits?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  moduleFacts?: Resolver<Maybe<ResolversTypes['ModuleFacts']>, ParentType, ContextType>;
  moduleProgress?: Resolver<Maybe<ResolversTypes['ModuleProgressConnection']>, ParentType, ContextType, RequireFields<StudentModuleProgressArgs, 'first'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StudentNationalIdArgs, 'unmasked'>>;
  secondaryStage?: Resolver<Maybe<ResolversTypes['SecondaryEnrollment']>, ParentType, ContextType>;
  secondaryStageCredential?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type TeacherQualificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeacherQualification'] = ResolversParentTypes['TeacherQualification']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['QualificationKind'], ParentType, ContextType>;
  obtainedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ActiveGrant?: ActiveGrantResolvers<ContextType>;
  CertificateModule?: CertificateModuleResolvers<ContextType>;
  CertificateModuleConnection?: CertificateModuleConnectionResolvers<ContextType>;
  CertificateModuleEdge?: CertificateModuleEdgeResolvers<ContextType>;
  CertificateStandard?: CertificateStandardResolvers<ContextType>;
  CohortDistribution?: CohortDistributionResolvers<ContextType>;
  CompetencyItem?: CompetencyItemResolvers<ContextType>;
  CompetencyMappingFact?: CompetencyMappingFactResolvers<ContextType>;
  ContentCoverageFact?: ContentCoverageFactResolvers<ContextType>;
  CourseCompetencyMapping?: CourseCompetencyMappingResolvers<ContextType>;
  CourseCompetencyMappingConnection?: CourseCompetencyMappingConnectionResolvers<ContextType>;
  CourseCompetencyMappingEdge?: CourseCompetencyMappingEdgeResolvers<ContextType>;
  CourseContentCoverage?: CourseContentCoverageResolvers<ContextType>;
  CourseContentCoverageConnection?: CourseContentCoverageConnectionResolvers<ContextType>;
  CourseContentCoverageEdge?: CourseContentCoverageEdgeResolvers<ContextType>;
  CredentialIssuer?: CredentialIssuerResolvers<ContextType>;
  CurriculumCourseFact?: CurriculumCourseFactResolvers<ContextType>;
  CurriculumFacts?: CurriculumFactsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DualQualifiedFact?: DualQualifiedFactResolvers<ContextType>;
  DualQualifiedFigure?: DualQualifiedFigureResolvers<ContextType>;
  EnrolmentCheck?: EnrolmentCheckResolvers<ContextType>;
  EnterprisePractice?: EnterprisePracticeResolvers<ContextType>;
  ExamEligibility?: ExamEligibilityResolvers<ContextType>;
  ExamGate?: ExamGateResolvers<ContextType>;
  ExamRegistration?: ExamRegistrationResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  ImportRowErrorConnection?: ImportRowErrorConnectionResolvers<ContextType>;
  ImportRowErrorEdge?: ImportRowErrorEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JobPosition?: JobPositionResolvers<ContextType>;
  LearningReport?: LearningReportResolvers<ContextType>;
  LearningReportConnection?: LearningReportConnectionResolvers<ContextType>;
  LearningReportEdge?: LearningReportEdgeResolvers<ContextType>;
  ModuleAssessment?: ModuleAssessmentResolvers<ContextType>;
  ModuleAssessmentConnection?: ModuleAssessmentConnectionResolvers<ContextType>;
  ModuleAssessmentEdge?: ModuleAssessmentEdgeResolvers<ContextType>;
  ModuleAssessmentFact?: ModuleAssessmentFactResolvers<ContextType>;
  ModuleCompetency?: ModuleCompetencyResolvers<ContextType>;
  ModuleCompetencyFact?: ModuleCompetencyFactResolvers<ContextType>;
  ModuleEnrolmentFact?: ModuleEnrolmentFactResolvers<ContextType>;
  ModuleEnrolmentRate?: ModuleEnrolmentRateResolvers<ContextType>;
  ModuleEnrolmentRateConnection?: ModuleEnrolmentRateConnectionResolvers<ContextType>;
  ModuleEnrolmentRateEdge?: ModuleEnrolmentRateEdgeResolvers<ContextType>;
  ModuleFact?: ModuleFactResolvers<ContextType>;
  ModuleFacts?: ModuleFactsResolvers<ContextType>;
  ModulePassRate?: ModulePassRateResolvers<ContextType>;
  ModulePassRateConnection?: ModulePassRateConnectionResolvers<ContextType>;
  ModulePassRateEdge?: ModulePassRateEdgeResolvers<ContextType>;
  ModuleProgress?: ModuleProgressResolvers<ContextType>;
  ModuleProgressConnection?: ModuleProgressConnectionResolvers<ContextType>;
  ModuleProgressEdge?: ModuleProgressEdgeResolvers<ContextType>;
  ModuleUptake?: ModuleUptakeResolvers<ContextType>;
  ModuleUptakeConnection?: ModuleUptakeConnectionResolvers<ContextType>;
  ModuleUptakeEdge?: ModuleUptakeEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreliminaryExamResult?: PreliminaryExamResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  ReportCompetency?: ReportCompetencyResolvers<ContextType>;
  ReportExamGate?: ReportExamGateResolvers<ContextType>;
  ReportGap?: ReportGapResolvers<ContextType>;
  ReportSuggestion?: ReportSuggestionResolvers<ContextType>;
  ScoreBand?: ScoreBandResolvers<ContextType>;
  SecondaryChange?: SecondaryChangeResolvers<ContextType>;
  SecondaryChangeConnection?: SecondaryChangeConnectionResolvers<ContextType>;
  SecondaryChangeEdge?: SecondaryChangeEdgeResolvers<ContextType>;
  SecondaryChangeNode?: SecondaryChangeNodeResolvers<ContextType>;
  SecondaryCourse?: SecondaryCourseResolvers<ContextType>;
  SecondaryCourseConnection?: SecondaryCourseConnectionResolvers<ContextType>;
  SecondaryCourseEdge?: SecondaryCourseEdgeResolvers<ContextType>;
  SecondaryCourseResult?: SecondaryCourseResultResolvers<ContextType>;
  SecondaryCourseResultConnection?: SecondaryCourseResultConnectionResolvers<ContextType>;
  SecondaryCourseResultEdge?: SecondaryCourseResultEdgeResolvers<ContextType>;
  SecondaryEnrollment?: SecondaryEnrollmentResolvers<ContextType>;
  SecondaryProgram?: SecondaryProgramResolvers<ContextType>;
  SecondaryProgramConnection?: SecondaryProgramConnectionResolvers<ContextType>;
  SecondaryProgramEdge?: SecondaryProgramEdgeResolvers<ContextType>;
  SecondarySchool?: SecondarySchoolResolvers<ContextType>;
  SecondarySchoolConnection?: SecondarySchoolConnectionResolvers<ContextType>;
  SecondarySchoolEdge?: SecondarySchoolEdgeResolvers<ContextType>;
  SecondaryTeacher?: SecondaryTeacherResolvers<ContextType>;
  SecondaryTeacherConnection?: SecondaryTeacherConnectionResolvers<ContextType>;
  SecondaryTeacherEdge?: SecondaryTeacherEdgeResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  TeacherQualification?: TeacherQualificationResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionConnection?: WebhookSubscriptionConnectionResolvers<ContextType>;
  WebhookSubscriptionEdge?: WebhookSubscriptionEdgeResolvers<ContextType>;
}>;

