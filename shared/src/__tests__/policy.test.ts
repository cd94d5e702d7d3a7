import { describe, expect, it } from 'vitest';
import { decide, decideRecordRoot, studentScope } from '../policy.ts';
import type { Actor } from '../identity.ts';

const staff = (role: 'SECONDARY_STAFF' | 'COLLEGE_STAFF' | 'ENTERPRISE_STAFF', orgId: string): Actor => ({ kind: 'user', subject: 's', role, orgId });
const read = { action: 'student:read' as const, studentId: 'GT202200001X', part: 'RESULTS' as const, organizationIds: ['sch-riverside', 'col-metro'] };

describe('the access policy', () => {
  it('lets the institutions on a learner’s pathway read the record', () => {
    expect(decide(staff('SECONDARY_STAFF', 'sch-riverside'), read).allowed).toBe(true);
    expect(decide(staff('COLLEGE_STAFF', 'col-metro'), read).allowed).toBe(true);
  });

  it('refuses other institutions, and anonymous callers with UNAUTHENTICATED', () => {
    expect(decide(staff('SECONDARY_STAFF', 'sch-hillview'), read)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide({ kind: 'anonymous' }, read)).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
  });

  it('lets a learner read only their own record', () => {
    expect(decide({ kind: 'user', subject: 's', role: 'STUDENT', studentId: 'GT202200001X' }, read).allowed).toBe(true);
    expect(decide({ kind: 'user', subject: 's', role: 'STUDENT', studentId: 'GT2022000028' }, read).allowed).toBe(false);
  });

  it('lets staff write only their own organisation’s data, in their own role', () => {
    const write = { action: 'org:write' as const, organizationId: 'col-metro', staffRole: 'COLLEGE_STAFF' as const };
    expect(decide(staff('COLLEGE_STAFF', 'col-metro'), write).allowed).toBe(true);
    expect(decide(staff('ENTERPRISE_STAFF', 'col-metro'), write).allowed).toBe(false);
    expect(decide(staff('COLLEGE_STAFF', 'col-other'), write).allowed).toBe(false);
  });

  it('lets only an organisation’s own staff give its word in an agreement: an administrator may not, and is told why', () => {
    const agree = { action: 'org:agree' as const, organizationId: 'org-zhongxin', staffRole: 'ENTERPRISE_STAFF' as const };
    expect(decide(staff('ENTERPRISE_STAFF', 'org-zhongxin'), agree).allowed).toBe(true);
    expect(decide(staff('ENTERPRISE_STAFF', 'org-tianyi'), agree)).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide({ kind: 'user', subject: 'ops', role: 'ADMIN' }, agree)).toMatchObject({ allowed: false, reason: expect.stringMatching(/no participant can forge another's/) });
    // Reading the organisation's agreements is another matter: administrators may.
    expect(decide({ kind: 'user', subject: 'ops', role: 'ADMIN' }, { ...agree, action: 'org:read' }).allowed).toBe(true);
  });

  it('admits an enterprise without consent past the root of a record, to fields that decide their own part; refuses other strangers there', () => {
    const { action: _read, part: _part, ...record } = read;
    expect(decideRecordRoot(staff('ENTERPRISE_STAFF', 'org-huadong'), record)).toBe('fields');
    expect(decideRecordRoot(staff('SECONDARY_STAFF', 'sch-hillview'), record)).toMatchObject({ allowed: false, reason: expect.stringContaining('consent for RESULTS') });
    expect(decideRecordRoot(staff('COLLEGE_STAFF', 'col-metro'), record)).toMatchObject({ allowed: true, basis: 'relationship' });
    expect(decideRecordRoot({ kind: 'anonymous' }, record)).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
  });

  it('tells a caller refused certificates that it needs consent for CERTIFICATES, and that an issuer reads its own awards', () => {
    expect(decide(staff('ENTERPRISE_STAFF', 'org-huadong'), { ...read, part: 'CERTIFICATES' })).toMatchObject({
      reason: expect.stringMatching(/consent for CERTIFICATES; an issuing organisation reads without it only the awards it made/),
    });
  });

  it('lets an enterprise read a part only under an active grant for that part', () => {
    const huadong = staff('ENTERPRISE_STAFF', 'org-huadong');
    const grants = [{ organizationId: 'org-huadong', scopes: ['CERTIFICATES' as const], purpose: 'graduate recruitment' }];
    expect(decide(huadong, { ...read, part: 'CERTIFICATES', grants })).toEqual({ allowed: true, basis: 'consent', purpose: 'graduate recruitment' });
    expect(decide(huadong, { ...read, part: 'RESULTS', grants })).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(decide(huadong, { ...read, part: 'CERTIFICATES' })).toMatchObject({ allowed: false });
  });

  it('lets a learner of 14 or over manage their own consent, and only a guardian below that', () => {
    const learner: Actor = { kind: 'user', subject: 's', role: 'STUDENT', studentId: 'GT202200001X' };
    const guardian: Actor = { kind: 'user', subject: 'g', role: 'GUARDIAN', studentId: 'GT202200001X' };
    const manage = (age: number | null) => ({ action: 'consent:manage' as const, studentId: 'GT202200001X', age });
    expect(decide(learner, manage(16)).allowed).toBe(true);
    expect(decide(learner, manage(13)).allowed).toBe(false);
    expect(decide(learner, manage(null)).allowed).toBe(false);
    expect(decide(guardian, manage(13)).allowed).toBe(true);
    expect(decide({ kind: 'user', subject: 'a', role: 'ADMIN' }, manage(16)).allowed).toBe(false);
  });

  it('lets anyone verify a credential, signed in or not, since it reads nothing of a record', () => {
    expect(decide({ kind: 'anonymous' }, { action: 'credential:verify' })).toEqual({ allowed: true, basis: 'public', purpose: undefined });
    expect(decide(staff('ENTERPRISE_STAFF', 'org-zhilian'), { action: 'credential:verify' })).toEqual({ allowed: true, basis: 'public', purpose: undefined });
  });

  it('lets only the learner or their guardian share a credential or have it name the learner; not an administrator, not an issuer', () => {
    const share = { action: 'credential:share' as const, studentId: 'GT202200001X' };
    expect(decide({ kind: 'user', subject: 's', role: 'STUDENT', studentId: 'GT202200001X' }, share)).toEqual({ allowed: true, basis: 'own record', purpose: undefined });
    expect(decide({ kind: 'user', subject: 's', role: 'GUARDIAN', studentId: 'GT202200001X' }, share)).toEqual({ allowed: true, basis: 'guardian', purpose: undefined });
    const refusal = { allowed: false, code: 'FORBIDDEN', reason: "only the learner, or their guardian, shares the learner's credentials or asks for a copy that names them" };
    expect(decide({ kind: 'user', subject: 's', role: 'STUDENT', studentId: 'GT2022000028' }, share)).toEqual(refusal);
    expect(decide({ kind: 'user', subject: 's', role: 'GUARDIAN', studentId: 'GT2022000028' }, share)).toEqual(refusal);
    expect(decide({ kind: 'user', subject: 's', role: 'ADMIN' }, share)).toEqual(refusal);
    expect(decide(staff('ENTERPRISE_STAFF', 'org-zhongxin'), { ...share })).toEqual(refusal);
    expect(decide({ kind: 'user', subject: 's', role: 'COLLEGE_STAFF', orgId: 'col-metro', studentId: 'GT202200001X' }, share)).toEqual(refusal);
    expect(decide({ kind: 'anonymous' }, share)).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
  });

  it('keeps the audit trail to administrators', () => {
    expect(decide({ kind: 'user', subject: 'a', role: 'ADMIN' }, { action: 'audit:read' }).allowed).toBe(true);
    expect(decide(staff('COLLEGE_STAFF', 'col-metro'), { action: 'audit:read' }).allowed).toBe(false);
  });

  it('keeps supervision of the issuers to administrators: an issuer never accredits itself', () => {
    expect(decide({ kind: 'user', subject: 'a', role: 'ADMIN' }, { action: 'supervision:write' })).toEqual({ allowed: true, basis: 'administration' });
    expect(decide(staff('ENTERPRISE_STAFF', 'org-zhongxin'), { action: 'supervision:write' })).toMatchObject({
      allowed: false, code: 'FORBIDDEN', reason: expect.stringMatching(/only an administrator.*accreditations; an organisation never accredits itself/),
    });
    expect(decide({ kind: 'anonymous' }, { action: 'supervision:write' })).toMatchObject({ allowed: false, code: 'UNAUTHENTICATED' });
  });

  it('scopes lists instead of failing them', () => {
    expect(studentScope(staff('SECONDARY_STAFF', 'sch-hillview'))).toEqual({ kind: 'organization', organizationId: 'sch-hillview' });
    expect(() => studentScope({ kind: 'anonymous' })).toThrow(/sign in/);
  });
});
