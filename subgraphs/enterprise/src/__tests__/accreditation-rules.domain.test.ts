import { describe, expect, it } from 'vitest';
import { changeRefusal, EVENT_OF, grantRefusal, NEXT, overlapping, requiresAccreditation, type StandardFacts } from '../accreditation/rules.ts';
import type { Accreditation, StatusChange } from '../accreditation/timeline.ts';

const NED: StandardFacts = { code: 'X-NED-1', kind: 'VOCATIONAL_SKILL_LEVEL', issuerId: 'org-zhongxin' };
const TIANYI_GRADE: StandardFacts = { code: 'E-TY-NT', kind: 'ENTERPRISE_TECHNICAL', issuerId: 'org-tianyi' };
const terms = (validFrom = '2023-01-01', validUntil = '2027-12-31', organizationId = 'org-zhongxin') => ({ organizationId, validFrom, validUntil });

const change = (status: StatusChange['status'], effectiveOn: string): StatusChange => ({ status, effectiveOn, reason: 'by the supervisor' });
const accreditation = (later: StatusChange[] = [], overrides: Partial<Accreditation> = {}): Accreditation => ({
  id: 'acc-ned1',
  organizationId: 'org-zhongxin',
  standardCode: 'X-NED-1',
  validFrom: '2023-01-01',
  validUntil: '2027-12-31',
  changes: [change('ACTIVE', overrides.validFrom ?? '2023-01-01'), ...later],
  ...overrides,
});

describe('which standards need accreditation', () => {
  it('1+X vocational skill level certificates do; an enterprise’s own technical certificate does not', () => {
    expect(requiresAccreditation(NED)).toBe(true);
    expect(requiresAccreditation(TIANYI_GRADE)).toBe(false);
  });
});

