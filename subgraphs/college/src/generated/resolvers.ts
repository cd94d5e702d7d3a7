import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CollegeRow } from '../entities/college.ts';
import type { ProgramRow } from '../entities/program.ts';
import type { CourseRow } from '../entities/course.ts';
import type { AgreementRow } from '../entities/agreement.ts';
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
  /** Any JSON value: a verifiable credential, a DID document or a JWKS, as its own specification defines it. */
  JSON: { input: any; output: any; }
  _FieldSet: { input: any; output: any; }
};

/** One access to a learner's record, as the audit trail holds it. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The reader's role, e.g. COLLEGE_STAFF, or ANONYMOUS. */
  actorRole: Scalars['String']['output'];
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
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

/** A new credit conversion rule. */
export type AddCreditRuleInput = {
  /** The agreement it belongs to; the caller must be staff of its college. */
  agreementId: Scalars['ID']['input'];
  /** More than 0, at most 30, and at most what the exempted courses are worth together. */
  credits: Scalars['Float']['input'];
  /** What the rule is for, in words (up to 500 characters). */
  description: Scalars['String']['input'];
  /** ISO date from which evidence counts. */
  effectiveFrom: Scalars['String']['input'];
  /** ISO date after which evidence no longer counts; open-ended when unset. */
  effectiveTo?: InputMaybe<Scalars['String']['input']>;
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

/**
 * The pact between a secondary programme and a college programme: one
 * five-year pathway. Cohorts move from the first to the second.
 */
export type ArticulationAgreement = {
  __typename?: 'ArticulationAgreement';
  /** The college party to the agreement; its staff register learners and manage rules. */
  college: College;
  /** The college programme learners progress into. */
  collegeProgram: CollegeProgram;
  /** ISO date from which cohorts may be registered. */
  effectiveFrom: Scalars['String']['output'];
  /** ISO date after which no new cohort may be registered, or null when open-ended. */
  effectiveTo: Maybe<Scalars['String']['output']>;
  /** Agreement id, e.g. agr-net. */
  id: Scalars['ID']['output'];
  /**
   * The most credits a learner may transfer into the college programme under
   * this agreement. The credit bank counts APPLIED transfers in priority order
   * up to this cap; what is over it is shown as cappedCredits.
   */
  maxTransferCredits: Scalars['Float']['output'];
  /** The agreement's name. */
  name: Scalars['String']['output'];
  /** The conditions a learner must meet to progress to the higher stage. */
  progressionRequirements: Array<ProgressionRequirement>;
  /** Every version of the progression requirements, oldest first. */
  requirementVersions: Array<RequirementVersion>;
  /** The secondary programme learners start in. */
  secondaryProgram: SecondaryProgram;
  /** The secondary school that is party to the agreement. */
  secondarySchoolId: Scalars['ID']['output'];
};

/** An audit entry with the actor's subject, for administrators. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The reader's role, e.g. COLLEGE_STAFF, or ANONYMOUS. */
  actorRole: Scalars['String']['output'];
  /** The reader's signed-in subject, or anonymous. */
  actorSubject: Scalars['String']['output'];
  /** ISO 8601 instant (UTC). */
  at: Scalars['String']['output'];
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
  /** This page's entries, newest first. */
  nodes: Array<AuditEntry>;
  /** Where this page ends, to fetch the next. */
  pageInfo: PageInfo;
  /** Entries matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
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

/** A certificate awarded to a learner, owned by the enterprise subgraph; read here as evidence. */
export type CertificateAward = {
  __typename?: 'CertificateAward';
  /** The award as its issuer's signed Open Badges 3.0 credential; owned by the enterprise subgraph. */
  credential: Scalars['JSON']['output'];
  /** ISO date of issue. */
  issuedOn: Scalars['String']['output'];
  /** Why, when a certificate this award required has since been revoked; transfers resting on it are then flagged for review. */
  prerequisiteRevoked: Maybe<Scalars['String']['output']>;
  /** Why it was revoked, in the issuer's words, when revoked. */
  revocationReason: Maybe<Scalars['String']['output']>;
  /** ISO date of revocation, when revoked. */
  revokedOn: Maybe<Scalars['String']['output']>;
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

/** A certificate standard, owned by the enterprise subgraph. */
export type CertificateStandard = {
  __typename?: 'CertificateStandard';
  /** The standard's code, e.g. X-NED-1. */
  code: Scalars['ID']['output'];
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

/** A higher vocational college (高职): the last two years of a five-year pathway. */
export type College = {
  __typename?: 'College';
  /** Organisation id of the college, e.g. col-metro. */
  id: Scalars['ID']['output'];
  /** The college's name. */
  name: Scalars['String']['output'];
  /** The programmes the college offers. */
  programs: Array<CollegeProgram>;
  /** City and province. */
  region: Scalars['String']['output'];
};

/** A course taught at the higher stage. */
export type CollegeCourse = {
  __typename?: 'CollegeCourse';
  /** Course code, unique within the college subgraph, e.g. NET-H201. */
  code: Scalars['ID']['output'];
  /** Credits awarded when the course is passed. */
  credits: Scalars['Float']['output'];
  /** Class hours. */
  hours: Scalars['Int']['output'];
  /** The programme the course belongs to. */
  program: CollegeProgram;
  /** The course's title. */
  title: Scalars['String']['output'];
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

/** A programme of study at a college. */
export type CollegeProgram = {
  __typename?: 'CollegeProgram';
  /** Hub-wide programme code, e.g. COL-NET. */
  code: Scalars['ID']['output'];
  /** The college that offers the programme. */
  college: College;
  /** The courses taught in the programme. */
  courses: Array<CollegeCourse>;
  /** Length of the programme in years, e.g. 2. */
  durationYears: Scalars['Int']['output'];
  /** The programme's name. */
  name: Scalars['String']['output'];
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
  expiresAt: Scalars['String']['output'];
  /** ISO 8601 instant. */
  grantedAt: Scalars['String']['output'];
  /** Whether the learner or their guardian made the grant. */
  grantedBy: ConsentGrantor;
  /** The grant's id, a UUID; pass it to revokeConsent. */
  id: Scalars['ID']['output'];
  /** The organisation given access. */
  organizationId: Scalars['ID']['output'];
  /** Why the organisation may read, e.g. internship placement. */
  purpose: Scalars['String']['output'];
  /** ISO 8601 instant of revocation (by revokeConsent, or by an identical later grant that replaced it), or null. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** The parts of the record the organisation may read. */
  scopes: Array<RecordPart>;
};

/** Who made a consent grant. */
export type ConsentGrantor =
  /** A guardian: required for learners under 14 (PIPL). */
  | 'GUARDIAN'
  /** The learner themself, aged 14 or over. */
  | 'STUDENT';

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
  evidencedOn: Maybe<Scalars['String']['output']>;
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
  effectiveFrom: Scalars['String']['output'];
  /** ISO date the rule ends, or null. */
  effectiveTo: Maybe<Scalars['String']['output']>;
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

/** A consent grant to make, by the learner (aged 14 or over) or their guardian. */
export type GrantConsentInput = {
  /** ISO date, after today and at most one year ahead; access ends at the end of that day (UTC). */
  expiresOn: Scalars['String']['input'];
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
  completedOn: Maybe<Scalars['String']['output']>;
  /** ISO date, YYYY-MM-DD. */
  enrolledOn: Scalars['String']['output'];
  /** The college the learner is enrolled at. */
  institution: College;
  /** The college programme the learner is enrolled in. */
  program: CollegeProgram;
  /** Results in term order. */
  results: Array<CollegeCourseResult>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a credit conversion rule to an agreement. College staff of the agreement's college. */
  addCreditRule: CreditRule;
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
  /**
   * Records a result in a college course for a learner at the higher stage of a
   * pathway into that course's programme. One result per learner, course and term.
   */
  recordCollegeResult: CollegeCourseResult;
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
   * Gives an agreement a new version of its progression requirements, in force
   * from a date (today or later) until the next version. Earlier versions stay,
   * so decisions made under them remain explainable. College staff of the
   * agreement's college, or an admin.
   */
  setProgressionRequirements: ArticulationAgreement;
};


export type MutationAddCreditRuleArgs = {
  input: AddCreditRuleInput;
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationProgressStudentArgs = {
  effectiveOn?: InputMaybe<Scalars['String']['input']>;
  studentId: Scalars['ID']['input'];
};


export type MutationRecordCollegeResultArgs = {
  input: RecordResultInput;
};


export type MutationRegisterPathwayArgs = {
  input: RegisterPathwayInput;
};


export type MutationResolveTransferReviewArgs = {
  input: ResolveTransferReviewInput;
};


export type MutationRetireCreditRuleArgs = {
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  effectiveTo: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetProgressionRequirementsArgs = {
  input: SetProgressionRequirementsInput;
};

/** Cursor paging for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A learner's place on the pathway registry. */
export type Pathway = {
  __typename?: 'Pathway';
  /** The articulation agreement the learner is registered on. */
  agreement: ArticulationAgreement;
  /** Cohort (entry) year, e.g. 2022. */
  cohort: Scalars['String']['output'];
  /** ISO date the learner was registered on the pathway. */
  registeredOn: Scalars['String']['output'];
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
  decidedOn: Scalars['String']['output'];
  /** ISO 8601 instant the decision was recorded. */
  recordedAt: Scalars['String']['output'];
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
  articulationAgreements: Array<ArticulationAgreement>;
  /** The hub-wide audit trail, newest first. Admins only. */
  auditTrail: AuditEntryConnection;
  /** A college's signing identity, or null when there is no such college. Public. */
  collegeIssuer: Maybe<CredentialIssuer>;
  /** Every college on the hub. Public catalogue data. */
  colleges: Array<College>;
  /**
   * Competing rules of an agreement, reported rather than silently resolved:
   * every pair that can decide the same course for the same learner at the same
   * priority, whatever their evidence and dates (a learner may hold both kinds of
   * evidence, or re-sit for the same one), and pairs that take the same evidence
   * in overlapping dates and give different credits for a course at different
   * priorities. Every tie a transfer's reason cites is listed here.
   */
  creditRuleConflicts: Array<CreditRuleConflict>;
  /** An agreement's credit conversion rules, highest priority first. Public, like an articulation catalogue. */
  creditRules: Array<CreditRule>;
  /**
   * The open reviews of a college's recorded decisions, oldest first: confirmed
   * transfers whose certificate was later revoked (or whose prerequisite was), or
   * whose rule was retired from a day before the decision. Staff of the college,
   * or an admin. A rule retired by correction opens its reviews at once; a
   * revocation is known to the college when a learner's decision is next read
   * (Student.progressionDecision), because the certificate belongs to the
   * enterprise subgraph.
   */
  openTransferReviews: Array<TransferReview>;
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
export type QueryCollegeIssuerArgs = {
  organizationId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCreditRuleConflictsArgs = {
  agreementId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryCreditRulesArgs = {
  activeOn?: InputMaybe<Scalars['String']['input']>;
  agreementId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryOpenTransferReviewsArgs = {
  collegeId: Scalars['ID']['input'];
};


/**
 * The higher vocational college subgraph: colleges, their programmes and courses,
 * articulation agreements, the pathway registry and higher-stage records. The
 * pathway registry is the hub's index of learners, so `student` and `students`
 * start here.
 */
export type QueryStudentArgs = {
  id: Scalars['ID']['input'];
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
  effectiveFrom: Scalars['String']['output'];
  /** ISO date the recognition ends, or null when open-ended. */
  effectiveTo: Maybe<Scalars['String']['output']>;
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
  registeredOn: Scalars['String']['input'];
  /** A learner enrolled by a secondary school on the hub, in the agreement's secondary programme. */
  studentId: Scalars['ID']['input'];
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
  effectiveFrom: Scalars['String']['output'];
  /** The requirements of this version. */
  requirements: Array<ProgressionRequirement>;
  /** 1 for the requirements the agreement started with, then 2, 3… */
  version: Scalars['Int']['output'];
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
  results: Array<SecondaryCourseResult>;
};

/** A secondary programme, owned by the secondary subgraph. */
export type SecondaryProgram = {
  __typename?: 'SecondaryProgram';
  /** Hub-wide secondary programme code, e.g. SEC-NET. */
  code: Scalars['ID']['output'];
};

/** A new version of an agreement's progression requirements. */
export type SetProgressionRequirementsInput = {
  /** The agreement, e.g. agr-net; the caller must be staff of its college. */
  agreementId: Scalars['ID']['input'];
  /** ISO date, today or later, and after the latest version's date. */
  effectiveFrom: Scalars['String']['input'];
  /** The whole new set (an empty set lets every learner progress). */
  requirements: Array<ProgressionRequirementInput>;
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
  accessLog: Maybe<Array<AccessLogEntry>>;
  /** The learner's consent grants in force now. Internal: other subgraphs authorise with it. */
  activeGrants: Array<ActiveGrant>;
  /** Evidence owned by the enterprise subgraph. */
  certificates: Maybe<Array<CertificateAward>>;
  /**
   * Every consent grant the learner (or their guardian) has made, newest first,
   * including revoked and expired ones. Only the learner, their guardian and
   * admins may read it.
   */
  consents: Maybe<Array<ConsentGrant>>;
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
  /** The learner's pathway, or null when they are not on the registry. */
  pathway: Maybe<Pathway>;
  /** Organisations entitled by the pathway (its school and college). Internal: other subgraphs authorise with it. */
  pathwayOrganizationIds: Array<Scalars['ID']['output']>;
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
  recognizedCertificates: Maybe<Array<RecognizedCertificate>>;
  /** Evidence owned by the secondary subgraph. */
  secondaryStage: Maybe<SecondaryEnrollment>;
  /** Evidence owned by the secondary subgraph: the school's signed credential of the learner's secondary stage. */
  secondaryStageCredential: Maybe<Scalars['JSON']['output']>;
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
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A learner on the hub, keyed by their hub-wide learner id. The college subgraph
 * contributes the pathway and the higher stage.
 */
export type StudentCreditTransferPreviewArgs = {
  agreementId: Scalars['ID']['input'];
};

/** A page of learners. */
export type StudentConnection = {
  __typename?: 'StudentConnection';
  /** This page's learners, ordered by id. */
  nodes: Array<Student>;
  /** Where this page ends, to fetch the next. */
  pageInfo: PageInfo;
  /** Learners matching the filter that the caller may read, across all pages. */
  totalCount: Scalars['Int']['output'];
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
  openedOn: Scalars['String']['output'];
  /** The registrar's outcome, or null while open. */
  outcome: Maybe<ReviewOutcome>;
  /** Why, as the registrar recorded it. */
  outcomeReason: Maybe<Scalars['String']['output']>;
  /** Why the transfer needs review, in words. */
  reason: Scalars['String']['output'];
  /** ISO 8601 instant of the resolution. */
  resolvedAt: Maybe<Scalars['String']['output']>;
  /** Who resolved it: the signed-in subject. */
  resolvedBy: Maybe<Scalars['String']['output']>;
  /** The confirmed transfer's rule. */
  ruleId: Scalars['ID']['output'];
  /** The learner whose decision it concerns. */
  studentId: Scalars['ID']['output'];
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
  Student: Student;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ArticulationAgreement:
    ( { __typename: 'ArticulationAgreement' }
    & GraphQLRecursivePick<FederationTypes['ArticulationAgreement'], {"id":true}> );
  College:
    ( { __typename: 'College' }
    & GraphQLRecursivePick<FederationTypes['College'], {"id":true}> );
  CollegeProgram:
    ( { __typename: 'CollegeProgram' }
    & GraphQLRecursivePick<FederationTypes['CollegeProgram'], {"code":true}> );
  Student:
    ( { __typename: 'Student' }
    & GraphQLRecursivePick<FederationTypes['Student'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"secondaryStageCredential":true,"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"level":true},"award":{"standard":{"level":true}},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStage":{"results":{"course":{"code":true},"term":true,"score":true,"passed":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true},"moduleCredits":true,"secondaryStageCredential":true}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"standard":{"code":true,"level":true}}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"secondaryStageCredential":true,"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}>
        | GraphQLRecursivePick<FederationTypes['Student'], {"secondaryStageCredential":true,"certificates":{"serial":true,"status":true,"score":true,"issuedOn":true,"revokedOn":true,"revocationReason":true,"prerequisiteRevoked":true,"credential":true,"standard":{"code":true,"level":true}},"recognizedCertificates":{"standard":{"code":true,"name":true,"level":true},"award":{"serial":true,"standard":{"code":true,"name":true,"level":true}},"path":{"id":true,"mutual":true},"effectiveFrom":true,"effectiveTo":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessLogEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessOutcome: AccessOutcome;
  ActiveGrant: ResolverTypeWrapper<ActiveGrant>;
  AddCreditRuleInput: AddCreditRuleInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ArticulationAgreement: ResolverTypeWrapper<AgreementRow>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditFilter: AuditFilter;
  CertificateAward: ResolverTypeWrapper<CertificateAward>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CertificateLevel: CertificateLevel;
  CertificateStandard: ResolverTypeWrapper<CertificateStandard>;
  CertificateStatus: CertificateStatus;
  College: ResolverTypeWrapper<CollegeRow>;
  CollegeCourse: ResolverTypeWrapper<CourseRow>;
  CollegeCourseResult: ResolverTypeWrapper<CourseResultRow>;
  CollegeProgram: ResolverTypeWrapper<ProgramRow>;
  ConfirmedTransfer: ResolverTypeWrapper<ConfirmedTransferView>;
  ConfirmedTransferStatus: ConfirmedTransferStatus;
  ConsentGrant: ResolverTypeWrapper<ConsentGrantRow>;
  ConsentGrantor: ConsentGrantor;
  CredentialIssuer: ResolverTypeWrapper<IssuerView>;
  CreditEvidence: ResolverTypeWrapper<CreditEvidence>;
  CreditRule: ResolverTypeWrapper<CreditRuleRow>;
  CreditRuleConflict: ResolverTypeWrapper<RuleConflict>;
  CreditRuleKind: CreditRuleKind;
  CreditTransfer: ResolverTypeWrapper<Transfer>;
  CreditTransferStatus: CreditTransferStatus;
  CreditTransferSummary: ResolverTypeWrapper<TransferSummary>;
  DecisionCheck: ResolverTypeWrapper<RecordedCheck>;
  GrantConsentInput: GrantConsentInput;
  HigherEnrollment: ResolverTypeWrapper<HigherEnrollmentRow>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pathway: ResolverTypeWrapper<PathwayRow>;
  PathwayStage: PathwayStage;
  ProgressionAssessment: ResolverTypeWrapper<ProgressionView>;
  ProgressionDecision: ResolverTypeWrapper<DecisionView>;
  ProgressionRequirement: ResolverTypeWrapper<ProgressionRequirementRow>;
  ProgressionRequirementInput: ProgressionRequirementInput;
  ProgressionRequirementKind: ProgressionRequirementKind;
  ProgressionState: ProgressionState;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recognition: ResolverTypeWrapper<Recognition>;
  RecognizedCertificate: ResolverTypeWrapper<RecognizedCertificate>;
  RecordPart: RecordPart;
  RecordResultInput: RecordResultInput;
  RegisterPathwayInput: RegisterPathwayInput;
  RequirementCheck: ResolverTypeWrapper<RequirementCheckResult>;
  RequirementVersion: ResolverTypeWrapper<RequirementVersionView>;
  ResolveTransferReviewInput: ResolveTransferReviewInput;
  ReviewOutcome: ReviewOutcome;
  SecondaryCourse: ResolverTypeWrapper<SecondaryCourse>;
  SecondaryCourseResult: ResolverTypeWrapper<SecondaryCourseResult>;
  SecondaryEnrollment: ResolverTypeWrapper<SecondaryEnrollment>;
  SecondaryProgram: ResolverTypeWrapper<SecondaryProgram>;
  SetProgressionRequirementsInput: SetProgressionRequirementsInput;
  Student: ResolverTypeWrapper<StudentRef>;
  StudentConnection: ResolverTypeWrapper<Omit<StudentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Student']> }>;
  StudentFilter: StudentFilter;
  TransferReview: ResolverTypeWrapper<TransferReviewRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ActiveGrant: ActiveGrant;
  AddCreditRuleInput: AddCreditRuleInput;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  ArticulationAgreement: AgreementRow;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditFilter: AuditFilter;
  CertificateAward: CertificateAward;
  Boolean: Scalars['Boolean']['output'];
  CertificateStandard: CertificateStandard;
  College: CollegeRow;
  CollegeCourse: CourseRow;
  CollegeCourseResult: CourseResultRow;
  CollegeProgram: ProgramRow;
  ConfirmedTransfer: ConfirmedTransferView;
  ConsentGrant: ConsentGrantRow;
  CredentialIssuer: IssuerView;
  CreditEvidence: CreditEvidence;
  CreditRule: CreditRuleRow;
  CreditRuleConflict: RuleConflict;
  CreditTransfer: Transfer;
  CreditTransferSummary: TransferSummary;
  DecisionCheck: RecordedCheck;
  GrantConsentInput: GrantConsentInput;
  HigherEnrollment: HigherEnrollmentRow;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pathway: PathwayRow;
  ProgressionAssessment: ProgressionView;
  ProgressionDecision: DecisionView;
  ProgressionRequirement: ProgressionRequirementRow;
  ProgressionRequirementInput: ProgressionRequirementInput;
  Query: Record<PropertyKey, never>;
  Recognition: Recognition;
  RecognizedCertificate: RecognizedCertificate;
  RecordResultInput: RecordResultInput;
  RegisterPathwayInput: RegisterPathwayInput;
  RequirementCheck: RequirementCheckResult;
  RequirementVersion: RequirementVersionView;
  ResolveTransferReviewInput: ResolveTransferReviewInput;
  SecondaryCourse: SecondaryCourse;
  SecondaryCourseResult: SecondaryCourseResult;
  SecondaryEnrollment: SecondaryEnrollment;
  SecondaryProgram: SecondaryProgram;
  SetProgressionRequirementsInput: SetProgressionRequirementsInput;
  Student: StudentRef;
  StudentConnection: Omit<StudentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Student']> };
  StudentFilter: StudentFilter;
  TransferReview: TransferReviewRow;
}>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActiveGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveGrant'] = ResolversParentTypes['ActiveGrant']> = ResolversObject<{
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type ArticulationAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticulationAgreement'] = ResolversParentTypes['ArticulationAgreement'], FederationReferenceType extends FederationReferenceTypes['ArticulationAgreement'] = FederationReferenceTypes['ArticulationAgreement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ArticulationAgreement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  college?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  collegeProgram?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxTransferCredits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progressionRequirements?: Resolver<Array<ResolversTypes['ProgressionRequirement']>, ParentType, ContextType>;
  requirementVersions?: Resolver<Array<ResolversTypes['RequirementVersion']>, ParentType, ContextType>;
  secondaryProgram?: Resolver<ResolversTypes['SecondaryProgram'], ParentType, ContextType>;
  secondarySchoolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificateStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandard'] = ResolversParentTypes['CertificateStandard']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CollegeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['College'] = ResolversParentTypes['College'], FederationReferenceType extends FederationReferenceTypes['College'] = FederationReferenceTypes['College']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['College']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['CollegeProgram']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollegeCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourse'] = ResolversParentTypes['CollegeCourse']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollegeCourseResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeCourseResult'] = ResolversParentTypes['CollegeCourseResult']> = ResolversObject<{
  course?: Resolver<ResolversTypes['CollegeCourse'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollegeProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollegeProgram'] = ResolversParentTypes['CollegeProgram'], FederationReferenceType extends FederationReferenceTypes['CollegeProgram'] = FederationReferenceTypes['CollegeProgram']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CollegeProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  college?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CollegeCourse']>, ParentType, ContextType>;
  durationYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type CredentialIssuerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialIssuer'] = ResolversParentTypes['CredentialIssuer']> = ResolversObject<{
  did?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  didDocument?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  jwks?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreditEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditEvidence'] = ResolversParentTypes['CreditEvidence']> = ResolversObject<{
  certificateSerial?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidencedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exemptCourses?: Resolver<Array<ResolversTypes['CollegeCourse']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditRuleKind'], ParentType, ContextType>;
  minLevel?: Resolver<Maybe<ResolversTypes['CertificateLevel']>, ParentType, ContextType>;
  minScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secondaryCourseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CreditRuleConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRuleConflict'] = ResolversParentTypes['CreditRuleConflict']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['CreditRule']>, ParentType, ContextType>;
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

export type DecisionCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DecisionCheck'] = ResolversParentTypes['DecisionCheck']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceUsed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgressionRequirementKind'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requirementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type HigherEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HigherEnrollment'] = ResolversParentTypes['HigherEnrollment']> = ResolversObject<{
  completedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['College'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CollegeProgram'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CollegeCourseResult']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCreditRule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType, RequireFields<MutationAddCreditRuleArgs, 'input'>>;
  grantConsent?: Resolver<ResolversTypes['ConsentGrant'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  progressStudent?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType, RequireFields<MutationProgressStudentArgs, 'studentId'>>;
  recordCollegeResult?: Resolver<ResolversTypes['CollegeCourseResult'], ParentType, ContextType, RequireFields<MutationRecordCollegeResultArgs, 'input'>>;
  registerPathway?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType, RequireFields<MutationRegisterPathwayArgs, 'input'>>;
  resolveTransferReview?: Resolver<ResolversTypes['TransferReview'], ParentType, ContextType, RequireFields<MutationResolveTransferReviewArgs, 'input'>>;
  retireCreditRule?: Resolver<ResolversTypes['CreditRule'], ParentType, ContextType, RequireFields<MutationRetireCreditRuleArgs, 'effectiveTo' | 'id'>>;
  revokeConsent?: Resolver<ResolversTypes['ConsentGrant'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
  setProgressionRequirements?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType, RequireFields<MutationSetProgressionRequirementsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathwayResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pathway'] = ResolversParentTypes['Pathway']> = ResolversObject<{
  agreement?: Resolver<ResolversTypes['ArticulationAgreement'], ParentType, ContextType>;
  cohort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PathwayStage'], ParentType, ContextType>;
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
  decidedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  articulationAgreement?: Resolver<Maybe<ResolversTypes['ArticulationAgreement']>, ParentType, ContextType, RequireFields<QueryArticulationAgreementArgs, 'id'>>;
  articulationAgreements?: Resolver<Array<ResolversTypes['ArticulationAgreement']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  collegeIssuer?: Resolver<Maybe<ResolversTypes['CredentialIssuer']>, ParentType, ContextType, RequireFields<QueryCollegeIssuerArgs, 'organizationId'>>;
  colleges?: Resolver<Array<ResolversTypes['College']>, ParentType, ContextType>;
  creditRuleConflicts?: Resolver<Array<ResolversTypes['CreditRuleConflict']>, ParentType, ContextType, RequireFields<QueryCreditRuleConflictsArgs, 'agreementId'>>;
  creditRules?: Resolver<Array<ResolversTypes['CreditRule']>, ParentType, ContextType, RequireFields<QueryCreditRulesArgs, 'agreementId'>>;
  openTransferReviews?: Resolver<Array<ResolversTypes['TransferReview']>, ParentType, ContextType, RequireFields<QueryOpenTransferReviewsArgs, 'collegeId'>>;
  student?: Resolver<Maybe<ResolversTypes['Student']>, ParentType, ContextType, RequireFields<QueryStudentArgs, 'id'>>;
  students?: Resolver<ResolversTypes['StudentConnection'], ParentType, ContextType, RequireFields<QueryStudentsArgs, 'first'>>;
}>;

export type RequirementCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementCheck'] = ResolversParentTypes['RequirementCheck']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['ProgressionRequirement'], ParentType, ContextType>;
}>;

export type RequirementVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequirementVersion'] = ResolversParentTypes['RequirementVersion']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['ProgressionRequirement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecondaryProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SecondaryProgram'] = ResolversParentTypes['SecondaryProgram']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<Array<ResolversTypes['AccessLogEntry']>>, ParentType, ContextType, RequireFields<StudentAccessLogArgs, 'first'>>;
  activeGrants?: Resolver<Array<ResolversTypes['ActiveGrant']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['ConsentGrant']>>, ParentType, ContextType>;
  creditTransferPreview?: Resolver<Maybe<ResolversTypes['CreditTransferSummary']>, ParentType, ContextType, RequireFields<StudentCreditTransferPreviewArgs, 'agreementId'>>;
  creditTransfers?: Resolver<Maybe<ResolversTypes['CreditTransferSummary']>, ParentType, ContextType>;
  higherStage?: Resolver<Maybe<ResolversTypes['HigherEnrollment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pathway?: Resolver<Maybe<ResolversTypes['Pathway']>, ParentType, ContextType>;
  pathwayOrganizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  progression?: Resolver<Maybe<ResolversTypes['ProgressionAssessment']>, ParentType, ContextType>;
  progressionDecision?: Resolver<Maybe<ResolversTypes['ProgressionDecision']>, ParentType, ContextType>;
  transcriptCredential?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type StudentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StudentConnection'] = ResolversParentTypes['StudentConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Student']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransferReview'] = ResolversParentTypes['TransferReview']> = ResolversObject<{
  collegeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  exemptedCourseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  outcomeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  studentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  ActiveGrant?: ActiveGrantResolvers<ContextType>;
  ArticulationAgreement?: ArticulationAgreementResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  CertificateStandard?: CertificateStandardResolvers<ContextType>;
  College?: CollegeResolvers<ContextType>;
  CollegeCourse?: CollegeCourseResolvers<ContextType>;
  CollegeCourseResult?: CollegeCourseResultResolvers<ContextType>;
  CollegeProgram?: CollegeProgramResolvers<ContextType>;
  ConfirmedTransfer?: ConfirmedTransferResolvers<ContextType>;
  ConsentGrant?: ConsentGrantResolvers<ContextType>;
  CredentialIssuer?: CredentialIssuerResolvers<ContextType>;
  CreditEvidence?: CreditEvidenceResolvers<ContextType>;
  CreditRule?: CreditRuleResolvers<ContextType>;
  CreditRuleConflict?: CreditRuleConflictResolvers<ContextType>;
  CreditTransfer?: CreditTransferResolvers<ContextType>;
  CreditTransferSummary?: CreditTransferSummaryResolvers<ContextType>;
  DecisionCheck?: DecisionCheckResolvers<ContextType>;
  HigherEnrollment?: HigherEnrollmentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pathway?: PathwayResolvers<ContextType>;
  ProgressionAssessment?: ProgressionAssessmentResolvers<ContextType>;
  ProgressionDecision?: ProgressionDecisionResolvers<ContextType>;
  ProgressionRequirement?: ProgressionRequirementResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequirementCheck?: RequirementCheckResolvers<ContextType>;
  RequirementVersion?: RequirementVersionResolvers<ContextType>;
  SecondaryProgram?: SecondaryProgramResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
  StudentConnection?: StudentConnectionResolvers<ContextType>;
  TransferReview?: TransferReviewResolvers<ContextType>;
}>;

