import { describe, expect, it } from 'vitest';
import { explainStanding, permitsAward, standingOn, type StandingQuery } from '../accreditation/standing.ts';
import { activePeriods, changeOn, covers, lastCoveredDay, statusOn, type Accreditation, type StatusChange } from '../accreditation/timeline.ts';

const change = (status: StatusChange['status'], effectiveOn: string, reason = `${status.toLowerCase()} by the supervisor`): StatusChange => ({ status, effectiveOn, reason });

/** Zhongxin's accreditation for X-NED-1 from 2023 to 2027, with `later` changes after its grant. */
const accreditation = (later: StatusChange[] = [], overrides: Partial<Accreditation> = {}): Accreditation => ({
  id: 'acc-ned1',
  organizationId: 'org-zhongxin',
  standardCode: 'X-NED-1',
  validFrom: '2023-01-01',
  validUntil: '2027-12-31',
  changes: [change('ACTIVE', overrides.validFrom ?? '2023-01-01', 'audit passed'), ...later],
  ...overrides,
});

const on = (day: string): StandingQuery => ({ organizationId: 'org-zhongxin', standardCode: 'X-NED-1', day });

describe('an accreditation’s period', () => {
  it('covers its first and last days and every day between, and none outside', () => {
    const terms = { validFrom: '2023-01-01', validUntil: '2027-12-31' };
    expect(['2023-01-01', '2025-06-20', '2027-12-31'].map((day) => covers(terms, day))).toEqual([true, true, true]);
    expect(['2022-12-31', '2028-01-01'].map((day) => covers(terms, day))).toEqual([false, false]);
  });
});

describe('the status on a day', () => {
  const suspended = accreditation([change('SUSPENDED', '2026-10-15', 'fees under investigation'), change('ACTIVE', '2027-01-10', 'cleared')]);

  it('is ACTIVE from the first day, until the day a suspension takes effect', () => {
    expect(statusOn(suspended, '2023-01-01')).toBe('ACTIVE');
    expect(statusOn(suspended, '2026-10-14')).toBe('ACTIVE');
    expect(statusOn(suspended, '2026-10-15')).toBe('SUSPENDED');
    expect(statusOn(suspended, '2027-01-09')).toBe('SUSPENDED');
    expect(statusOn(suspended, '2027-01-10')).toBe('ACTIVE');
  });

  it('is nothing outside the period, whatever was last set', () => {
    expect(statusOn(suspended, '2022-12-31')).toBeNull();
    expect(statusOn(suspended, '2028-01-01')).toBeNull();
    expect(changeOn(suspended, '2028-01-01')).toBeNull();
  });

  it('names the change in force, with its reason', () => {
    expect(changeOn(suspended, '2026-12-01')).toEqual({ status: 'SUSPENDED', effectiveOn: '2026-10-15', reason: 'fees under investigation' });
  });

  it('is the later of two changes recorded for the same day', () => {
    const undone = accreditation([change('SUSPENDED', '2026-10-15'), change('ACTIVE', '2026-10-15', 'suspended in error')]);
    expect(changeOn(undone, '2026-10-15')?.reason).toBe('suspended in error');
  });

  it('is nothing for an accreditation with no grant on record', () => {
    expect(statusOn({ ...accreditation(), changes: [] }, '2025-01-01')).toBeNull();
  });
});