describe('a grant', () => {
  it('may accredit a 1+X standard’s issuer for a period of one day or more', () => {
    expect(grantRefusal(NED, terms())).toBeNull();
    expect(grantRefusal(NED, terms('2026-01-01', '2026-01-01'))).toBeNull();
  });

  it('is refused for an enterprise’s own certificate, saying which kind is accredited', () => {
    expect(grantRefusal(TIANYI_GRADE, terms('2023-01-01', '2027-12-31', 'org-tianyi'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'standardCode',
      message: 'E-TY-NT is an enterprise technical certificate, which its enterprise awards without accreditation; accreditations are granted for 1+X vocational skill level certificates (kind VOCATIONAL_SKILL_LEVEL)',
    });
  });

  it('is refused for an organisation that does not issue the standard, naming its issuer', () => {
    expect(grantRefusal(NED, terms('2023-01-01', '2027-12-31', 'org-xinshang'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
      message: "org-xinshang does not issue X-NED-1: accreditation is granted to the standard's issuer, org-zhongxin",
    });
  });

  it('is refused when it would end before it begins', () => {
    expect(grantRefusal(NED, terms('2026-01-02', '2026-01-01'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'validUntil',
      message: 'validUntil must be on or after validFrom (2026-01-02), got 2026-01-01',
    });
  });
});

describe('overlapping accreditations', () => {
  const existing = accreditation();
  const proposed = (validFrom: string, validUntil: string, overrides = {}) => ({ organizationId: 'org-zhongxin', standardCode: 'X-NED-1', validFrom, validUntil, ...overrides });

  it('finds one of the same organisation and standard sharing a day, at either end', () => {
    expect(overlapping([existing], proposed('2027-12-31', '2030-12-31'))).toBe(existing);
    expect(overlapping([existing], proposed('2020-01-01', '2023-01-01'))).toBe(existing);
    expect(overlapping([existing], proposed('2024-01-01', '2024-12-31'))).toBe(existing);
  });

  it('allows the days before and after it', () => {
    expect(overlapping([existing], proposed('2028-01-01', '2030-12-31'))).toBeUndefined();
    expect(overlapping([existing], proposed('2020-01-01', '2022-12-31'))).toBeUndefined();
  });

  it('ignores another organisation’s or another standard’s', () => {
    expect(overlapping([existing], proposed('2024-01-01', '2024-12-31', { organizationId: 'org-tianyi' }))).toBeUndefined();
    expect(overlapping([existing], proposed('2024-01-01', '2024-12-31', { standardCode: 'X-NE-2' }))).toBeUndefined();
  });

  it('counts a withdrawn accreditation only up to the day before its withdrawal', () => {
    const withdrawn = accreditation([change('WITHDRAWN', '2025-03-01')]);
    expect(overlapping([withdrawn], proposed('2025-03-01', '2028-12-31'))).toBeUndefined();
    expect(overlapping([withdrawn], proposed('2025-02-28', '2028-12-31'))).toBe(withdrawn);
  });

  it('counts one withdrawn the day after it began: it covered its first day', () => {
    const brief = accreditation([change('WITHDRAWN', '2023-01-02')]);
    expect(overlapping([brief], proposed('2022-01-01', '2023-01-01'))).toBe(brief);
  });

  it('ignores one withdrawn before it began, even when the new one spans it', () => {
    const never = accreditation([change('WITHDRAWN', '2023-01-01')]);
    expect(overlapping([never], proposed('2022-01-01', '2028-12-31'))).toBeUndefined();
  });

  it('still counts a suspended one: it may resume', () => {
    const suspended = accreditation([change('SUSPENDED', '2025-03-01')]);
    expect(overlapping([suspended], proposed('2026-01-01', '2026-12-31'))).toBe(suspended);
  });
});

describe('a change of status', () => {
  const TODAY = '2026-11-23';

  it('may suspend or withdraw an active accreditation, and reinstate or withdraw a suspended one; a withdrawal is final', () => {
    expect(NEXT).toEqual({ ACTIVE: ['SUSPENDED', 'WITHDRAWN'], SUSPENDED: ['ACTIVE', 'WITHDRAWN'], WITHDRAWN: [] });
    expect(changeRefusal(accreditation(), 'SUSPENDED', TODAY, TODAY)).toBeNull();
    expect(changeRefusal(accreditation(), 'WITHDRAWN', TODAY, TODAY)).toBeNull();
    const suspended = accreditation([change('SUSPENDED', '2026-10-15')]);
    expect(changeRefusal(suspended, 'ACTIVE', TODAY, TODAY)).toBeNull();
    expect(changeRefusal(suspended, 'WITHDRAWN', TODAY, TODAY)).toBeNull();
  });

  it('is a CONFLICT when the status may not follow the current one, saying what may', () => {
    expect(changeRefusal(accreditation(), 'ACTIVE', TODAY, TODAY)).toEqual({
      code: 'CONFLICT',
      field: 'status',
      message: 'accreditation acc-ned1 is ACTIVE from 2023-01-01; it may become SUSPENDED or WITHDRAWN',
    });
    expect(changeRefusal(accreditation([change('SUSPENDED', '2026-10-15')]), 'SUSPENDED', TODAY, TODAY)?.message).toBe(
      'accreditation acc-ned1 is SUSPENDED from 2026-10-15; it may become ACTIVE or WITHDRAWN',
    );
  });

  it('is a CONFLICT after a withdrawal, saying a new grant is needed', () => {
    expect(changeRefusal(accreditation([change('WITHDRAWN', '2025-03-01')]), 'ACTIVE', TODAY, TODAY)).toEqual({
      code: 'CONFLICT',
      field: 'status',
      message: 'accreditation acc-ned1 is WITHDRAWN from 2025-03-01; a withdrawal is final: grant a new accreditation instead',
    });
  });

  it('is a CONFLICT for an accreditation with no grant on record', () => {
    expect(changeRefusal({ ...accreditation(), changes: [] }, 'SUSPENDED', TODAY, TODAY)).toEqual({
      code: 'CONFLICT',
      field: null,
      message: 'accreditation acc-ned1 has no grant on record, so its status cannot change',
    });
  });

  it('takes effect today at the earliest, so the awards already made keep their standing, and up to the last day', () => {
    expect(changeRefusal(accreditation(), 'SUSPENDED', '2026-11-22', TODAY)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'effectiveOn',
      message: "effectiveOn must be between 2026-11-23 and 2027-12-31: not before today (China Standard Time), the accreditation's start or its latest change, so awards already made keep their standing, and not after its end; got 2026-11-22",
    });
    expect(changeRefusal(accreditation(), 'SUSPENDED', '2027-12-31', TODAY)).toBeNull();
    expect(changeRefusal(accreditation(), 'SUSPENDED', '2028-01-01', TODAY)?.field).toBe('effectiveOn');
  });

  it('takes effect no earlier than the accreditation’s first day, for one granted ahead', () => {
    const ahead = accreditation([], { validFrom: '2027-01-01' });
    expect(changeRefusal(ahead, 'WITHDRAWN', '2026-12-31', TODAY)?.message).toMatch(/^effectiveOn must be between 2027-01-01 and 2027-12-31/);
    expect(changeRefusal(ahead, 'WITHDRAWN', '2027-01-01', TODAY)).toBeNull();
  });

  it('takes effect no earlier than the latest change, so the history reads in order', () => {
    const scheduled = accreditation([change('SUSPENDED', '2027-02-01')]);
    expect(changeRefusal(scheduled, 'ACTIVE', '2027-01-31', TODAY)?.message).toMatch(/^effectiveOn must be between 2027-02-01 and 2027-12-31/);
    expect(changeRefusal(scheduled, 'ACTIVE', '2027-02-01', TODAY)).toBeNull();
  });

  it('is a CONFLICT once the accreditation has ended: there is nothing left to change', () => {
    expect(changeRefusal(accreditation([], { validUntil: '2026-11-22' }), 'SUSPENDED', TODAY, TODAY)).toEqual({
      code: 'CONFLICT',
      field: null,
      message: 'accreditation acc-ned1 ended on 2026-11-22: there is nothing left to change; grant a new accreditation instead',
    });
    expect(changeRefusal(accreditation([], { validUntil: TODAY }), 'SUSPENDED', TODAY, TODAY)).toBeNull();
  });

  it('is recorded in the history as a suspension, a reinstatement or a withdrawal', () => {
    expect(EVENT_OF).toEqual({ ACTIVE: 'REINSTATED', SUSPENDED: 'SUSPENDED', WITHDRAWN: 'WITHDRAWN' });
  });
});
