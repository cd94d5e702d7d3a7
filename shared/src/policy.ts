/**
 * The one place that decides who may see or change what. Every root resolver,
 * every field that exposes part of a learner's record, and every mutation asks it.
 *
 * Reads of a learner's record are decided per part (IDENTITY, RESULTS,
 * CERTIFICATES). An institution reads by relationship (it is on the learner's
 * pathway, or it issued the certificate); anyone else only through an active
 * consent grant for that part.
 */
import type { Actor, Role } from './identity.ts';
import { forbidden, unauthenticated } from './errors.ts';

export type StaffRole = Extract<Role, 'SECONDARY_STAFF' | 'COLLEGE_STAFF' | 'ENTERPRISE_STAFF'>;

export const RECORD_PARTS = ['IDENTITY', 'RESULTS', 'CERTIFICATES'] as const;
/** The parts of a learner's record that consent is given for. */
export type RecordPart = (typeof RECORD_PARTS)[number];

/** An active consent grant, as the college registry reports it for this request. */
export interface ActiveGrant {
  organizationId: string;
  scopes: readonly RecordPart[];
  purpose: string;
}

export type Request =
  /**
   * Read one part of a learner's record. `organizationIds` are the institutions
   * entitled by relationship; `grants` are the learner's active consent grants.
   */
  | { action: 'student:read'; studentId: string; part: RecordPart; organizationIds: readonly string[]; grants?: readonly ActiveGrant[] }
  /** Grant, list or revoke consent on a learner's behalf. `age` is the learner's age today. */
  | { action: 'consent:manage'; studentId: string; age: number | null }
  /** Change data owned by an organisation, as staff of the given kind. */
  | { action: 'org:write'; organizationId: string; staffRole: StaffRole }
  /**
   * Give an organisation's word in an agreement between parties (propose,
   * accept, decline or withdraw a recognition): its own staff only. Unlike
   * `org:write`, an administrator may not: no one speaks for another party.
   */
  | { action: 'org:agree'; organizationId: string; staffRole: StaffRole }
  /** Read an organisation's own business (e.g. its pending agreements): its staff, and administrators. */
  | { action: 'org:read'; organizationId: string; staffRole: StaffRole }
  /** Read the hub-wide audit trail. */
  | { action: 'audit:read' }
  /**
   * Supervise the issuers: grant, suspend, reinstate or withdraw an
   * organisation's accreditation to award a standard. The hub's supervisor (an
   * administrator) only; an issuer never accredits itself.
   */
  | { action: 'supervision:write' }
  /**
   * Handle a learner's full national ID number (read it unmasked, or look a
   * learner up by it): only the organisation that collected it, and admins.
   */
  | { action: 'identity:full'; studentId: string; collectingOrganizationId: string }
  /** Check a certificate's authenticity by serial and holder name (no consent needed). */
  | { action: 'certificate:verify' }
  /**
   * Confirm that a learner is enrolled (and that a name is theirs) before an
   * institution writes about them: staff and admins, never the record itself.
   */
  | { action: 'enrolment:check' }
  /** Public catalogue: certificate standards, recognitions, institutions, programmes. */
  | { action: 'catalog:read' }
  /** Verify a verifiable credential: open to anyone, it reads nothing of a learner's record. */
  | { action: 'credential:verify' }
  /** Share a learner's credential by link, or have a copy that names them: the learner or their guardian only. */
  | { action: 'credential:share'; studentId: string }
  /**
   * Read figures computed over a group of learners (an agreement's cohorts):
   * staff of the institutions in `organizationIds` (the agreement's school and
   * college), and administrators.
   */
  | { action: 'cohort:read'; organizationIds: readonly string[] }
  /**
   * Find, read or download a shared resource package: a draft only its two
   * co-authors (`authors`), a published one also the institutions of its
   * agreement (`organizationIds`); their staff, and administrators.
   */
  | { action: 'resource:read'; published: boolean; authors: readonly string[]; organizationIds: readonly string[] }
  /**
   * Record part of a learner's record (a placement, a career target, a subsidy
   * flag): staff of an institution of the learner's pathway, administrators,
   * and, when `learnerMay`, the learner themself or their guardian.
   */
  | { action: 'student:write'; studentId: string; organizationIds: readonly string[]; learnerMay: boolean };

/** Why access was allowed: recorded in the audit trail. */
export type Basis = 'public' | 'verification' | 'administration' | 'own record' | 'guardian' | 'relationship' | 'consent' | 'own data';

export type Decision =
  | { allowed: true; basis: Basis; purpose?: string }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/** PIPL treats the personal information of children under 14 as sensitive: their guardian consents. */
export const GUARDIAN_CONSENT_AGE = 14;