describe('the periods an accreditation was active', () => {
  it('is its whole period when nothing changed', () => {
    expect(activePeriods(accreditation())).toEqual([{ from: '2023-01-01', to: '2027-12-31' }]);
  });

  it('stops the day before a suspension, and resumes on the day it is lifted', () => {
    const periods = activePeriods(accreditation([change('SUSPENDED', '2026-10-15'), change('ACTIVE', '2027-01-10')]));
    expect(periods).toEqual([{ from: '2023-01-01', to: '2026-10-14' }, { from: '2027-01-10', to: '2027-12-31' }]);
  });

  it('ends the day before a withdrawal', () => {
    expect(activePeriods(accreditation([change('WITHDRAWN', '2025-03-01')]))).toEqual([{ from: '2023-01-01', to: '2025-02-28' }]);
  });

  it('is one unbroken run when a suspension was lifted on the day it began', () => {
    const periods = activePeriods(accreditation([change('SUSPENDED', '2026-10-15'), change('ACTIVE', '2026-10-15')]));
    expect(periods).toEqual([{ from: '2023-01-01', to: '2027-12-31' }]);
  });

  it('keeps two runs apart when a suspension held for a single day', () => {
    const periods = activePeriods(accreditation([change('SUSPENDED', '2026-10-15'), change('ACTIVE', '2026-10-16')]));
    expect(periods).toEqual([{ from: '2023-01-01', to: '2026-10-14' }, { from: '2026-10-16', to: '2027-12-31' }]);
  });

  it('is a single day when it was suspended from its second day', () => {
    expect(activePeriods(accreditation([change('SUSPENDED', '2023-01-02')]))).toEqual([{ from: '2023-01-01', to: '2023-01-01' }]);
  });

  it('is nothing when it was suspended from its first day', () => {
    expect(activePeriods(accreditation([change('SUSPENDED', '2023-01-01')]))).toEqual([]);
  });

  it('never runs past its last day, even when a change is dated after it', () => {
    expect(activePeriods(accreditation([change('SUSPENDED', '2028-03-01')]))).toEqual([{ from: '2023-01-01', to: '2027-12-31' }]);
  });

  it('never starts before its first day, even when its grant is dated earlier', () => {
    const early = { ...accreditation(), changes: [change('ACTIVE', '2022-06-01')] };
    expect(activePeriods(early)).toEqual([{ from: '2023-01-01', to: '2027-12-31' }]);
  });
});

describe('how far an accreditation reaches', () => {
  it('reaches its last day, suspended or not', () => {
    expect(lastCoveredDay(accreditation())).toBe('2027-12-31');
    expect(lastCoveredDay(accreditation([change('SUSPENDED', '2026-10-15')]))).toBe('2027-12-31');
  });

  it('reaches the day before its withdrawal took effect', () => {
    expect(lastCoveredDay(accreditation([change('SUSPENDED', '2024-05-01'), change('WITHDRAWN', '2025-03-01')]))).toBe('2025-02-28');
  });

  it('never past its last day, even for a withdrawal dated after it', () => {
    expect(lastCoveredDay(accreditation([change('WITHDRAWN', '2028-03-01')]))).toBe('2027-12-31');
  });
});

