import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow } from '../entities/organization.ts';
import type { StandardRow } from '../entities/standard.ts';
import type { AwardRow } from '../entities/award.ts';
import type { RecognitionView } from '../agreements/terms.ts';
import type { StudentParent } from '../certificates/access.ts';
import type { Verification } from '../certificates/verification.ts';
import type { RecognitionRow } from '../entities/recognition.ts';
import type { RecognitionEventRow } from '../entities/recognition-event.ts';
import type { RecognizedCertificateView } from '../recognition/certificates.ts';
import type { IssuerView } from '@guantong/shared/credentials';
import type { VerificationView } from '../credentials/verify-query.ts';
import type { CredentialShareRow } from '../entities/credential-share.ts';
import type { ShareLink } from '../credentials/shares.ts';
import type { AccreditationRecord } from '../accreditation/store.ts';
import type { AccreditationEventRow } from '../entities/accreditation-event.ts';
import type { AccreditationCheckResult } from '../accreditation/check.ts';
import type { ExamSessionRow } from '../entities/exam-session.ts';
import type { IssuingReportView } from '../accreditation/issuing-report.ts';
import type { IssuingMonthRow } from '../accreditation/report.ts';
import type { ContentUnitView } from '../resolvers/curriculum.ts';
import type { JobPositionRow, JobRequirementRow } from '../entities/curriculum.ts';
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

/**
 * An organisation's accreditation to award one 1+X standard between two days,
 * with the status the supervisor set last and every step before it.
 */
export type Accreditation = {
  __typename?: 'Accreditation';
  /** The runs of days on which it was ACTIVE, in order: the issue dates it covers. */
  activePeriods: DatePeriodConnection;
  /** Every step the supervisor took, oldest first. Append-only: a step is never changed or removed. */
  history: AccreditationEventConnection;
  /** e.g. acc-zhongxin-ned1-2023; new accreditations get acc- and a random UUID. */
  id: Scalars['ID']['output'];
  /** The accredited organisation: the standard's issuer. */
  organization: CertificationOrganization;
  /** Why `status` was set, in the supervisor's words. */
  reason: Scalars['String']['output'];
  /** The standard it may award. */
  standard: CertificateStandard;
  /** Its standing on a day: ACCREDITED, SUSPENDED or WITHDRAWN within its period, NOT_ACCREDITED outside it. */
  standingOn: AccreditationStanding;
  /** The status the supervisor set last; it holds from `statusFrom`, which may be a later day. */
  status: AccreditationStatus;
  /** ISO date from which `status` holds. */
  statusFrom: Scalars['Date']['output'];
  /** ISO date: the first day covered. */
  validFrom: Scalars['Date']['output'];
  /** ISO date: the last day covered. */
  validUntil: Scalars['Date']['output'];
};


/**
 * An organisation's accreditation to award one 1+X standard between two days,
 * with the status the supervisor set last and every step before it.
 */
export type AccreditationActivePeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An organisation's accreditation to award one 1+X standard between two days,
 * with the status the supervisor set last and every step before it.
 */
export type AccreditationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An organisation's accreditation to award one 1+X standard between two days,
 * with the status the supervisor set last and every step before it.
 */
export type AccreditationStandingOnArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** Whether an organisation was accredited to award a standard on a day, and by which accreditation. */
export type AccreditationCheck = {
  __typename?: 'AccreditationCheck';
  /** The accreditation that decided it (the active one, else the one covering the day), or null when none covered it. */
  accreditation: Maybe<Accreditation>;
  /** The standing in one sentence, naming the accreditation and, when not accredited, the status and its reason. */
  explanation: Scalars['String']['output'];
  /** ISO date asked about. */
  on: Scalars['Date']['output'];
  /** The organisation asked about. */
  organization: CertificationOrganization;
  /** True when the organisation could award the standard that day: ACCREDITED, or NOT_REQUIRED. */
  satisfied: Scalars['Boolean']['output'];
  /** The standard asked about. */
  standard: CertificateStandard;
  /** ACCREDITED, SUSPENDED, WITHDRAWN, NOT_ACCREDITED or NOT_REQUIRED. */
  standing: AccreditationStanding;
};

/** A page of accreditations. */
export type AccreditationConnection = {
  __typename?: 'AccreditationConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<AccreditationEdge>;
  /** This page's accreditations, ordered by organisation, standard, first day and id. */
  nodes: Array<Accreditation>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Accreditations matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a AccreditationConnection page, with the cursor that points at it. */
export type AccreditationEdge = {
  __typename?: 'AccreditationEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Accreditation;
};

/** One step in an accreditation's history. */
export type AccreditationEvent = {
  __typename?: 'AccreditationEvent';
  /** The administrator who took the step (their token's subject); null for anyone but an administrator. */
  actorSubject: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC) the step was recorded. */
  at: Scalars['DateTime']['output'];
  /** ISO date the status takes effect. */
  effectiveOn: Scalars['Date']['output'];
  /** What was done. */
  kind: AccreditationEventKind;
  /** Why, in the supervisor's words. */
  reason: Scalars['String']['output'];
  /** The status from `effectiveOn` on. */
  status: AccreditationStatus;
};