const ANONYMOUS_REASON = 'sign in: anonymous callers may read only certificate standards and recognitions';

const allow = (basis: Basis, purpose?: string): Decision => ({ allowed: true, basis, purpose });
const deny = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });

function decideRead(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'student:read' }>): Decision {
  if (actor.role === 'STUDENT' || actor.role === 'GUARDIAN') {
    if (actor.studentId === request.studentId) return allow(actor.role === 'STUDENT' ? 'own record' : 'guardian');
    return deny(`a ${actor.role === 'STUDENT' ? 'learner' : 'guardian'} may read only their own learner's record`);
  }
  if (actor.orgId && request.organizationIds.includes(actor.orgId)) return allow('relationship');
  const grant = request.grants?.find((g) => g.organizationId === actor.orgId && g.scopes.includes(request.part));
  if (grant) return allow('consent', grant.purpose);
  // An issuer reads its own awards by relationship (the enterprise subgraph names it among organizationIds).
  const issuer = request.part === 'CERTIFICATES' ? '; an issuing organisation reads without it only the awards it made' : '';
  return deny(`reading a learner's ${request.part.toLowerCase()} needs a pathway relationship or the learner's consent for ${request.part}${issuer}`);
}

/** Only the organisation's own staff give its word: an administrator is refused, and told why. */
function decideAgreement(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'org:agree' }>): Decision {
  if (actor.role === request.staffRole && actor.orgId === request.organizationId) return allow('own data');
  if (actor.role === 'ADMIN') {
    return deny(`an administrator may not give organisation ${request.organizationId}'s word: only its own ${request.staffRole} propose, accept, decline or withdraw its agreements, so no participant can forge another's`);
  }
  return deny(`only ${request.staffRole} of organisation ${request.organizationId} may give its word in this agreement`);
}

function decideStudentWrite(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'student:write' }>): Decision {
  if (actor.role === 'STUDENT' || actor.role === 'GUARDIAN') {
    if (request.learnerMay && actor.studentId === request.studentId) return allow(actor.role === 'STUDENT' ? 'own record' : 'guardian');
    return deny(request.learnerMay ? "a learner or guardian may set only their own learner's record" : 'only an institution of the learner’s pathway records this');
  }
  if (actor.orgId && request.organizationIds.includes(actor.orgId)) return allow('relationship');
  return deny(`only staff of an institution of the learner's pathway (${request.organizationIds.join(', ') || 'none'}) or an administrator may record this`);
}

function decideConsent(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'consent:manage' }>): Decision {
  if (actor.studentId !== request.studentId || (actor.role !== 'STUDENT' && actor.role !== 'GUARDIAN')) {
    return deny("only the learner, or their guardian, manages the learner's consent");
  }
  if (actor.role === 'GUARDIAN') return allow('guardian');
  // Stryker disable next-line ConditionalExpression: `null < 14` is true in JavaScript too, so the null test only says the rule aloud.
  if (request.age === null || request.age < GUARDIAN_CONSENT_AGE) {
    return deny(`a learner under ${GUARDIAN_CONSENT_AGE}, or of unknown age, needs their guardian to manage consent`);
  }
  return allow('own record');
}

function decideShare(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'credential:share' }>): Decision {
  if ((actor.role === 'STUDENT' || actor.role === 'GUARDIAN') && actor.studentId === request.studentId) return allow(actor.role === 'STUDENT' ? 'own record' : 'guardian');
  return deny("only the learner, or their guardian, shares the learner's credentials or asks for a copy that names them");
}

function decideResourceRead(actor: Extract<Actor, { kind: 'user' }>, request: Extract<Request, { action: 'resource:read' }>): Decision {
  const staff = actor.role !== 'STUDENT' && actor.role !== 'GUARDIAN' ? actor.orgId : undefined;
  if (staff && request.authors.includes(staff)) return allow('own data');
  if (!request.published) return deny(`a draft resource package is seen only by its co-authors (${request.authors.join(', ')}) until the enterprise co-author confirms it`);
  if (staff && request.organizationIds.includes(staff)) return allow('relationship');
  return deny(`a published resource package is shared with staff of its agreement's institutions (${request.organizationIds.join(', ')}) and its co-authors`);
}

