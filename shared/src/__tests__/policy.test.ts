import { describe, expect, it } from 'vitest';
import { decide, studentScope } from '../policy.ts';
import type { Actor } from '../identity.ts';

const staff = (role: 'SECONDARY_STAFF' | 'COLLEGE_STAFF' | 'ENTERPRISE_STAFF', orgId: string): Actor => ({ kind: 'user', subject: 's', role, orgId });
const read = { action: 'student:read' as const, studentId: 'GT202200001X', organizationIds: ['sch-riverside', 'col-metro'] };

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

  it('scopes lists instead of failing them', () => {
    expect(studentScope(staff('SECONDARY_STAFF', 'sch-hillview'))).toEqual({ kind: 'organization', organizationId: 'sch-hillview' });
    expect(() => studentScope({ kind: 'anonymous' })).toThrow(/sign in/);
  });
});
