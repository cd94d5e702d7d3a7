/**
 * The policy's decisions, stated in full as the audit trail records them: who
 * asked, what they asked for, and the answer with its basis or its reason.
 * Each row is a story a registrar or a parent could check by hand.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity.ts';
import { authorize, decide, decideRecordRoot, fieldsDecide, refusal, studentScope, type Decision, type Request } from '../policy.ts';

const LEARNER = 'GT202200001X';
const OTHER = 'GT2022000028';
const user = (role: Extract<Actor, { kind: 'user' }>['role'], extra: { orgId?: string; studentId?: string } = {}): Actor => ({ kind: 'user', subject: `${role}:x`, role, ...extra });
const anonymous: Actor = { kind: 'anonymous' };
const admin = user('ADMIN');
const learner = user('STUDENT', { studentId: LEARNER });
const guardian = user('GUARDIAN', { studentId: LEARNER });
const otherLearner = user('STUDENT', { studentId: OTHER });
const otherGuardian = user('GUARDIAN', { studentId: OTHER });
const riverside = user('SECONDARY_STAFF', { orgId: 'sch-riverside' });
const hillview = user('SECONDARY_STAFF', { orgId: 'sch-hillview' });
const metro = user('COLLEGE_STAFF', { orgId: 'col-metro' });
const huadong = user('ENTERPRISE_STAFF', { orgId: 'org-huadong' });
const zhongxin = user('ENTERPRISE_STAFF', { orgId: 'org-zhongxin' });

const allowed = (basis: string, purpose?: string): Decision => ({ allowed: true, basis, purpose }) as Decision;
const forbidden = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason });
const SIGN_IN: Decision = { allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in: anonymous callers may read only certificate standards and recognitions' };

type StudentRead = Extract<Request, { action: 'student:read' }>;
const read = (part: 'IDENTITY' | 'RESULTS' | 'CERTIFICATES', grants: { organizationId: string; scopes: ('IDENTITY' | 'RESULTS' | 'CERTIFICATES')[]; purpose: string }[] = []): StudentRead =>
  ({ action: 'student:read', studentId: LEARNER, part, organizationIds: ['sch-riverside', 'col-metro'], grants });

describe('reading a learner’s record, part by part', () => {
  it.each<[string, Actor, Request, Decision]>([
    ['the learner reads their own results', learner, read('RESULTS'), allowed('own record')],
    ['their guardian reads them too', guardian, read('RESULTS'), allowed('guardian')],
    ['another learner may not', otherLearner, read('RESULTS'), forbidden("a learner may read only their own learner's record")],
    ['another learner’s guardian may not', otherGuardian, read('RESULTS'), forbidden("a guardian may read only their own learner's record")],
    ['the school on the pathway reads by relationship', riverside, read('IDENTITY'), allowed('relationship')],
    ['the college on the pathway reads by relationship', metro, read('CERTIFICATES'), allowed('relationship')],
    ['another school may not', hillview, read('RESULTS'), forbidden("reading a learner's results needs a pathway relationship or the learner's consent for RESULTS")],
    ['an administrator reads everything', admin, read('IDENTITY'), allowed('administration')],
    ['anyone signed out is asked to sign in', anonymous, read('RESULTS'), SIGN_IN],
    ['an enterprise reads a part it was granted, for the grant’s purpose', huadong, read('RESULTS', [{ organizationId: 'org-huadong', scopes: ['RESULTS'], purpose: 'internship' }]), allowed('consent', 'internship')],
    ['a grant to another organisation lends nothing', zhongxin, read('RESULTS', [{ organizationId: 'org-huadong', scopes: ['RESULTS'], purpose: 'internship' }]), forbidden("reading a learner's results needs a pathway relationship or the learner's consent for RESULTS")],
    ['a grant for another part lends nothing, and the refusal names the part and how an issuer reads', huadong, read('CERTIFICATES', [{ organizationId: 'org-huadong', scopes: ['RESULTS'], purpose: 'internship' }]), forbidden("reading a learner's certificates needs a pathway relationship or the learner's consent for CERTIFICATES; an issuing organisation reads without it only the awards it made")],
    ['identity without a grant is refused, naming IDENTITY', huadong, read('IDENTITY'), forbidden("reading a learner's identity needs a pathway relationship or the learner's consent for IDENTITY")],
  ])('%s', (_story, actor, request, expected) => {
    expect(decide(actor, request)).toEqual(expected);
  });

  it('a staff member whose organisation the token does not name reads nothing by relationship', () => {
    const orphan: Actor = { kind: 'user', subject: 's', role: 'COLLEGE_STAFF' };
    expect(decide(orphan, { ...read('RESULTS'), organizationIds: ['col-metro', ''] })).toMatchObject({ allowed: false });
  });
});

describe('managing consent', () => {
  const consent = (age: number | null, studentId = LEARNER): Request => ({ action: 'consent:manage', studentId, age });
  it.each<[string, Actor, Request, Decision]>([
    ['a learner who turned 14 today manages their own consent', learner, consent(14), allowed('own record')],
    ['a learner of 15 does too', learner, consent(15), allowed('own record')],
    ['a learner of 13 needs their guardian', learner, consent(13), forbidden('a learner under 14, or of unknown age, needs their guardian to manage consent')],
    ['a learner of unknown age needs their guardian', learner, consent(null), forbidden('a learner under 14, or of unknown age, needs their guardian to manage consent')],
    ['a guardian manages consent at any age', guardian, consent(9), allowed('guardian')],
    ['no one manages another learner’s consent', otherLearner, consent(16), forbidden("only the learner, or their guardian, manages the learner's consent")],
    ['nor another learner’s guardian', otherGuardian, consent(16), forbidden("only the learner, or their guardian, manages the learner's consent")],
    ['nor staff, even on the pathway', metro, consent(16), forbidden("only the learner, or their guardian, manages the learner's consent")],
    ['nor a staff token that happens to carry the learner’s id', user('COLLEGE_STAFF', { orgId: 'col-metro', studentId: LEARNER }), consent(16), forbidden("only the learner, or their guardian, manages the learner's consent")],
    ['nor an administrator', admin, consent(16), forbidden("only the learner, or their guardian, manages the learner's consent")],
    ['anyone signed out is asked to sign in', anonymous, consent(16), SIGN_IN],
  ])('%s', (_story, actor, request, expected) => {
    expect(decide(actor, request)).toEqual(expected);
  });
});

describe('organisations’ own data', () => {
  const write: Request = { action: 'org:write', organizationId: 'col-metro', staffRole: 'COLLEGE_STAFF' };
  const readOwn: Request = { action: 'org:read', organizationId: 'org-zhongxin', staffRole: 'ENTERPRISE_STAFF' };
  const agree: Request = { action: 'org:agree', organizationId: 'org-zhongxin', staffRole: 'ENTERPRISE_STAFF' };
  it.each<[string, Actor, Request, Decision]>([
    ['a college’s staff change its data', metro, write, allowed('own data')],
    ['another organisation’s staff may not', zhongxin, write, forbidden('only COLLEGE_STAFF of organisation col-metro may change its data')],
    ['staff of the right organisation in the wrong role may not', user('ENTERPRISE_STAFF', { orgId: 'col-metro' }), write, forbidden('only COLLEGE_STAFF of organisation col-metro may change its data')],
    ['an administrator may', admin, write, allowed('administration')],
    ['an organisation reads its own agreements', zhongxin, readOwn, allowed('own data')],
    ['another organisation may not', huadong, readOwn, forbidden('only ENTERPRISE_STAFF of organisation org-zhongxin, or an administrator, may read this')],
    ['an administrator may read them', admin, readOwn, allowed('administration')],
    ['the right organisation in the wrong role may not read them', user('COLLEGE_STAFF', { orgId: 'org-zhongxin' }), readOwn, forbidden('only ENTERPRISE_STAFF of organisation org-zhongxin, or an administrator, may read this')],
    ['an organisation gives its own word', zhongxin, agree, allowed('own data')],
    ['another organisation cannot give it', huadong, agree, forbidden('only ENTERPRISE_STAFF of organisation org-zhongxin may give its word in this agreement')],
    ['the right organisation in the wrong role cannot give it', user('COLLEGE_STAFF', { orgId: 'org-zhongxin' }), agree, forbidden('only ENTERPRISE_STAFF of organisation org-zhongxin may give its word in this agreement')],
    ['an administrator cannot give it either, and is told why', admin, agree, forbidden("an administrator may not give organisation org-zhongxin's word: only its own ENTERPRISE_STAFF propose, accept, decline or withdraw its agreements, so no participant can forge another's")],
  ])('%s', (_story, actor, request, expected) => {
    expect(decide(actor, request)).toEqual(expected);
  });
});

describe('the rest of the hub', () => {
  const full: Request = { action: 'identity:full', studentId: LEARNER, collectingOrganizationId: 'sch-riverside' };
  it.each<[string, Actor, Request, Decision]>([
    ['anyone reads the catalogue, signed in or not', anonymous, { action: 'catalog:read' }, allowed('public')],
    ['any signed-in caller verifies a certificate', huadong, { action: 'certificate:verify' }, allowed('verification', 'certificate verification')],
    ['a learner may verify one too', learner, { action: 'certificate:verify' }, allowed('verification', 'certificate verification')],
    ['verification needs signing in', anonymous, { action: 'certificate:verify' }, SIGN_IN],
    ['staff check an enrolment before a write', huadong, { action: 'enrolment:check' }, allowed('verification', 'enrolment check before a write')],
    ['an administrator may too', admin, { action: 'enrolment:check' }, allowed('administration')],
    ['a learner may not', learner, { action: 'enrolment:check' }, forbidden('enrolment checks are for staff of an institution and administrators')],
    ['only an administrator reads the audit trail', metro, { action: 'audit:read' }, forbidden('only an administrator reads the whole audit trail')],
    ['an administrator does', admin, { action: 'audit:read' }, allowed('administration')],
    ['the enrolling school reads the full national ID', riverside, full, allowed('relationship')],
    ['an administrator reads it', admin, full, allowed('administration')],
    ['another school does not', hillview, full, forbidden("a learner's full national ID is for staff of the enrolling school and administrators; other readers see it masked")],
    ['college staff of an organisation with the school’s id do not: the role matters', user('COLLEGE_STAFF', { orgId: 'sch-riverside' }), full, forbidden("a learner's full national ID is for staff of the enrolling school and administrators; other readers see it masked")],
  ])('%s', (_story, actor, request, expected) => {
    expect(decide(actor, request)).toEqual(expected);
  });
});

describe('the root of a record, and lists', () => {
  const record = { studentId: LEARNER, organizationIds: ['sch-riverside', 'col-metro'] };

  it('admits a caller on the first part it may read, with that part’s basis and purpose', () => {
    const grants = [{ organizationId: 'org-huadong', scopes: ['CERTIFICATES' as const], purpose: 'recruitment' }];
    expect(decideRecordRoot(huadong, { ...record, grants })).toEqual(allowed('consent', 'recruitment'));
    expect(decideRecordRoot(guardian, record)).toEqual(allowed('guardian'));
  });

  it('lets enterprise staff without a basis through to the fields, and refuses others with the RESULTS reason', () => {
    expect(decideRecordRoot(huadong, record)).toBe('fields');
    expect(decideRecordRoot(hillview, record)).toEqual(forbidden("reading a learner's results needs a pathway relationship or the learner's consent for RESULTS"));
    expect(decideRecordRoot(otherLearner, record)).toEqual(forbidden("a learner may read only their own learner's record"));
  });

  it('only enterprise staff decide field by field', () => {
    expect(fieldsDecide(huadong)).toBe(true);
    for (const actor of [anonymous, admin, learner, riverside, metro]) expect(fieldsDecide(actor)).toBe(false);
  });

  it('scopes a list to everyone for an administrator, to one learner for a learner or guardian, and to an organisation for staff', () => {
    expect(studentScope(admin)).toEqual({ kind: 'all' });
    expect(studentScope(learner)).toEqual({ kind: 'student', studentId: LEARNER });
    expect(studentScope(guardian)).toEqual({ kind: 'student', studentId: LEARNER });
    expect(studentScope(metro)).toEqual({ kind: 'organization', organizationId: 'col-metro' });
    expect(studentScope({ kind: 'user', subject: 's', role: 'STUDENT' })).toEqual({ kind: 'student', studentId: '' });
    expect(studentScope({ kind: 'user', subject: 's', role: 'COLLEGE_STAFF' })).toEqual({ kind: 'organization', organizationId: '' });
    expect(() => studentScope(anonymous)).toThrow(/sign in/);
  });
});

describe('enforcing a decision', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return { code: (err as GraphQLError).extensions.code, message: (err as GraphQLError).message };
    }
    return undefined;
  };

  it('returns the allowing decision, and throws the refusal with its code and reason', () => {
    expect(authorize(metro, { action: 'org:write', organizationId: 'col-metro', staffRole: 'COLLEGE_STAFF' })).toEqual(allowed('own data'));
    expect(codeOf(() => authorize(anonymous, { action: 'audit:read' }))).toEqual({ code: 'UNAUTHENTICATED', message: SIGN_IN.allowed ? '' : SIGN_IN.reason });
    expect(codeOf(() => authorize(metro, { action: 'audit:read' }))).toEqual({ code: 'FORBIDDEN', message: 'only an administrator reads the whole audit trail' });
  });

  it('turns a refusal into the matching GraphQL error', () => {
    expect(refusal({ allowed: false, code: 'UNAUTHENTICATED', reason: 'why' }).message).toBe('why');
    expect((refusal({ allowed: false, code: 'UNAUTHENTICATED', reason: 'why' }) as GraphQLError).extensions.code).toBe('UNAUTHENTICATED');
    expect((refusal({ allowed: false, code: 'FORBIDDEN', reason: 'because' }) as GraphQLError).extensions.code).toBe('FORBIDDEN');
  });
});

describe('figures over an agreement’s learners (cohort:read)', () => {
  const cohort: Request = { action: 'cohort:read', organizationIds: ['sch-riverside', 'col-metro'] };
  const REASON = "cohort figures are for staff of the agreement's institutions (sch-riverside, col-metro) and administrators";
  it.each<[string, Actor, Decision]>([
    ['the agreement’s school', riverside, allowed('relationship')],
    ['the agreement’s college', metro, allowed('relationship')],
    ['an administrator', admin, allowed('administration')],
    ['another school', hillview, forbidden(REASON)],
    ['an enterprise', huadong, forbidden(REASON)],
    ['a learner of the cohort', learner, forbidden(REASON)],
    ['an anonymous caller', anonymous, SIGN_IN],
  ])('%s', (_story, actor, decision) => {
    expect(decide(actor, cohort)).toEqual(decision);
  });
});

describe('a shared resource package (resource:read)', () => {
  const pkg = (published: boolean): Request => ({ action: 'resource:read', published, authors: ['sch-riverside', 'org-huadong'], organizationIds: ['sch-riverside', 'col-metro'] });
  const DRAFT = 'a draft resource package is seen only by its co-authors (sch-riverside, org-huadong) until the enterprise co-author confirms it';
  const SHARED = "a published resource package is shared with staff of its agreement's institutions (sch-riverside, col-metro) and its co-authors";
  it.each<[string, Actor, Request, Decision]>([
    ['the author reads its draft', riverside, pkg(false), allowed('own data')],
    ['the enterprise co-author reads it too', huadong, pkg(false), allowed('own data')],
    ['the agreement’s college does not see a draft', metro, pkg(false), forbidden(DRAFT)],
    ['the agreement’s college reads it once published', metro, pkg(true), allowed('relationship')],
    ['an administrator reads either', admin, pkg(false), allowed('administration')],
    ['another school never', hillview, pkg(true), forbidden(SHARED)],
    ['another enterprise never', zhongxin, pkg(true), forbidden(SHARED)],
    ['a learner is no institution’s staff', { ...learner, orgId: 'sch-riverside' } as Actor, pkg(true), forbidden(SHARED)],
    ['an anonymous caller', anonymous, pkg(true), SIGN_IN],
  ])('%s', (_story, actor, request, decision) => {
    expect(decide(actor, request)).toEqual(decision);
  });
});

describe('recording part of a learner’s record (student:write)', () => {
  const write = (learnerMay: boolean, organizationIds = ['sch-riverside', 'col-metro']): Request => ({ action: 'student:write', studentId: LEARNER, organizationIds, learnerMay });
  const INSTITUTIONS = "only staff of an institution of the learner's pathway (sch-riverside, col-metro) or an administrator may record this";
  it.each<[string, Actor, Request, Decision]>([
    ['the pathway’s college records a placement', metro, write(false), allowed('relationship')],
    ['the pathway’s school too', riverside, write(false), allowed('relationship')],
    ['an administrator', admin, write(false), allowed('administration')],
    ['another school may not', hillview, write(false), forbidden(INSTITUTIONS)],
    ['an enterprise may not, even the employer', huadong, write(false), forbidden(INSTITUTIONS)],
    ['a learner on no pathway has no institution to record for them', metro, write(false, []), forbidden("only staff of an institution of the learner's pathway (none) or an administrator may record this")],
    ['the learner sets their own career target', learner, write(true), allowed('own record')],
    ['their guardian too', guardian, write(true), allowed('guardian')],
    ['another learner may not', otherLearner, write(true), forbidden("a learner or guardian may set only their own learner's record")],
    ['another learner’s guardian may not', otherGuardian, write(true), forbidden("a learner or guardian may set only their own learner's record")],
    ['the learner may not record what only institutions record', learner, write(false), forbidden('only an institution of the learner’s pathway records this')],
    ['an anonymous caller', anonymous, write(true), SIGN_IN],
  ])('%s', (_story, actor, request, decision) => {
    expect(decide(actor, request)).toEqual(decision);
  });
});