/** Decides a request without throwing; use `authorize` to enforce. */
export function decide(actor: Actor, request: Request): Decision {
  if (request.action === 'catalog:read' || request.action === 'credential:verify') return allow('public');
  if (actor.kind === 'anonymous') return { allowed: false, code: 'UNAUTHENTICATED', reason: ANONYMOUS_REASON };
  if (request.action === 'consent:manage') return decideConsent(actor, request);
  if (request.action === 'certificate:verify') return allow('verification', 'certificate verification');
  if (request.action === 'org:agree') return decideAgreement(actor, request);
  if (request.action === 'credential:share') return decideShare(actor, request);
  if (actor.role === 'ADMIN') return allow('administration');
  switch (request.action) {
    case 'enrolment:check':
      if (actor.orgId) return allow('verification', 'enrolment check before a write');
      return deny('enrolment checks are for staff of an institution and administrators');
    case 'org:read':
      if (actor.role === request.staffRole && actor.orgId === request.organizationId) return allow('own data');
      return deny(`only ${request.staffRole} of organisation ${request.organizationId}, or an administrator, may read this`);
    case 'org:write':
      if (actor.role === request.staffRole && actor.orgId === request.organizationId) return allow('own data');
      return deny(`only ${request.staffRole} of organisation ${request.organizationId} may change its data`);
    case 'audit:read':
      return deny('only an administrator reads the whole audit trail');
    case 'supervision:write':
      return deny('only an administrator, the hub’s supervisor, grants, suspends, reinstates or withdraws accreditations; an organisation never accredits itself');
    case 'identity:full':
      if (actor.role === 'SECONDARY_STAFF' && actor.orgId === request.collectingOrganizationId) return allow('relationship');
      return deny("a learner's full national ID is for staff of the enrolling school and administrators; other readers see it masked");
    case 'student:read':
      return decideRead(actor, request);
    case 'student:write':
      return decideStudentWrite(actor, request);
    case 'cohort:read':
      if (actor.orgId && request.organizationIds.includes(actor.orgId)) return allow('relationship');
      return deny(`cohort figures are for staff of the agreement's institutions (${request.organizationIds.join(', ')}) and administrators`);
    case 'resource:read':
      return decideResourceRead(actor, request);
  }
}

/** What the root of a learner's record is decided on: everything of a part read but the part. */
export type RecordRead = Omit<Extract<Request, { action: 'student:read' }>, 'action' | 'part'>;

/**
 * The root of a learner's record (`student(id)`): the caller is admitted when
 * any part is readable, and the first allowed part gives the basis. Staff of an
 * enterprise or evaluation organisation with no such basis are admitted to the
 * fields alone ('fields'): they read the awards they issued by relationship,
 * which only the subgraph holding the awards can tell, and every field decides
 * its own part, so a refusal names the part actually asked for (CERTIFICATES
 * for `certificates`, IDENTITY for `name`). Anyone else is refused at the root
 * with the RESULTS refusal, the part the registry itself serves.
 */
export function decideRecordRoot(actor: Actor, read: RecordRead): Decision | 'fields' {
  const decisions = RECORD_PARTS.map((part) => decide(actor, { action: 'student:read', ...read, part }));
  const allowed = decisions.find((d) => d.allowed);
  if (allowed) return allowed;
  if (fieldsDecide(actor)) return 'fields';
  return decisions[RECORD_PARTS.indexOf('RESULTS')];
}

/**
 * True for the callers the root admits to the fields alone (decideRecordRoot):
 * a field of the learner's record that finds nothing such a caller may read
 * refuses it with FORBIDDEN, naming its part, rather than answering empty,
 * since no root refusal has told them why.
 */
export function fieldsDecide(actor: Actor): boolean {
  // Stryker disable next-line ConditionalExpression: an anonymous actor has no role, so the kind test only narrows the type.
  return actor.kind === 'user' && actor.role === 'ENTERPRISE_STAFF';
}

/** Throws the GraphQL error that matches a refusal. */
export function refusal(decision: Extract<Decision, { allowed: false }>): Error {
  return decision.code === 'UNAUTHENTICATED' ? unauthenticated(decision.reason) : forbidden(decision.reason);
}

/** Enforces a request, throwing the matching GraphQL error when it is refused. */
export function authorize(actor: Actor, request: Request): Extract<Decision, { allowed: true }> {
  const decision = decide(actor, request);
  if (!decision.allowed) throw refusal(decision);
  return decision;
}

/**
 * Which learners a list may contain for this actor, so lists filter rows
 * instead of failing: everyone, those related to one organisation (or who
 * consented to it), or one learner.
 */
export type StudentScope = { kind: 'all' } | { kind: 'organization'; organizationId: string } | { kind: 'student'; studentId: string };

export function studentScope(actor: Actor): StudentScope {
  if (actor.kind === 'anonymous') throw unauthenticated(ANONYMOUS_REASON);
  if (actor.role === 'ADMIN') return { kind: 'all' };
  if (actor.role === 'STUDENT' || actor.role === 'GUARDIAN') return { kind: 'student', studentId: actor.studentId ?? '' };
  return { kind: 'organization', organizationId: actor.orgId ?? '' };
}