/** A page of AccreditationEvent rows. */
export type AccreditationEventConnection = {
  __typename?: 'AccreditationEventConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<AccreditationEventEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<AccreditationEvent>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a AccreditationEventConnection page, with the cursor that points at it. */
export type AccreditationEventEdge = {
  __typename?: 'AccreditationEventEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AccreditationEvent;
};

/** A step in an accreditation's history. */
export type AccreditationEventKind =
  /** The supervisor granted the accreditation, ACTIVE from its first day. */
  | 'GRANTED'
  /** The supervisor lifted a suspension from a day. */
  | 'REINSTATED'
  /** The supervisor suspended it from a day. */
  | 'SUSPENDED'
  /** The supervisor withdrew it from a day, for good. */
  | 'WITHDRAWN';

/** Whether an organisation was accredited to award a standard on a day. */
export type AccreditationStanding =
  /** An accreditation was ACTIVE that day. */
  | 'ACCREDITED'
  /** No accreditation covered the day (none granted, not yet begun, or ended). */
  | 'NOT_ACCREDITED'
  /** The standard is an enterprise's own technical certificate: its issuer needs no accreditation. */
  | 'NOT_REQUIRED'
  /** The accreditation covering the day was suspended. */
  | 'SUSPENDED'
  /** The accreditation covering the day had been withdrawn. */
  | 'WITHDRAWN';

/** The status the supervisor gave an accreditation. */
export type AccreditationStatus =
  /** The organisation may award the standard. */
  | 'ACTIVE'
  /** The organisation may not award the standard until the accreditation is reinstated. */
  | 'SUSPENDED'
  /** The organisation may not award the standard under this accreditation again; a new grant is needed. */
  | 'WITHDRAWN';

/** Internal: one of a learner's active consent grants, supplied by the college registry for authorisation. */
export type ActiveGrant = {
  __typename?: 'ActiveGrant';
  /** The organisation the learner consented to. */
  organizationId: Scalars['ID']['output'];
  /** The purpose stated in the grant. */
  purpose: Scalars['String']['output'];
  /** The parts of the record granted. */
  scopes: Array<RecordPart>;
};

/** An award of a certificate to a learner. */
export type AwardCertificateInput = {
  /** The holder's name as printed on the certificate: the learner's enrolled name, which the enrolling school confirms. */
  holderName: Scalars['String']['input'];
  /** ISO date, YYYY-MM-DD. */
  issuedOn: Scalars['Date']['input'];
  /** Assessment score from 0 to 100. */
  score: Scalars['Float']['input'];
  /** The issuer's serial number; must be new. */
  serial: Scalars['String']['input'];
  /** The standard awarded; the caller's organisation must issue it. */
  standardCode: Scalars['ID']['input'];
  /** A learner enrolled by a secondary school on the hub (NOT_FOUND otherwise), e.g. GT202200001X. */
  studentId: Scalars['ID']['input'];
};

/** A certificate awarded to a learner. */
export type CertificateAward = {
  __typename?: 'CertificateAward';
  /**
   * The award as a signed Open Badges 3.0 AchievementCredential (W3C VC 2.0,
   * eddsa-rdfc-2022 Data Integrity proof, Bitstring Status List entry). The
   * learner is identified by a salted hash of their hub id; with `named: true`
   * (the learner or their guardian only) the copy also carries the name printed
   * on the certificate. Whoever may read the award may fetch it.
   */
  credential: Scalars['JSON']['output'];
  /** The share links the learner made for this certificate, newest first. The learner or their guardian only. */
  credentialShares: CredentialShareConnection;
  /** Internal: the learner the award was made to, for the college's cohort figures. */
  holderId: Scalars['ID']['output'];
  /** ISO date of issue. */
  issuedOn: Scalars['Date']['output'];
  /**
   * Set when a certificate this award required (its rung below on the ladder)
   * has since been revoked and the learner holds it no more, not even through a
   * recognised equivalent: why, in one sentence. The award itself stays as issued
   * (only its issuer revokes it); decisions that rested on it are flagged for review.
   */
  prerequisiteRevoked: Maybe<Scalars['String']['output']>;
  /** Why it was revoked, in the issuer's words, when revoked. */
  revocationReason: Maybe<Scalars['String']['output']>;
  /** ISO date of revocation, when revoked. */
  revokedOn: Maybe<Scalars['Date']['output']>;
  /** Assessment score from 0 to 100. */
  score: Maybe<Scalars['Float']['output']>;
  /** The issuer's serial number, unique hub-wide. */
  serial: Scalars['ID']['output'];
  /** The standard awarded. */
  standard: CertificateStandard;
  /** VALID, or REVOKED by the issuer. */
  status: CertificateStatus;
};


/** A certificate awarded to a learner. */
export type CertificateAwardCredentialArgs = {
  named?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A certificate awarded to a learner. */
export type CertificateAwardCredentialSharesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of CertificateAward rows. */
export type CertificateAwardConnection = {
  __typename?: 'CertificateAwardConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CertificateAwardEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CertificateAward>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CertificateAwardConnection page, with the cursor that points at it. */
export type CertificateAwardEdge = {
  __typename?: 'CertificateAwardEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CertificateAward;
};

/** What sort of certificate a standard is. */
export type CertificateKind =
  /** An enterprise's own technical level certificate. */
  | 'ENTERPRISE_TECHNICAL'
  /** A 1+X vocational skill level certificate, set by a training and evaluation organisation. */
  | 'VOCATIONAL_SKILL_LEVEL';

/** The level of a 1+X certificate (some enterprise certificates declare one too). */
export type CertificateLevel =
  /** Advanced level (高级). */
  | 'ADVANCED'
  /** Entry level (初级). */
  | 'ENTRY'
  /** Intermediate level (中级). */
  | 'INTERMEDIATE';

/** A certificate in the catalogue: what a holder has shown they can do. */
export type CertificateStandard = {
  __typename?: 'CertificateStandard';
  /** Catalogue code, e.g. X-NED-1. */
  code: Scalars['ID']['output'];
  /** Internal: every content unit, for the college's curriculum reports. */
  contentUnitFacts: Array<ContentUnitFact>;
  /** The standard's content units, by code. Public catalogue. */
  contentUnits: ContentUnitConnection;
  /** What a holder has shown they can do. */
  description: Scalars['String']['output'];
  /** The organisation that sets and issues the certificate. */
  issuer: CertificationOrganization;
  /** VOCATIONAL_SKILL_LEVEL (1+X) or ENTERPRISE_TECHNICAL. */
  kind: CertificateKind;
  /** Level; X certificates are ENTRY, INTERMEDIATE or ADVANCED; an enterprise certificate may declare none. */
  level: Maybe<CertificateLevel>;
  /** The certificate's name. */
  name: Scalars['String']['output'];
  /** Standards a learner must hold (or hold a recognised equivalent of) before this one is awarded. */
  prerequisites: Array<CertificateStandard>;
  /**
   * What this standard is recognised as: agreements from it, and mutual
   * agreements to it. With `activeOn`, only agreements in force on that ISO date.
   */
  recognitions: Array<Recognition>;
};


/** A certificate in the catalogue: what a holder has shown they can do. */
export type CertificateStandardContentUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A certificate in the catalogue: what a holder has shown they can do. */
export type CertificateStandardRecognitionsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of CertificateStandard rows. */
export type CertificateStandardConnection = {
  __typename?: 'CertificateStandardConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CertificateStandardEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CertificateStandard>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CertificateStandardConnection page, with the cursor that points at it. */
export type CertificateStandardEdge = {
  __typename?: 'CertificateStandardEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CertificateStandard;
};

/** Whether an award still stands. */
export type CertificateStatus =
  /** Withdrawn by its issuer; nothing rests on it any more. */
  | 'REVOKED'
  /** Awarded and standing. */
  | 'VALID';

/** The answer to a certificate check. When `authentic` is false every other field is null. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** True when a certificate with this serial was issued to a holder of this name. */
  authentic: Scalars['Boolean']['output'];
  /** ISO date of issue. */
  issuedOn: Maybe<Scalars['Date']['output']>;
  /**
   * The issuer's accreditation for the standard on the issue date: an award made
   * before a suspension or withdrawal stays ACCREDITED. Null when not authentic.
   */
  issuerAccreditation: Maybe<AccreditationCheck>;
  /** ISO date of revocation, when revoked. */
  revokedOn: Maybe<Scalars['Date']['output']>;
  /** The standard, with its recognitions. */
  standard: Maybe<CertificateStandard>;
  /** VALID or REVOKED. */
  status: Maybe<CertificateStatus>;
};

/** An enterprise or a training and evaluation organisation. */
export type CertificationOrganization = {
  __typename?: 'CertificationOrganization';
  /** Hub-wide organisation id, e.g. org-zhilian; staff tokens name it in their org claim. */
  id: Scalars['ID']['output'];
  /** ENTERPRISE or EVALUATION_ORGANIZATION. */
  kind: OrganizationKind;
  /** The organisation's registered name. */
  name: Scalars['String']['output'];
};

/** A page of CertificationOrganization rows. */
export type CertificationOrganizationConnection = {
  __typename?: 'CertificationOrganizationConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CertificationOrganizationEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CertificationOrganization>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CertificationOrganizationConnection page, with the cursor that points at it. */
export type CertificationOrganizationEdge = {
  __typename?: 'CertificationOrganizationEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CertificationOrganization;
};

/** A competency item of the college's frameworks, owned by the college subgraph. */
export type CompetencyItem = {
  __typename?: 'CompetencyItem';
  /** The CFItem identifier, a UUID. */
  id: Scalars['ID']['output'];
};

/** A part of a certificate standard's content, assessed in the certificate's exam. */
export type ContentUnit = {
  __typename?: 'ContentUnit';
  /** The competency items the unit assesses. */
  assesses: Array<CompetencyItem>;
  /** The unit's code within the standard, e.g. NED-U2. */
  code: Scalars['String']['output'];
  /** weight over the standard's total weight, 0 to 1. */
  share: Scalars['Float']['output'];
  /** The unit's title. */
  title: Scalars['String']['output'];
  /** Its weight in the standard's content (the weights of a standard need not add up to 100). */
  weight: Scalars['Float']['output'];
};

/** A page of content units. */
export type ContentUnitConnection = {
  __typename?: 'ContentUnitConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<ContentUnitEdge>;
  /** This page's units, by code. */
  nodes: Array<ContentUnit>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Units across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a ContentUnitConnection page, with the cursor that points at it. */
export type ContentUnitEdge = {
  __typename?: 'ContentUnitEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ContentUnit;
};

/** Internal: a content unit, for the college's curriculum reports. */
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

/** A content unit to define. */
export type ContentUnitInput = {
  /** The unit's code, unique in the standard: 1 to 32 letters, digits and hyphens. */
  code: Scalars['String']['input'];
  /** CASE identifiers of the competency items it assesses (at least one). */
  itemIds: Array<Scalars['ID']['input']>;
  /** The unit's title. */
  title: Scalars['String']['input'];
  /** Its weight in the standard's content, more than 0 and at most 1000. */
  weight: Scalars['Float']['input'];
};

/** One check of a credential's verification. */
export type CredentialCheck = {
  __typename?: 'CredentialCheck';
  /** One sentence saying what was found. */
  message: Scalars['String']['output'];
  /** proof, issuerKey, status, validity, knownIssuer, accredited, schema, clr or embedded (more may be added; read `passed`). */
  name: Scalars['String']['output'];
  /** True when the credential passed this check. */
  passed: Scalars['Boolean']['output'];
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

/** A link through which anyone holding it fetches one certificate's credential, until it expires or is revoked. */
export type CredentialShare = {
  __typename?: 'CredentialShare';
  /** ISO 8601 instant it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 8601 instant after which the link answers nothing. */
  expiresAt: Scalars['DateTime']['output'];
  /** The share's id, e.g. shr-7c1e…; the learner revokes it by this id. */
  id: Scalars['ID']['output'];
  /** True when the shared copy names the learner. */
  named: Scalars['Boolean']['output'];
  /** ISO 8601 instant it was revoked, or null. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The certificate's serial. */
  serial: Scalars['ID']['output'];
};

/** A page of CredentialShare rows. */
export type CredentialShareConnection = {
  __typename?: 'CredentialShareConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<CredentialShareEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<CredentialShare>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a CredentialShareConnection page, with the cursor that points at it. */
export type CredentialShareEdge = {
  __typename?: 'CredentialShareEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CredentialShare;
};

/** A newly made share, with its link: the link is shown only here, once, and only its hash is kept. */
export type CredentialShareLink = {
  __typename?: 'CredentialShareLink';
  /** The QR code of verifyUrl, as a standalone SVG document, to print on a certificate or show on a screen. */
  qrCodeSvg: Scalars['String']['output'];
  /** The share as stored. */
  share: CredentialShare;
  /** The link to give: the gateway's /credentials/shared/{secret} under the hub's public origin. */
  url: Scalars['String']['output'];
  /** The public verify page opened on this share (the gateway's /verify?shared=…): give this link, or its QR code. */
  verifyUrl: Scalars['String']['output'];
};

/** The verdict on a verifiable credential, check by check. */
export type CredentialVerification = {
  __typename?: 'CredentialVerification';
  /**
   * Each check, in a fixed order: proof, issuerKey, status, validity, knownIssuer;
   * then, for a credential of an enterprise or evaluation organisation, accredited
   * (its issuer was accredited for the standard on the issue date, or the standard
   * needs none); then schema for an Open Badge, or clr and embedded for a CLR 2.0 record.
   */
  checks: Array<CredentialCheck>;
  /**
   * For a CLR 2.0 ClrCredential, the verification of each credential it holds,
   * in the order it holds them, each with all of its own checks (one level deep;
   * at most 100 are checked). Empty for any other credential.
   */
  embedded: Array<CredentialVerification>;
  /** The issuing organisation, when the issuer is an enterprise or evaluation organisation on the hub. */
  issuer: Maybe<CertificationOrganization>;
  /** The certificate standard the credential's achievement names, when it is one of that issuer's standards. */
  standard: Maybe<CertificateStandard>;
  /** The verdict in one sentence a person can read, with the reason for each failed check. */
  summary: Scalars['String']['output'];
  /** True when every check passed. */
  verified: Scalars['Boolean']['output'];
};

/** A run of days, both ends included. */
export type DatePeriod = {
  __typename?: 'DatePeriod';
  /** ISO date: the first day. */
  from: Scalars['Date']['output'];
  /** ISO date: the last day. */
  to: Scalars['Date']['output'];
};

/** A page of DatePeriod rows. */
export type DatePeriodConnection = {
  __typename?: 'DatePeriodConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<DatePeriodEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<DatePeriod>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a DatePeriodConnection page, with the cursor that points at it. */
export type DatePeriodEdge = {
  __typename?: 'DatePeriodEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: DatePeriod;
};

/** A sitting of a standard's formal exam, as its issuer recorded it. */
export type ExamSession = {
  __typename?: 'ExamSession';
  /** How many candidates sat it. */
  candidates: Scalars['Int']['output'];
  /** ISO date the exam was held. */
  heldOn: Scalars['Date']['output'];
  /** e.g. exs- and a random UUID. */
  id: Scalars['ID']['output'];
  /** How many of them passed. */
  passed: Scalars['Int']['output'];
  /** ISO 8601 instant (UTC) it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The standard examined. */
  standard: CertificateStandard;
};

/** An accreditation to grant. */
export type GrantAccreditationInput = {
  /** The organisation to accredit: the standard's issuer, e.g. org-zhongxin. */
  organizationId: Scalars['ID']['input'];
  /** The decision it rests on, e.g. the audit and its reference (1 to 500 characters). */
  reason: Scalars['String']['input'];
  /** A 1+X standard (kind VOCATIONAL_SKILL_LEVEL) the organisation issues, e.g. X-NED-1. */
  standardCode: Scalars['ID']['input'];
  /** ISO date: the first day covered; may be past, to record an accreditation decided earlier. */
  validFrom: Scalars['Date']['input'];
  /** ISO date: the last day covered, on or after validFrom. */
  validUntil: Scalars['Date']['input'];
};

/** One month of an organisation's issuing, for one standard or in total. */
export type IssuingMonth = {
  __typename?: 'IssuingMonth';
  /** Certificates issued in the month (by issue date), revoked ones included. */
  awards: Scalars['Int']['output'];
  /** Candidates of the exam sessions held in the month. */
  candidates: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** passed ÷ candidates, from 0 to 1; null when no exam session was recorded for the month. */
  passRate: Maybe<Scalars['Float']['output']>;
  /** Candidates who passed those sessions. */
  passed: Scalars['Int']['output'];
  /** Certificates revoked in the month (by revocation date), whenever issued. */
  revocations: Scalars['Int']['output'];
  /** The standard, or null on the organisation's totals. */
  standard: Maybe<CertificateStandard>;
  /** Mean awards of the months with any awards among the `trailingMonths` before it; null when there were none. */
  trailingAverage: Maybe<Scalars['Float']['output']>;
  /** True when the month's awards jump: at least `jumpMinimum` and more than `jumpMultiple` × `trailingAverage`. */
  volumeJump: Scalars['Boolean']['output'];
};

/** A page of an issuing report's rows. */
export type IssuingMonthConnection = {
  __typename?: 'IssuingMonthConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<IssuingMonthEdge>;
  /** This page's rows, ordered by standard code, then month. */
  nodes: Array<IssuingMonth>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages: standards × months. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a IssuingMonthConnection page, with the cursor that points at it. */
export type IssuingMonthEdge = {
  __typename?: 'IssuingMonthEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: IssuingMonth;
};

/**
 * An organisation's issuing over a range of months. The flag's rule: a month is
 * flagged when its awards are at least `jumpMinimum` and more than `jumpMultiple`
 * times its trailing average, the mean of the awards in the months with any
 * awards among the `trailingMonths` before it (months without awards are left
 * out, since certificates are awarded in seasons; a month with none before it in
 * that window has no average and is not flagged).
 */
export type IssuingReport = {
  __typename?: 'IssuingReport';
  /** One row per standard the organisation issues and month, ordered by standard code, then month. */
  byStandard: IssuingMonthConnection;
  /** First month covered, YYYY-MM. */
  from: Scalars['String']['output'];
  /** A flagged month has at least this many awards. */
  jumpMinimum: Scalars['Int']['output'];
  /** A flagged month has more than this multiple of its trailing average. */
  jumpMultiple: Scalars['Float']['output'];
  /** The organisation reported on. */
  organization: CertificationOrganization;
  /** Last month covered, YYYY-MM. */
  to: Scalars['String']['output'];
  /** The organisation's totals over all its standards, one per month from `from` to `to`. */
  totals: Array<IssuingMonth>;
  /** How many months before a month its trailing average looks at. */
  trailingMonths: Scalars['Int']['output'];
};


/**
 * An organisation's issuing over a range of months. The flag's rule: a month is
 * flagged when its awards are at least `jumpMinimum` and more than `jumpMultiple`
 * times its trailing average, the mean of the awards in the months with any
 * awards among the `trailingMonths` before it (months without awards are left
 * out, since certificates are awarded in seasons; a month with none before it in
 * that window has no average and is not flagged).
 */
export type IssuingReportByStandardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A job position an enterprise hires for, with what it requires. */
export type JobPosition = {
  __typename?: 'JobPosition';
  /** What the job is. */
  description: Scalars['String']['output'];
  /** The employer. */
  employer: CertificationOrganization;
  /** The ESCO occupation URI, when known. */
  escoUri: Maybe<Scalars['String']['output']>;
  /** The position's id, e.g. jp-ty-sec. */
  id: Scalars['ID']['output'];
  /** The ISCO-08 unit group code, e.g. 3513, when known. */
  iscoCode: Maybe<Scalars['String']['output']>;
  /** Internal: the requirements, for the college's figures. */
  requirementFacts: Array<JobRequirementFact>;
  /** Its required and optional competencies and certificates: required first. */
  requirements: JobRequirementConnection;
  /** The position's title. */
  title: Scalars['String']['output'];
};


/** A job position an enterprise hires for, with what it requires. */
export type JobPositionRequirementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of job positions. */
export type JobPositionConnection = {
  __typename?: 'JobPositionConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<JobPositionEdge>;
  /** This page's positions, by id. */
  nodes: Array<JobPosition>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Positions across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a JobPositionConnection page, with the cursor that points at it. */
export type JobPositionEdge = {
  __typename?: 'JobPositionEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: JobPosition;
};

/** A new job position. */
export type JobPositionInput = {
  /** What the job is (up to 500 characters). */
  description: Scalars['String']['input'];
  /** The employer, an organisation of this catalogue; the caller must be its staff. */
  employerId: Scalars['ID']['input'];
  /** The ESCO occupation URI: http://data.europa.eu/esco/occupation/… */
  escoUri?: InputMaybe<Scalars['String']['input']>;
  /** The position's id: 2 to 64 lower-case letters, digits and hyphens, e.g. jp-ty-noc. */
  id: Scalars['ID']['input'];
  /** The ISCO-08 unit group code: 4 digits. */
  iscoCode?: InputMaybe<Scalars['String']['input']>;
  /** Its requirements, at least one. */
  requirements: Array<JobRequirementInput>;
  /** The position's title. */
  title: Scalars['String']['input'];
};

/** One requirement of a job position. */
export type JobRequirement = {
  __typename?: 'JobRequirement';
  /** For CERTIFICATE: the standard. */
  certificate: Maybe<CertificateStandard>;
  /** For COMPETENCY: the item. */
  competency: Maybe<CompetencyItem>;
  /** True when required (ESCO essential); false when optional. */
  essential: Scalars['Boolean']['output'];
  /** COMPETENCY or CERTIFICATE. */
  kind: JobRequirementKind;
};

/** A page of JobRequirement rows. */
export type JobRequirementConnection = {
  __typename?: 'JobRequirementConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<JobRequirementEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<JobRequirement>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a JobRequirementConnection page, with the cursor that points at it. */
export type JobRequirementEdge = {
  __typename?: 'JobRequirementEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: JobRequirement;
};

/** Internal: a requirement, for the college's alignment and career figures. */
export type JobRequirementFact = {
  __typename?: 'JobRequirementFact';
  /** True when required; false when optional. */
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

/** One requirement of a new job position. */
export type JobRequirementInput = {
  /** True when required; false when optional. */
  essential: Scalars['Boolean']['input'];
  /** For COMPETENCY: the item's CASE identifier. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** COMPETENCY or CERTIFICATE. */
  kind: JobRequirementKind;
  /** For CERTIFICATE: a standard of this catalogue. */
  standardCode?: InputMaybe<Scalars['ID']['input']>;
};

/** What a job requirement asks for. */
export type JobRequirementKind =
  /** A certificate standard. */
  | 'CERTIFICATE'
  /** A competency item. */
  | 'COMPETENCY';

/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts a proposal: from now on it counts, between its dates. Staff of the
   * counterpart issuer only (when one organisation issues both standards, its
   * staff accept explicitly too). CONFLICT when it is no longer PROPOSED.
   */
  acceptRecognition: RecognitionAgreement;
  /**
   * Adds a job position with its required and optional competencies (items of
   * the college's frameworks, asked of the college) and certificates (standards
   * of this catalogue). Staff of the employer, or an admin.
   */
  addJobPosition: JobPosition;
  /**
   * Declares that a standard requires another (e.g. intermediate requires entry).
   * Staff of the standard's issuer. Cycles are refused.
   */
  addPrerequisite: CertificateStandard;
  /**
   * Awards a certificate to a learner. Only staff of the standard's issuing
   * organisation (or an admin) may award. Serials are unique hub-wide.
   */
  awardCertificate: CertificateAward;
  /**
   * Sets a standard's content units, replacing the ones it had: each with its
   * weight in the standard's content and the competency items it assesses
   * (asked of the college). Staff of the standard's issuer, or an admin.
   */
  defineContentUnits: CertificateStandard;
  /**
   * Accredits an organisation to award one of its 1+X standards between two
   * days. Administrators (the hub's supervisor) only. CONFLICT when another
   * accreditation of the same organisation and standard covers any of those days.
   */
  grantAccreditation: Accreditation;
  /**
   * Proposes a recognition agreement: the caller's organisation, the issuer of
   * `fromCode` or of `toCode`, gives its word, and the issuer of the other
   * standard is asked for theirs. It counts for nothing until they accept it.
   * ENTERPRISE_STAFF of the proposing issuer only: an administrator may not
   * propose on an issuer's behalf. Standards of different levels may be linked
   * only one-way, from the higher level to the lower.
   */
  proposeRecognition: RecognitionAgreement;
  /**
   * Records a sitting of a standard's formal exam: how many candidates sat and
   * how many passed (counts only, no learner). Staff of the standard's issuer, or
   * an administrator; a 1+X standard only on a day its issuer was accredited for it.
   */
  recordExamSession: ExamSession;
  /**
   * Declines a proposal, with a reason the proposer reads in the history. Staff
   * of the counterpart issuer only. A declined proposal never counts and cannot
   * be reopened: propose again instead. CONFLICT when it is no longer PROPOSED.
   */
  rejectRecognition: RecognitionAgreement;
  /**
   * Revokes a certificate (e.g. an assessment irregularity found on audit). Staff
   * of the standard's issuer. Everything that rested on it — credit transfers,
   * recognitions, prerequisites — stops counting on the next request.
   */
  revokeCertificate: CertificateAward;
  /** Revokes a share link at once. The learner or their guardian only; revoking it again answers it unchanged. Audited. */
  revokeCredentialShare: CredentialShare;
  /**
   * Suspends, reinstates (ACTIVE) or withdraws an accreditation from a day on,
   * saying why. Administrators only. Awards made before that day keep their
   * standing. A withdrawal is final. CONFLICT when the status may not follow the
   * current one, or another administrator changed it at the same time.
   */
  setAccreditationStatus: Accreditation;
  /**
   * Makes a link through which anyone holding it can fetch this certificate's
   * credential until `expiresOn` (at most a year ahead; 30 days by default). The
   * learner or their guardian only. Audited.
   */
  shareCertificateCredential: CredentialShareLink;
  /**
   * Withdraws the caller's organisation's word. An agreement in force: either
   * party, and it stops counting after `effectiveTo`. A proposal not yet
   * accepted: the proposer only, and it never counts. CONFLICT when it was
   * already declined or withdrawn.
   */
  withdrawRecognition: RecognitionAgreement;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationAcceptRecognitionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationAddJobPositionArgs = {
  input: JobPositionInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationAddPrerequisiteArgs = {
  requiresCode: Scalars['ID']['input'];
  standardCode: Scalars['ID']['input'];
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationAwardCertificateArgs = {
  input: AwardCertificateInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationDefineContentUnitsArgs = {
  standardCode: Scalars['ID']['input'];
  units: Array<ContentUnitInput>;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationGrantAccreditationArgs = {
  input: GrantAccreditationInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationProposeRecognitionArgs = {
  input: ProposeRecognitionInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationRecordExamSessionArgs = {
  input: RecordExamSessionInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationRejectRecognitionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationRevokeCertificateArgs = {
  input: RevokeCertificateInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationRevokeCredentialShareArgs = {
  id: Scalars['ID']['input'];
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationSetAccreditationStatusArgs = {
  input: SetAccreditationStatusInput;
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationShareCertificateCredentialArgs = {
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  named?: InputMaybe<Scalars['Boolean']['input']>;
  serial: Scalars['ID']['input'];
};


/** Writes of the enterprise subgraph: awards, revocations, the ladder and recognition agreements. */
export type MutationWithdrawRecognitionArgs = {
  effectiveTo: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** What sort of organisation sets and issues certificates. */
export type OrganizationKind =
  /** An enterprise issuing its own technical level certificates. */
  | 'ENTERPRISE'
  /** A 1+X training and evaluation organisation (培训评价组织). */
  | 'EVALUATION_ORGANIZATION';

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

/** A proposal of a recognition agreement. The caller's organisation must issue `fromCode` or `toCode`. */
export type ProposeRecognitionInput = {
  /** What the agreement rests on (1 to 500 characters). */
  basis: Scalars['String']['input'];
  /** ONE_WAY (fromCode → toCode only) or MUTUAL. */
  direction: RecognitionDirection;
  /** ISO date, YYYY-MM-DD. */
  effectiveFrom: Scalars['Date']['input'];
  /** ISO date on or after effectiveFrom, or null for an open-ended agreement. */
  effectiveTo?: InputMaybe<Scalars['Date']['input']>;
  /** Holders of this standard count as holders of `toCode`. */
  fromCode: Scalars['ID']['input'];
  /** The standard holders of `fromCode` count as; with MUTUAL, the reverse holds too. */
  toCode: Scalars['ID']['input'];
};

/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type Query = {
  __typename?: 'Query';
  /** One accreditation with its history, or null when there is none by that id. Public, like the catalogue. */
  accreditation: Maybe<Accreditation>;
  /**
   * Whether an organisation was accredited to award a standard on a day, and by
   * which accreditation. Public. BAD_USER_INPUT for an unknown organisation or
   * standard, or a malformed date.
   */
  accreditationStanding: AccreditationCheck;
  /**
   * Accreditations, optionally of one organisation, one standard or one status,
   * ordered by organisation, standard, first day and id. Public, like the
   * catalogue: a verifier may see who is accredited for what.
   */
  accreditations: AccreditationConnection;
  /** One certificate standard by code, or null. Public. */
  certificateStandard: Maybe<CertificateStandard>;
  /** The certificate standards catalogue, optionally of one kind. Public. */
  certificateStandards: CertificateStandardConnection;
  /**
   * List `list` of an issuer's Bitstring Status Lists, as a signed
   * BitstringStatusListCredential, or null when the issuer has no such list.
   * Public; the gateway serves it at /issuers/{organizationId}/status/revocation/{list}.
   */
  certificateStatusList: Maybe<Scalars['JSON']['output']>;
  /** An enterprise or evaluation organisation's signing identity, or null when there is no such organisation. Public. */
  certificationIssuer: Maybe<CredentialIssuer>;
  /** One enterprise or evaluation organisation by id, or null when none has that id. Public. */
  certificationOrganization: Maybe<CertificationOrganization>;
  /** Enterprises and evaluation organisations, by id. Public. */
  certificationOrganizations: CertificationOrganizationConnection;
  /**
   * An organisation's issuing, month by month, for a supervisor: awards,
   * revocations, exam candidates, passes and the pass rate, per standard and in
   * total, with each month's trailing average and a flag when its volume jumps.
   * For the hub's administrators (the supervisor) and the organisation's own
   * ENTERPRISE_STAFF.
   */
  issuingReport: IssuingReport;
  /** One job position, or null. Public catalogue. */
  jobPosition: Maybe<JobPosition>;
  /** Job positions, by id, optionally of one employer. Public catalogue. */
  jobPositions: JobPositionConnection;
  /**
   * One recognition agreement with its history, or null when there is none by
   * that id. For staff of the two parties and administrators.
   */
  recognitionAgreement: Maybe<RecognitionAgreement>;
  /**
   * The recognition agreements an organisation is a party to (it issues one of
   * the two standards), pending, declined and withdrawn ones included, oldest
   * proposal first. For the organisation's ENTERPRISE_STAFF and administrators.
   */
  recognitionAgreements: RecognitionAgreementConnection;
  /**
   * The credential behind a share link, or null when the link is unknown, expired
   * or revoked. For anyone who holds the link's secret; the gateway serves it at
   * /credentials/shared/{secret}.
   */
  sharedCredential: Maybe<Scalars['JSON']['output']>;
  /**
   * Checks a certificate without any consent: given its serial and the holder's
   * name as printed on it, says whether it is authentic, its current status, its
   * standard and what that standard is recognised as — and nothing more. For any
   * signed-in caller; every successful check is audited.
   */
  verifyCertificate: CertificateVerification;
  /**
   * Verifies a verifiable credential (a JSON object, or a string holding one):
   * its Data Integrity proof, that the key is the issuer's own, its status list,
   * its validity dates, and that its issuer is an organisation on the hub. Open to
   * anyone, signed in or not; writes nothing, and what is logged of it names no learner.
   */
  verifyCredential: CredentialVerification;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryAccreditationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryAccreditationStandingArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  organizationId: Scalars['ID']['input'];
  standardCode: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryAccreditationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  standardCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AccreditationStatus>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificateStandardArgs = {
  code: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificateStandardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CertificateKind>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificateStatusListArgs = {
  list: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificationIssuerArgs = {
  organizationId: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificationOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryCertificationOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryIssuingReportArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryJobPositionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryJobPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryRecognitionAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryRecognitionAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  status?: InputMaybe<RecognitionStatus>;
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QuerySharedCredentialArgs = {
  secret: Scalars['String']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryVerifyCertificateArgs = {
  holderName: Scalars['String']['input'];
  serial: Scalars['String']['input'];
};


/**
 * The enterprise subgraph: enterprises and training and evaluation organisations,
 * the certificate standards catalogue (1+X vocational skill level certificates and
 * enterprise technical certificates), certificate awards and recognition agreements.
 */
export type QueryVerifyCredentialArgs = {
  credential: Scalars['JSON']['input'];
};

/**
 * A recognition agreement in the public catalogue, as seen from one of its
 * standards: holders of that standard count as holders of the counterpart.
 * One-way agreements work only from the standard they are listed on. Only
 * agreements both issuers agreed to are listed; see RecognitionAgreement for the
 * two parties' view, pending proposals included.
 */
export type Recognition = {
  __typename?: 'Recognition';
  /** What the agreement rests on: the pilot, policy or assessment behind it. */
  basis: Scalars['String']['output'];
  /** The standard this one is recognised as. */
  counterpart: CertificateStandard;
  /** ISO date the agreement takes effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the agreement ends, or null when open-ended. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** The agreement's id, as in RecognitionAgreement. */
  id: Scalars['ID']['output'];
  /** True when each standard is recognised as the other. */
  mutual: Scalars['Boolean']['output'];
};

/**
 * A recognition agreement between the issuers of two standards, as its parties
 * see it: its terms, where it stands, and every step taken, in order.
 */
export type RecognitionAgreement = {
  __typename?: 'RecognitionAgreement';
  /** ISO instant both issuers had agreed, or null when they never did. */
  agreedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the agreement rests on: the pilot, policy or assessment behind it. */
  basis: Scalars['String']['output'];
  /** The issuer whose acceptance it needs (the same as proposedBy when one organisation issues both standards). */
  counterpart: CertificationOrganization;
  /** True when it counts on `on` (an ISO date; today in China Standard Time when omitted): agreed by both and in force. */
  countsOn: Scalars['Boolean']['output'];
  /** ONE_WAY (from → to only) or MUTUAL. */
  direction: RecognitionDirection;
  /** ISO date the agreement takes effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date of its last day in force, or null when open-ended; a withdrawal sets it. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Holders of this standard count as holders of `to`. */
  from: CertificateStandard;
  /** Every step taken, oldest first. Append-only: a step is never changed or removed. */
  history: RecognitionEventConnection;
  /** e.g. rec-icv-huadong; new agreements get rec- and a random UUID. */
  id: Scalars['ID']['output'];
  /** The issuer that proposed it. */
  proposedBy: CertificationOrganization;
  /** Where it stands: only AGREED agreements (and WITHDRAWN ones until their end date) count. */
  status: RecognitionStatus;
  /** The standard holders of `from` count as. */
  to: CertificateStandard;
};


/**
 * A recognition agreement between the issuers of two standards, as its parties
 * see it: its terms, where it stands, and every step taken, in order.
 */
export type RecognitionAgreementCountsOnArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A recognition agreement between the issuers of two standards, as its parties
 * see it: its terms, where it stands, and every step taken, in order.
 */
export type RecognitionAgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of RecognitionAgreement rows. */
export type RecognitionAgreementConnection = {
  __typename?: 'RecognitionAgreementConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<RecognitionAgreementEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<RecognitionAgreement>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a RecognitionAgreementConnection page, with the cursor that points at it. */
export type RecognitionAgreementEdge = {
  __typename?: 'RecognitionAgreementEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RecognitionAgreement;
};

/** Which way holders count. */
export type RecognitionDirection =
  /** Holders of each standard count as holders of the other. */
  | 'MUTUAL'
  /** Holders of `from` count as holders of `to`, not the reverse. */
  | 'ONE_WAY';

/** One step in a recognition agreement's history. */
export type RecognitionEvent = {
  __typename?: 'RecognitionEvent';
  /** The signed-in member of staff who took it (their token's subject). */
  actorSubject: Scalars['String']['output'];
  /** ISO 8601 instant (UTC) the step was taken. */
  at: Scalars['DateTime']['output'];
  /** For a withdrawal: the last day the agreement counts. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** What was done. */
  kind: RecognitionEventKind;
  /** The organisation whose word it was. */
  organization: CertificationOrganization;
  /** For a decline or a withdrawal: why, in the party's words. */
  reason: Maybe<Scalars['String']['output']>;
};

/** A page of RecognitionEvent rows. */
export type RecognitionEventConnection = {
  __typename?: 'RecognitionEventConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<RecognitionEventEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<RecognitionEvent>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a RecognitionEventConnection page, with the cursor that points at it. */
export type RecognitionEventEdge = {
  __typename?: 'RecognitionEventEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RecognitionEvent;
};

/** A step in an agreement's history. */
export type RecognitionEventKind =
  /** The counterpart issuer accepted: both words given. */
  | 'ACCEPTED'
  /** The counterpart issuer declined. */
  | 'DECLINED'
  /** An issuer proposed the agreement (its word given). */
  | 'PROPOSED'
  /** A party withdrew its word. */
  | 'WITHDRAWN';

/** Where a recognition agreement stands between its two parties. */
export type RecognitionStatus =
  /** Both issuers agreed: it counts between its dates. */
  | 'AGREED'
  /** The counterpart declined it. It never counted. */
  | 'DECLINED'
  /** One issuer proposed it; the other has not answered. It counts for nothing. */
  | 'PROPOSED'
  /** A party withdrew it: a proposal before acceptance (it never counted), or an agreement from the day after its end date. */
  | 'WITHDRAWN';

/**
 * A standard a learner's valid certificate counts as: the award, and the
 * agreement or chain of agreements it counts through. Chains are followed
 * transitively only through mutual agreements.
 */
export type RecognizedCertificate = {
  __typename?: 'RecognizedCertificate';
  /** The learner's own award the recognition starts from. */
  award: CertificateAward;
  /** ISO date from which the whole chain is in force (the latest start). */
  effectiveFrom: Scalars['Date']['output'];
  /** ISO date the chain ends (the earliest end), or null. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /**
   * Why the learner counts as holding the standard, in one sentence for them and
   * their family: the award and its date, each agreement followed, and the dates
   * the chain is in force.
   */
  explanation: Scalars['String']['output'];
  /** The agreements followed, in order from the award's standard. */
  path: Array<Recognition>;
  /** The standard the learner counts as holding. */
  standard: CertificateStandard;
};

/** A page of RecognizedCertificate rows. */
export type RecognizedCertificateConnection = {
  __typename?: 'RecognizedCertificateConnection';
  /** This page's rows with their cursors, in the same order as nodes. */
  edges: Array<RecognizedCertificateEdge>;
  /** This page's rows, in the list's order. */
  nodes: Array<RecognizedCertificate>;
  /** Where this page starts and ends, to fetch the pages around it. */
  pageInfo: PageInfo;
  /** Rows across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One row of a RecognizedCertificateConnection page, with the cursor that points at it. */
export type RecognizedCertificateEdge = {
  __typename?: 'RecognizedCertificateEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RecognizedCertificate;
};

/** An exam session to record. */
export type RecordExamSessionInput = {
  /** How many candidates sat it, 1 to 100000. */
  candidates: Scalars['Int']['input'];
  /** ISO date the exam was held, not in the future. */
  heldOn: Scalars['Date']['input'];
  /** How many passed, 0 to candidates. */
  passed: Scalars['Int']['input'];
  /** The standard examined; the caller's organisation must issue it. */
  standardCode: Scalars['ID']['input'];
};

/** The parts of a learner's record that access and consent are decided for. */
export type RecordPart =
  /** Certificates awarded to the learner. */
  | 'CERTIFICATES'
  /** Who the learner is: name and national ID. */
  | 'IDENTITY'
  /** Enrolments, pathway status and course results. */
  | 'RESULTS';

/** A revocation of one award by its issuer. */
export type RevokeCertificateInput = {
  /** Why, in words: shown wherever the revocation matters. */
  reason: Scalars['String']['input'];
  /** ISO date, on or after the issue date and not in the future; defaults to today. */
  revokedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The award's serial. */
  serial: Scalars['String']['input'];
};

/** A change of an accreditation's status. */
export type SetAccreditationStatusInput = {
  /**
   * ISO date the status takes effect; today (China Standard Time) when omitted.
   * Not before today, the accreditation's first day or its latest change, and
   * not after its last day.
   */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** The accreditation's id. */
  id: Scalars['ID']['input'];
  /** Why, in words (1 to 500 characters). */
  reason: Scalars['String']['input'];
  /** SUSPENDED, ACTIVE (reinstated from a suspension) or WITHDRAWN (final). */
  status: AccreditationStatus;
};

/** A learner on the hub. The enterprise subgraph contributes their certificates. */
export type Student = {
  __typename?: 'Student';
  /** The learner's active consent grants; used only for authorisation. */
  activeGrants: Array<ActiveGrant>;
  /** Internal: every certificate the caller may see, unpaged, as the college's evidence. */
  certificateFacts: Maybe<Array<CertificateAward>>;
  /**
   * Certificates awarded to the learner, newest first. Part CERTIFICATES: the
   * pathway's institutions, the learner, and organisations with the learner's
   * consent see them all; an issuer sees the awards it made.
   */
  certificates: Maybe<CertificateAwardConnection>;
  /** Hub-wide learner id, e.g. GT202200001X. */
  id: Scalars['ID']['output'];
  /** Organisations taking part in the learner's pathway; used only for authorisation. */
  pathwayOrganizationIds: Array<Scalars['ID']['output']>;
  /** Internal: every recognised standard, unpaged, as the college's evidence. */
  recognizedCertificateFacts: Maybe<Array<RecognizedCertificate>>;
  /**
   * Every standard the learner's valid certificates count as today, with the path.
   * Part CERTIFICATES.
   */
  recognizedCertificates: Maybe<RecognizedCertificateConnection>;
};


/** A learner on the hub. The enterprise subgraph contributes their certificates. */
export type StudentCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A learner on the hub. The enterprise subgraph contributes their certificates. */
export type StudentRecognizedCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  CertificateStandard: CertificateStandard;
  CertificationOrganization: CertificationOrganization;
  JobPosition: JobPosition;
  Student: Student;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CertificateStandard:
    ( { __typename: 'CertificateStandard' }
    & GraphQLRecursivePick<FederationTypes['CertificateStandard'], {"code":true}> );
  CertificationOrganization:
    ( { __typename: 'CertificationOrganization' }
    & GraphQLRecursivePick<FederationTypes['CertificationOrganization'], {"id":true}> );
  JobPosition:
    ( { __typename: 'JobPosition' }
    & GraphQLRecursivePick<FederationTypes['JobPosition'], {"id":true}> );
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
        | GraphQLRecursivePick<FederationTypes['Student'], {"pathwayOrganizationIds":true,"activeGrants":{"organizationId":true,"scopes":true,"purpose":true}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Accreditation: ResolverTypeWrapper<AccreditationRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccreditationCheck: ResolverTypeWrapper<AccreditationCheckResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccreditationConnection: ResolverTypeWrapper<Omit<AccreditationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccreditationEdge']>, nodes: Array<ResolversTypes['Accreditation']> }>;
  AccreditationEdge: ResolverTypeWrapper<Omit<AccreditationEdge, 'node'> & { node: ResolversTypes['Accreditation'] }>;
  AccreditationEvent: ResolverTypeWrapper<AccreditationEventRow>;
  AccreditationEventConnection: ResolverTypeWrapper<Omit<AccreditationEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccreditationEventEdge']>, nodes: Array<ResolversTypes['AccreditationEvent']> }>;
  AccreditationEventEdge: ResolverTypeWrapper<Omit<AccreditationEventEdge, 'node'> & { node: ResolversTypes['AccreditationEvent'] }>;
  AccreditationEventKind: AccreditationEventKind;
  AccreditationStanding: AccreditationStanding;
  AccreditationStatus: AccreditationStatus;
  ActiveGrant: ResolverTypeWrapper<ActiveGrant>;
  AwardCertificateInput: AwardCertificateInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CertificateAward: ResolverTypeWrapper<AwardRow>;
  CertificateAwardConnection: ResolverTypeWrapper<Omit<CertificateAwardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CertificateAwardEdge']>, nodes: Array<ResolversTypes['CertificateAward']> }>;
  CertificateAwardEdge: ResolverTypeWrapper<Omit<CertificateAwardEdge, 'node'> & { node: ResolversTypes['CertificateAward'] }>;
  CertificateKind: CertificateKind;
  CertificateLevel: CertificateLevel;
  CertificateStandard: ResolverTypeWrapper<StandardRow>;
  CertificateStandardConnection: ResolverTypeWrapper<Omit<CertificateStandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CertificateStandardEdge']>, nodes: Array<ResolversTypes['CertificateStandard']> }>;
  CertificateStandardEdge: ResolverTypeWrapper<Omit<CertificateStandardEdge, 'node'> & { node: ResolversTypes['CertificateStandard'] }>;
  CertificateStatus: CertificateStatus;
  CertificateVerification: ResolverTypeWrapper<Verification>;
  CertificationOrganization: ResolverTypeWrapper<OrganizationRow>;
  CertificationOrganizationConnection: ResolverTypeWrapper<Omit<CertificationOrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CertificationOrganizationEdge']>, nodes: Array<ResolversTypes['CertificationOrganization']> }>;
  CertificationOrganizationEdge: ResolverTypeWrapper<Omit<CertificationOrganizationEdge, 'node'> & { node: ResolversTypes['CertificationOrganization'] }>;
  CompetencyItem: ResolverTypeWrapper<CompetencyItem>;
  ContentUnit: ResolverTypeWrapper<ContentUnitView>;
  ContentUnitConnection: ResolverTypeWrapper<Omit<ContentUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ContentUnitEdge']>, nodes: Array<ResolversTypes['ContentUnit']> }>;
  ContentUnitEdge: ResolverTypeWrapper<Omit<ContentUnitEdge, 'node'> & { node: ResolversTypes['ContentUnit'] }>;
  ContentUnitFact: ResolverTypeWrapper<ContentUnitView>;
  ContentUnitInput: ContentUnitInput;
  CredentialCheck: ResolverTypeWrapper<CredentialCheck>;
  CredentialIssuer: ResolverTypeWrapper<IssuerView>;
  CredentialShare: ResolverTypeWrapper<CredentialShareRow>;
  CredentialShareConnection: ResolverTypeWrapper<Omit<CredentialShareConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CredentialShareEdge']>, nodes: Array<ResolversTypes['CredentialShare']> }>;
  CredentialShareEdge: ResolverTypeWrapper<Omit<CredentialShareEdge, 'node'> & { node: ResolversTypes['CredentialShare'] }>;
  CredentialShareLink: ResolverTypeWrapper<ShareLink>;
  CredentialVerification: ResolverTypeWrapper<VerificationView>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePeriod: ResolverTypeWrapper<DatePeriod>;
  DatePeriodConnection: ResolverTypeWrapper<DatePeriodConnection>;
  DatePeriodEdge: ResolverTypeWrapper<DatePeriodEdge>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExamSession: ResolverTypeWrapper<ExamSessionRow>;
  GrantAccreditationInput: GrantAccreditationInput;
  IssuingMonth: ResolverTypeWrapper<IssuingMonthRow>;
  IssuingMonthConnection: ResolverTypeWrapper<Omit<IssuingMonthConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IssuingMonthEdge']>, nodes: Array<ResolversTypes['IssuingMonth']> }>;
  IssuingMonthEdge: ResolverTypeWrapper<Omit<IssuingMonthEdge, 'node'> & { node: ResolversTypes['IssuingMonth'] }>;
  IssuingReport: ResolverTypeWrapper<IssuingReportView>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JobPosition: ResolverTypeWrapper<JobPositionRow>;
  JobPositionConnection: ResolverTypeWrapper<Omit<JobPositionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JobPositionEdge']>, nodes: Array<ResolversTypes['JobPosition']> }>;
  JobPositionEdge: ResolverTypeWrapper<Omit<JobPositionEdge, 'node'> & { node: ResolversTypes['JobPosition'] }>;
  JobPositionInput: JobPositionInput;
  JobRequirement: ResolverTypeWrapper<JobRequirementRow>;
  JobRequirementConnection: ResolverTypeWrapper<Omit<JobRequirementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JobRequirementEdge']>, nodes: Array<ResolversTypes['JobRequirement']> }>;
  JobRequirementEdge: ResolverTypeWrapper<Omit<JobRequirementEdge, 'node'> & { node: ResolversTypes['JobRequirement'] }>;
  JobRequirementFact: ResolverTypeWrapper<JobRequirementRow>;
  JobRequirementInput: JobRequirementInput;
  JobRequirementKind: JobRequirementKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrganizationKind: OrganizationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProposeRecognitionInput: ProposeRecognitionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recognition: ResolverTypeWrapper<RecognitionView>;
  RecognitionAgreement: ResolverTypeWrapper<RecognitionRow>;
  RecognitionAgreementConnection: ResolverTypeWrapper<Omit<RecognitionAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecognitionAgreementEdge']>, nodes: Array<ResolversTypes['RecognitionAgreement']> }>;
  RecognitionAgreementEdge: ResolverTypeWrapper<Omit<RecognitionAgreementEdge, 'node'> & { node: ResolversTypes['RecognitionAgreement'] }>;
  RecognitionDirection: RecognitionDirection;
  RecognitionEvent: ResolverTypeWrapper<RecognitionEventRow>;
  RecognitionEventConnection: ResolverTypeWrapper<Omit<RecognitionEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecognitionEventEdge']>, nodes: Array<ResolversTypes['RecognitionEvent']> }>;
  RecognitionEventEdge: ResolverTypeWrapper<Omit<RecognitionEventEdge, 'node'> & { node: ResolversTypes['RecognitionEvent'] }>;
  RecognitionEventKind: RecognitionEventKind;
  RecognitionStatus: RecognitionStatus;
  RecognizedCertificate: ResolverTypeWrapper<RecognizedCertificateView>;
  RecognizedCertificateConnection: ResolverTypeWrapper<Omit<RecognizedCertificateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecognizedCertificateEdge']>, nodes: Array<ResolversTypes['RecognizedCertificate']> }>;
  RecognizedCertificateEdge: ResolverTypeWrapper<Omit<RecognizedCertificateEdge, 'node'> & { node: ResolversTypes['RecognizedCertificate'] }>;
  RecordExamSessionInput: RecordExamSessionInput;
  RecordPart: RecordPart;
  RevokeCertificateInput: RevokeCertificateInput;
  SetAccreditationStatusInput: SetAccreditationStatusInput;
  Student: ResolverTypeWrapper<StudentParent>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Accreditation: AccreditationRecord;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AccreditationCheck: AccreditationCheckResult;
  Boolean: Scalars['Boolean']['output'];
  AccreditationConnection: Omit<AccreditationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccreditationEdge']>, nodes: Array<ResolversParentTypes['Accreditation']> };
  AccreditationEdge: Omit<AccreditationEdge, 'node'> & { node: ResolversParentTypes['Accreditation'] };
  AccreditationEvent: AccreditationEventRow;
  AccreditationEventConnection: Omit<AccreditationEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccreditationEventEdge']>, nodes: Array<ResolversParentTypes['AccreditationEvent']> };
  AccreditationEventEdge: Omit<AccreditationEventEdge, 'node'> & { node: ResolversParentTypes['AccreditationEvent'] };
  ActiveGrant: ActiveGrant;
  AwardCertificateInput: AwardCertificateInput;
  Float: Scalars['Float']['output'];
  CertificateAward: AwardRow;
  CertificateAwardConnection: Omit<CertificateAwardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CertificateAwardEdge']>, nodes: Array<ResolversParentTypes['CertificateAward']> };
  CertificateAwardEdge: Omit<CertificateAwardEdge, 'node'> & { node: ResolversParentTypes['CertificateAward'] };
  CertificateStandard: StandardRow;
  CertificateStandardConnection: Omit<CertificateStandardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CertificateStandardEdge']>, nodes: Array<ResolversParentTypes['CertificateStandard']> };
  CertificateStandardEdge: Omit<CertificateStandardEdge, 'node'> & { node: ResolversParentTypes['CertificateStandard'] };
  CertificateVerification: Verification;
  CertificationOrganization: OrganizationRow;
  CertificationOrganizationConnection: Omit<CertificationOrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CertificationOrganizationEdge']>, nodes: Array<ResolversParentTypes['CertificationOrganization']> };
  CertificationOrganizationEdge: Omit<CertificationOrganizationEdge, 'node'> & { node: ResolversParentTypes['CertificationOrganization'] };
  CompetencyItem: CompetencyItem;
  ContentUnit: ContentUnitView;
  ContentUnitConnection: Omit<ContentUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ContentUnitEdge']>, nodes: Array<ResolversParentTypes['ContentUnit']> };
  ContentUnitEdge: Omit<ContentUnitEdge, 'node'> & { node: ResolversParentTypes['ContentUnit'] };
  ContentUnitFact: ContentUnitView;
  ContentUnitInput: ContentUnitInput;
  CredentialCheck: CredentialCheck;
  CredentialIssuer: IssuerView;
  CredentialShare: CredentialShareRow;
  CredentialShareConnection: Omit<CredentialShareConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CredentialShareEdge']>, nodes: Array<ResolversParentTypes['CredentialShare']> };
  CredentialShareEdge: Omit<CredentialShareEdge, 'node'> & { node: ResolversParentTypes['CredentialShare'] };
  CredentialShareLink: ShareLink;
  CredentialVerification: VerificationView;
  Date: Scalars['Date']['output'];
  DatePeriod: DatePeriod;
  DatePeriodConnection: DatePeriodConnection;
  DatePeriodEdge: DatePeriodEdge;
  DateTime: Scalars['DateTime']['output'];
  ExamSession: ExamSessionRow;
  GrantAccreditationInput: GrantAccreditationInput;
  IssuingMonth: IssuingMonthRow;
  IssuingMonthConnection: Omit<IssuingMonthConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IssuingMonthEdge']>, nodes: Array<ResolversParentTypes['IssuingMonth']> };
  IssuingMonthEdge: Omit<IssuingMonthEdge, 'node'> & { node: ResolversParentTypes['IssuingMonth'] };
  IssuingReport: IssuingReportView;
  JSON: Scalars['JSON']['output'];
  JobPosition: JobPositionRow;
  JobPositionConnection: Omit<JobPositionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JobPositionEdge']>, nodes: Array<ResolversParentTypes['JobPosition']> };
  JobPositionEdge: Omit<JobPositionEdge, 'node'> & { node: ResolversParentTypes['JobPosition'] };
  JobPositionInput: JobPositionInput;
  JobRequirement: JobRequirementRow;
  JobRequirementConnection: Omit<JobRequirementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JobRequirementEdge']>, nodes: Array<ResolversParentTypes['JobRequirement']> };
  JobRequirementEdge: Omit<JobRequirementEdge, 'node'> & { node: ResolversParentTypes['JobRequirement'] };
  JobRequirementFact: JobRequirementRow;
  JobRequirementInput: JobRequirementInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProposeRecognitionInput: ProposeRecognitionInput;
  Query: Record<PropertyKey, never>;
  Recognition: RecognitionView;
  RecognitionAgreement: RecognitionRow;
  RecognitionAgreementConnection: Omit<RecognitionAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecognitionAgreementEdge']>, nodes: Array<ResolversParentTypes['RecognitionAgreement']> };
  RecognitionAgreementEdge: Omit<RecognitionAgreementEdge, 'node'> & { node: ResolversParentTypes['RecognitionAgreement'] };
  RecognitionEvent: RecognitionEventRow;
  RecognitionEventConnection: Omit<RecognitionEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecognitionEventEdge']>, nodes: Array<ResolversParentTypes['RecognitionEvent']> };
  RecognitionEventEdge: Omit<RecognitionEventEdge, 'node'> & { node: ResolversParentTypes['RecognitionEvent'] };
  RecognizedCertificate: RecognizedCertificateView;
  RecognizedCertificateConnection: Omit<RecognizedCertificateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecognizedCertificateEdge']>, nodes: Array<ResolversParentTypes['RecognizedCertificate']> };
  RecognizedCertificateEdge: Omit<RecognizedCertificateEdge, 'node'> & { node: ResolversParentTypes['RecognizedCertificate'] };
  RecordExamSessionInput: RecordExamSessionInput;
  RevokeCertificateInput: RevokeCertificateInput;
  SetAccreditationStatusInput: SetAccreditationStatusInput;
  Student: StudentParent;
}>;

export type AccreditationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Accreditation'] = ResolversParentTypes['Accreditation']> = ResolversObject<{
  activePeriods?: Resolver<ResolversTypes['DatePeriodConnection'], ParentType, ContextType, RequireFields<AccreditationActivePeriodsArgs, 'first'>>;
  history?: Resolver<ResolversTypes['AccreditationEventConnection'], ParentType, ContextType, RequireFields<AccreditationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  standingOn?: Resolver<ResolversTypes['AccreditationStanding'], ParentType, ContextType, Partial<AccreditationStandingOnArgs>>;
  status?: Resolver<ResolversTypes['AccreditationStatus'], ParentType, ContextType>;
  statusFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AccreditationCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationCheck'] = ResolversParentTypes['AccreditationCheck']> = ResolversObject<{
  accreditation?: Resolver<Maybe<ResolversTypes['Accreditation']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['AccreditationStanding'], ParentType, ContextType>;
}>;

export type AccreditationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationConnection'] = ResolversParentTypes['AccreditationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccreditationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Accreditation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccreditationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationEdge'] = ResolversParentTypes['AccreditationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Accreditation'], ParentType, ContextType>;
}>;

export type AccreditationEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationEvent'] = ResolversParentTypes['AccreditationEvent']> = ResolversObject<{
  actorSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccreditationEventKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccreditationStatus'], ParentType, ContextType>;
}>;

export type AccreditationEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationEventConnection'] = ResolversParentTypes['AccreditationEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccreditationEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccreditationEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccreditationEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccreditationEventEdge'] = ResolversParentTypes['AccreditationEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccreditationEvent'], ParentType, ContextType>;
}>;

export type ActiveGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveGrant'] = ResolversParentTypes['ActiveGrant']> = ResolversObject<{
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RecordPart']>, ParentType, ContextType>;
}>;

export type CertificateAwardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateAward'] = ResolversParentTypes['CertificateAward']> = ResolversObject<{
  credential?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, RequireFields<CertificateAwardCredentialArgs, 'named'>>;
  credentialShares?: Resolver<ResolversTypes['CredentialShareConnection'], ParentType, ContextType, RequireFields<CertificateAwardCredentialSharesArgs, 'first'>>;
  holderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  prerequisiteRevoked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificateStatus'], ParentType, ContextType>;
}>;

export type CertificateAwardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateAwardConnection'] = ResolversParentTypes['CertificateAwardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificateAwardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CertificateAward']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificateAwardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateAwardEdge'] = ResolversParentTypes['CertificateAwardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CertificateAward'], ParentType, ContextType>;
}>;

export type CertificateStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandard'] = ResolversParentTypes['CertificateStandard'], FederationReferenceType extends FederationReferenceTypes['CertificateStandard'] = FederationReferenceTypes['CertificateStandard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificateStandard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contentUnitFacts?: Resolver<Array<ResolversTypes['ContentUnitFact']>, ParentType, ContextType>;
  contentUnits?: Resolver<ResolversTypes['ContentUnitConnection'], ParentType, ContextType, RequireFields<CertificateStandardContentUnitsArgs, 'first'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CertificateKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['CertificateLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prerequisites?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  recognitions?: Resolver<Array<ResolversTypes['Recognition']>, ParentType, ContextType, Partial<CertificateStandardRecognitionsArgs>>;
}>;

export type CertificateStandardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandardConnection'] = ResolversParentTypes['CertificateStandardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificateStandardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificateStandardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateStandardEdge'] = ResolversParentTypes['CertificateStandardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
}>;

export type CertificateVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = ResolversObject<{
  authentic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuerAccreditation?: Resolver<Maybe<ResolversTypes['AccreditationCheck']>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CertificateStatus']>, ParentType, ContextType>;
}>;

export type CertificationOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificationOrganization'] = ResolversParentTypes['CertificationOrganization'], FederationReferenceType extends FederationReferenceTypes['CertificationOrganization'] = FederationReferenceTypes['CertificationOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CertificationOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificationOrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificationOrganizationConnection'] = ResolversParentTypes['CertificationOrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificationOrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CertificationOrganization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificationOrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CertificationOrganizationEdge'] = ResolversParentTypes['CertificationOrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
}>;

export type CompetencyItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetencyItem'] = ResolversParentTypes['CompetencyItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ContentUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUnit'] = ResolversParentTypes['ContentUnit']> = ResolversObject<{
  assesses?: Resolver<Array<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ContentUnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUnitConnection'] = ResolversParentTypes['ContentUnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContentUnitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ContentUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContentUnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUnitEdge'] = ResolversParentTypes['ContentUnitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentUnit'], ParentType, ContextType>;
}>;

export type ContentUnitFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContentUnitFact'] = ResolversParentTypes['ContentUnitFact']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  standardCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CredentialCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialCheck'] = ResolversParentTypes['CredentialCheck']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CredentialIssuerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialIssuer'] = ResolversParentTypes['CredentialIssuer']> = ResolversObject<{
  did?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  didDocument?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  jwks?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CredentialShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialShare'] = ResolversParentTypes['CredentialShare']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serial?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CredentialShareConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialShareConnection'] = ResolversParentTypes['CredentialShareConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CredentialShareEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CredentialShare']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CredentialShareEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialShareEdge'] = ResolversParentTypes['CredentialShareEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CredentialShare'], ParentType, ContextType>;
}>;

export type CredentialShareLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialShareLink'] = ResolversParentTypes['CredentialShareLink']> = ResolversObject<{
  qrCodeSvg?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['CredentialShare'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifyUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CredentialVerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CredentialVerification'] = ResolversParentTypes['CredentialVerification']> = ResolversObject<{
  checks?: Resolver<Array<ResolversTypes['CredentialCheck']>, ParentType, ContextType>;
  embedded?: Resolver<Array<ResolversTypes['CredentialVerification']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['CertificationOrganization']>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DatePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatePeriod'] = ResolversParentTypes['DatePeriod']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DatePeriodConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatePeriodConnection'] = ResolversParentTypes['DatePeriodConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DatePeriodEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DatePeriod']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatePeriodEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatePeriodEdge'] = ResolversParentTypes['DatePeriodEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DatePeriod'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExamSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExamSession'] = ResolversParentTypes['ExamSession']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
}>;

export type IssuingMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuingMonth'] = ResolversParentTypes['IssuingMonth']> = ResolversObject<{
  awards?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revocations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  trailingAverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  volumeJump?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type IssuingMonthConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuingMonthConnection'] = ResolversParentTypes['IssuingMonthConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IssuingMonthEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['IssuingMonth']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IssuingMonthEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuingMonthEdge'] = ResolversParentTypes['IssuingMonthEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IssuingMonth'], ParentType, ContextType>;
}>;

export type IssuingReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuingReport'] = ResolversParentTypes['IssuingReport']> = ResolversObject<{
  byStandard?: Resolver<ResolversTypes['IssuingMonthConnection'], ParentType, ContextType, RequireFields<IssuingReportByStandardArgs, 'first'>>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jumpMinimum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jumpMultiple?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['IssuingMonth']>, ParentType, ContextType>;
  trailingMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPosition'] = ResolversParentTypes['JobPosition'], FederationReferenceType extends FederationReferenceTypes['JobPosition'] = FederationReferenceTypes['JobPosition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JobPosition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  escoUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iscoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requirementFacts?: Resolver<Array<ResolversTypes['JobRequirementFact']>, ParentType, ContextType>;
  requirements?: Resolver<ResolversTypes['JobRequirementConnection'], ParentType, ContextType, RequireFields<JobPositionRequirementsArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobPositionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPositionConnection'] = ResolversParentTypes['JobPositionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobPositionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JobPosition']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobPositionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPositionEdge'] = ResolversParentTypes['JobPositionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobPosition'], ParentType, ContextType>;
}>;

export type JobRequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobRequirement'] = ResolversParentTypes['JobRequirement']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType>;
  competency?: Resolver<Maybe<ResolversTypes['CompetencyItem']>, ParentType, ContextType>;
  essential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobRequirementKind'], ParentType, ContextType>;
}>;

export type JobRequirementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobRequirementConnection'] = ResolversParentTypes['JobRequirementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobRequirementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JobRequirement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobRequirementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobRequirementEdge'] = ResolversParentTypes['JobRequirementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobRequirement'], ParentType, ContextType>;
}>;

export type JobRequirementFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobRequirementFact'] = ResolversParentTypes['JobRequirementFact']> = ResolversObject<{
  essential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  standardCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptRecognition?: Resolver<ResolversTypes['RecognitionAgreement'], ParentType, ContextType, RequireFields<MutationAcceptRecognitionArgs, 'id'>>;
  addJobPosition?: Resolver<ResolversTypes['JobPosition'], ParentType, ContextType, RequireFields<MutationAddJobPositionArgs, 'input'>>;
  addPrerequisite?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType, RequireFields<MutationAddPrerequisiteArgs, 'requiresCode' | 'standardCode'>>;
  awardCertificate?: Resolver<ResolversTypes['CertificateAward'], ParentType, ContextType, RequireFields<MutationAwardCertificateArgs, 'input'>>;
  defineContentUnits?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType, RequireFields<MutationDefineContentUnitsArgs, 'standardCode' | 'units'>>;
  grantAccreditation?: Resolver<ResolversTypes['Accreditation'], ParentType, ContextType, RequireFields<MutationGrantAccreditationArgs, 'input'>>;
  proposeRecognition?: Resolver<ResolversTypes['RecognitionAgreement'], ParentType, ContextType, RequireFields<MutationProposeRecognitionArgs, 'input'>>;
  recordExamSession?: Resolver<ResolversTypes['ExamSession'], ParentType, ContextType, RequireFields<MutationRecordExamSessionArgs, 'input'>>;
  rejectRecognition?: Resolver<ResolversTypes['RecognitionAgreement'], ParentType, ContextType, RequireFields<MutationRejectRecognitionArgs, 'id' | 'reason'>>;
  revokeCertificate?: Resolver<ResolversTypes['CertificateAward'], ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'input'>>;
  revokeCredentialShare?: Resolver<ResolversTypes['CredentialShare'], ParentType, ContextType, RequireFields<MutationRevokeCredentialShareArgs, 'id'>>;
  setAccreditationStatus?: Resolver<ResolversTypes['Accreditation'], ParentType, ContextType, RequireFields<MutationSetAccreditationStatusArgs, 'input'>>;
  shareCertificateCredential?: Resolver<ResolversTypes['CredentialShareLink'], ParentType, ContextType, RequireFields<MutationShareCertificateCredentialArgs, 'named' | 'serial'>>;
  withdrawRecognition?: Resolver<ResolversTypes['RecognitionAgreement'], ParentType, ContextType, RequireFields<MutationWithdrawRecognitionArgs, 'effectiveTo' | 'id' | 'reason'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accreditation?: Resolver<Maybe<ResolversTypes['Accreditation']>, ParentType, ContextType, RequireFields<QueryAccreditationArgs, 'id'>>;
  accreditationStanding?: Resolver<ResolversTypes['AccreditationCheck'], ParentType, ContextType, RequireFields<QueryAccreditationStandingArgs, 'organizationId' | 'standardCode'>>;
  accreditations?: Resolver<ResolversTypes['AccreditationConnection'], ParentType, ContextType, RequireFields<QueryAccreditationsArgs, 'first'>>;
  certificateStandard?: Resolver<Maybe<ResolversTypes['CertificateStandard']>, ParentType, ContextType, RequireFields<QueryCertificateStandardArgs, 'code'>>;
  certificateStandards?: Resolver<ResolversTypes['CertificateStandardConnection'], ParentType, ContextType, RequireFields<QueryCertificateStandardsArgs, 'first'>>;
  certificateStatusList?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType, RequireFields<QueryCertificateStatusListArgs, 'list' | 'organizationId'>>;
  certificationIssuer?: Resolver<Maybe<ResolversTypes['CredentialIssuer']>, ParentType, ContextType, RequireFields<QueryCertificationIssuerArgs, 'organizationId'>>;
  certificationOrganization?: Resolver<Maybe<ResolversTypes['CertificationOrganization']>, ParentType, ContextType, RequireFields<QueryCertificationOrganizationArgs, 'id'>>;
  certificationOrganizations?: Resolver<ResolversTypes['CertificationOrganizationConnection'], ParentType, ContextType, RequireFields<QueryCertificationOrganizationsArgs, 'first'>>;
  issuingReport?: Resolver<ResolversTypes['IssuingReport'], ParentType, ContextType, RequireFields<QueryIssuingReportArgs, 'organizationId'>>;
  jobPosition?: Resolver<Maybe<ResolversTypes['JobPosition']>, ParentType, ContextType, RequireFields<QueryJobPositionArgs, 'id'>>;
  jobPositions?: Resolver<ResolversTypes['JobPositionConnection'], ParentType, ContextType, RequireFields<QueryJobPositionsArgs, 'first'>>;
  recognitionAgreement?: Resolver<Maybe<ResolversTypes['RecognitionAgreement']>, ParentType, ContextType, RequireFields<QueryRecognitionAgreementArgs, 'id'>>;
  recognitionAgreements?: Resolver<ResolversTypes['RecognitionAgreementConnection'], ParentType, ContextType, RequireFields<QueryRecognitionAgreementsArgs, 'first' | 'organizationId'>>;
  sharedCredential?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType, RequireFields<QuerySharedCredentialArgs, 'secret'>>;
  verifyCertificate?: Resolver<ResolversTypes['CertificateVerification'], ParentType, ContextType, RequireFields<QueryVerifyCertificateArgs, 'holderName' | 'serial'>>;
  verifyCredential?: Resolver<ResolversTypes['CredentialVerification'], ParentType, ContextType, RequireFields<QueryVerifyCredentialArgs, 'credential'>>;
}>;

export type RecognitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recognition'] = ResolversParentTypes['Recognition']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counterpart?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mutual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RecognitionAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionAgreement'] = ResolversParentTypes['RecognitionAgreement']> = ResolversObject<{
  agreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counterpart?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  countsOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<RecognitionAgreementCountsOnArgs>>;
  direction?: Resolver<ResolversTypes['RecognitionDirection'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['RecognitionEventConnection'], ParentType, ContextType, RequireFields<RecognitionAgreementHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecognitionStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
}>;

export type RecognitionAgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionAgreementConnection'] = ResolversParentTypes['RecognitionAgreementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecognitionAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecognitionAgreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecognitionAgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionAgreementEdge'] = ResolversParentTypes['RecognitionAgreementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecognitionAgreement'], ParentType, ContextType>;
}>;

export type RecognitionEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionEvent'] = ResolversParentTypes['RecognitionEvent']> = ResolversObject<{
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecognitionEventKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['CertificationOrganization'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecognitionEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionEventConnection'] = ResolversParentTypes['RecognitionEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecognitionEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecognitionEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecognitionEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognitionEventEdge'] = ResolversParentTypes['RecognitionEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecognitionEvent'], ParentType, ContextType>;
}>;

export type RecognizedCertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognizedCertificate'] = ResolversParentTypes['RecognizedCertificate']> = ResolversObject<{
  award?: Resolver<ResolversTypes['CertificateAward'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['Recognition']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['CertificateStandard'], ParentType, ContextType>;
}>;

export type RecognizedCertificateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognizedCertificateConnection'] = ResolversParentTypes['RecognizedCertificateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecognizedCertificateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecognizedCertificate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecognizedCertificateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecognizedCertificateEdge'] = ResolversParentTypes['RecognizedCertificateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecognizedCertificate'], ParentType, ContextType>;
}>;

export type StudentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Student'] = ResolversParentTypes['Student'], FederationReferenceType extends FederationReferenceTypes['Student'] = FederationReferenceTypes['Student']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Student']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certificateFacts?: Resolver<Maybe<Array<ResolversTypes['CertificateAward']>>, ParentType, ContextType>;
  certificates?: Resolver<Maybe<ResolversTypes['CertificateAwardConnection']>, ParentType, ContextType, RequireFields<StudentCertificatesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recognizedCertificateFacts?: Resolver<Maybe<Array<ResolversTypes['RecognizedCertificate']>>, ParentType, ContextType>;
  recognizedCertificates?: Resolver<Maybe<ResolversTypes['RecognizedCertificateConnection']>, ParentType, ContextType, RequireFields<StudentRecognizedCertificatesArgs, 'first'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Accreditation?: AccreditationResolvers<ContextType>;
  AccreditationCheck?: AccreditationCheckResolvers<ContextType>;
  AccreditationConnection?: AccreditationConnectionResolvers<ContextType>;
  AccreditationEdge?: AccreditationEdgeResolvers<ContextType>;
  AccreditationEvent?: AccreditationEventResolvers<ContextType>;
  AccreditationEventConnection?: AccreditationEventConnectionResolvers<ContextType>;
  AccreditationEventEdge?: AccreditationEventEdgeResolvers<ContextType>;
  ActiveGrant?: ActiveGrantResolvers<ContextType>;
  CertificateAward?: CertificateAwardResolvers<ContextType>;
  CertificateAwardConnection?: CertificateAwardConnectionResolvers<ContextType>;
  CertificateAwardEdge?: CertificateAwardEdgeResolvers<ContextType>;
  CertificateStandard?: CertificateStandardResolvers<ContextType>;
  CertificateStandardConnection?: CertificateStandardConnectionResolvers<ContextType>;
  CertificateStandardEdge?: CertificateStandardEdgeResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  CertificationOrganization?: CertificationOrganizationResolvers<ContextType>;
  CertificationOrganizationConnection?: CertificationOrganizationConnectionResolvers<ContextType>;
  CertificationOrganizationEdge?: CertificationOrganizationEdgeResolvers<ContextType>;
  CompetencyItem?: CompetencyItemResolvers<ContextType>;
  ContentUnit?: ContentUnitResolvers<ContextType>;
  ContentUnitConnection?: ContentUnitConnectionResolvers<ContextType>;
  ContentUnitEdge?: ContentUnitEdgeResolvers<ContextType>;
  ContentUnitFact?: ContentUnitFactResolvers<ContextType>;
  CredentialCheck?: CredentialCheckResolvers<ContextType>;
  CredentialIssuer?: CredentialIssuerResolvers<ContextType>;
  CredentialShare?: CredentialShareResolvers<ContextType>;
  CredentialShareConnection?: CredentialShareConnectionResolvers<ContextType>;
  CredentialShareEdge?: CredentialShareEdgeResolvers<ContextType>;
  CredentialShareLink?: CredentialShareLinkResolvers<ContextType>;
  CredentialVerification?: CredentialVerificationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DatePeriod?: DatePeriodResolvers<ContextType>;
  DatePeriodConnection?: DatePeriodConnectionResolvers<ContextType>;
  DatePeriodEdge?: DatePeriodEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExamSession?: ExamSessionResolvers<ContextType>;
  IssuingMonth?: IssuingMonthResolvers<ContextType>;
  IssuingMonthConnection?: IssuingMonthConnectionResolvers<ContextType>;
  IssuingMonthEdge?: IssuingMonthEdgeResolvers<ContextType>;
  IssuingReport?: IssuingReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JobPosition?: JobPositionResolvers<ContextType>;
  JobPositionConnection?: JobPositionConnectionResolvers<ContextType>;
  JobPositionEdge?: JobPositionEdgeResolvers<ContextType>;
  JobRequirement?: JobRequirementResolvers<ContextType>;
  JobRequirementConnection?: JobRequirementConnectionResolvers<ContextType>;
  JobRequirementEdge?: JobRequirementEdgeResolvers<ContextType>;
  JobRequirementFact?: JobRequirementFactResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recognition?: RecognitionResolvers<ContextType>;
  RecognitionAgreement?: RecognitionAgreementResolvers<ContextType>;
  RecognitionAgreementConnection?: RecognitionAgreementConnectionResolvers<ContextType>;
  RecognitionAgreementEdge?: RecognitionAgreementEdgeResolvers<ContextType>;
  RecognitionEvent?: RecognitionEventResolvers<ContextType>;
  RecognitionEventConnection?: RecognitionEventConnectionResolvers<ContextType>;
  RecognitionEventEdge?: RecognitionEventEdgeResolvers<ContextType>;
  RecognizedCertificate?: RecognizedCertificateResolvers<ContextType>;
  RecognizedCertificateConnection?: RecognizedCertificateConnectionResolvers<ContextType>;
  RecognizedCertificateEdge?: RecognizedCertificateEdgeResolvers<ContextType>;
  Student?: StudentResolvers<ContextType>;
}>;