describe('the standing of an organisation for a standard on a day', () => {
  const steady = accreditation();

  it('is ACCREDITED on a day an accreditation of that organisation and standard was active, naming it', () => {
    expect(standingOn([steady], on('2026-06-20'), true)).toEqual({ standing: 'ACCREDITED', accreditation: steady, change: steady.changes[0] });
  });

  it('is NOT_REQUIRED for a standard that needs no accreditation, with no record', () => {
    expect(standingOn([steady], on('2026-06-20'), false)).toEqual({ standing: 'NOT_REQUIRED', accreditation: null, change: null });
  });

  it('is NOT_ACCREDITED on a day no accreditation covered, or when only another organisation’s or standard’s did', () => {
    expect(standingOn([steady], on('2022-06-20'), true)).toEqual({ standing: 'NOT_ACCREDITED', accreditation: null, change: null });
    expect(standingOn([], on('2026-06-20'), true).standing).toBe('NOT_ACCREDITED');
    expect(standingOn([{ ...steady, organizationId: 'org-tianyi' }], on('2026-06-20'), true).standing).toBe('NOT_ACCREDITED');
    expect(standingOn([{ ...steady, standardCode: 'X-NE-2' }], on('2026-06-20'), true).standing).toBe('NOT_ACCREDITED');
  });

  it('is SUSPENDED or WITHDRAWN from the day that took effect, and ACCREDITED before it: earlier awards keep their standing', () => {
    const suspended = accreditation([change('SUSPENDED', '2026-10-15')]);
    expect(standingOn([suspended], on('2026-06-20'), true).standing).toBe('ACCREDITED');
    expect(standingOn([suspended], on('2026-10-15'), true)).toMatchObject({ standing: 'SUSPENDED', accreditation: suspended, change: suspended.changes[1] });
    const withdrawn = accreditation([change('WITHDRAWN', '2025-03-01')]);
    expect(standingOn([withdrawn], on('2025-03-01'), true).standing).toBe('WITHDRAWN');
  });

  it('is decided by the active accreditation where a withdrawn one still covers the day, whichever is listed first', () => {
    const withdrawn = accreditation([change('WITHDRAWN', '2025-03-01')], { id: 'acc-old', validUntil: '2026-12-31' });
    const renewed = accreditation([], { id: 'acc-new', validFrom: '2025-09-01', validUntil: '2028-08-31' });
    expect(standingOn([withdrawn, renewed], on('2026-06-20'), true).accreditation?.id).toBe('acc-new');
    expect(standingOn([renewed, withdrawn], on('2026-06-20'), true).accreditation?.id).toBe('acc-new');
    expect(standingOn([withdrawn, renewed], on('2025-06-01'), true)).toMatchObject({ standing: 'WITHDRAWN', accreditation: { id: 'acc-old' } });
  });

  it('prefers a suspended accreditation, which may resume, to a withdrawn one covering the same day', () => {
    const withdrawn = accreditation([change('WITHDRAWN', '2025-03-01')], { id: 'acc-old', validUntil: '2026-12-31' });
    const suspended = accreditation([change('SUSPENDED', '2026-01-01')], { id: 'acc-new', validFrom: '2025-09-01', validUntil: '2028-08-31' });
    expect(standingOn([withdrawn, suspended], on('2026-06-20'), true)).toMatchObject({ standing: 'SUSPENDED', accreditation: { id: 'acc-new' } });
    expect(standingOn([suspended, withdrawn], on('2026-06-20'), true)).toMatchObject({ standing: 'SUSPENDED', accreditation: { id: 'acc-new' } });
  });

  it('prefers an active accreditation to a withdrawn one granted from a later day', () => {
    const active = accreditation([], { id: 'acc-active' });
    const withdrawn = accreditation([change('WITHDRAWN', '2024-06-01')], { id: 'acc-later', validFrom: '2024-01-01', validUntil: '2026-12-31' });
    expect(standingOn([active, withdrawn], on('2025-01-01'), true)).toMatchObject({ standing: 'ACCREDITED', accreditation: { id: 'acc-active' } });
  });

  it('between equals granted from the same day, names the greater id, in whatever order they come', () => {
    const a = accreditation([change('WITHDRAWN', '2024-03-01')], { id: 'acc-a' });
    const b = accreditation([change('WITHDRAWN', '2024-03-01')], { id: 'acc-b' });
    expect(standingOn([a, b], on('2025-06-01'), true).accreditation?.id).toBe('acc-b');
    expect(standingOn([b, a], on('2025-06-01'), true).accreditation?.id).toBe('acc-b');
  });

  it('between two withdrawn accreditations covering a day, names the one granted from the later day', () => {
    const first = accreditation([change('WITHDRAWN', '2024-03-01')], { id: 'acc-first', validUntil: '2026-12-31' });
    const second = accreditation([change('WITHDRAWN', '2025-03-01')], { id: 'acc-second', validFrom: '2024-09-01', validUntil: '2026-12-31' });
    expect(standingOn([first, second], on('2025-06-01'), true).accreditation?.id).toBe('acc-second');
    expect(standingOn([second, first], on('2025-06-01'), true).accreditation?.id).toBe('acc-second');
  });

  it('lets an award be made only when ACCREDITED or NOT_REQUIRED', () => {
    expect(['ACCREDITED', 'NOT_REQUIRED', 'SUSPENDED', 'WITHDRAWN', 'NOT_ACCREDITED'].map((s) => permitsAward(s as never))).toEqual([true, true, false, false, false]);
  });
});

describe('the standing in one sentence', () => {
  it('names the accreditation and its period when accredited', () => {
    const steady = accreditation();
    expect(explainStanding(standingOn([steady], on('2026-06-20'), true), on('2026-06-20'))).toBe(
      'org-zhongxin was accredited for X-NED-1 on 2026-06-20, by accreditation acc-ned1 (2023-01-01 to 2027-12-31).',
    );
  });

  it('names the status, the day it took effect and its reason when suspended', () => {
    const suspended = accreditation([change('SUSPENDED', '2026-10-15', 'fees under investigation')]);
    expect(explainStanding(standingOn([suspended], on('2026-11-01'), true), on('2026-11-01'))).toBe(
      'org-zhongxin was not accredited for X-NED-1 on 2026-11-01: accreditation acc-ned1 (2023-01-01 to 2027-12-31) was suspended from 2026-10-15 (fees under investigation).',
    );
  });

  it('says so when no accreditation covered the day', () => {
    expect(explainStanding(standingOn([], on('2022-06-20'), true), on('2022-06-20'))).toBe(
      'org-zhongxin was not accredited for X-NED-1 on 2022-06-20: no accreditation of it covered that day.',
    );
  });

  it('says an enterprise’s own certificate needs none', () => {
    expect(explainStanding(standingOn([], on('2026-06-20'), false), on('2026-06-20'))).toBe(
      "X-NED-1 is an enterprise's own technical certificate: its issuer needs no accreditation to award it.",
    );
  });
});
