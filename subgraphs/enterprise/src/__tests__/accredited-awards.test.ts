/**
 * Awards and exam sessions need their issuer's accreditation, on their day and
 * today; verification reports the accreditation on the issue date, so awards
 * made before a suspension stay in good standing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { todayInChina } from '@guantong/shared/clock';
import { demoRoster } from '@guantong/shared/demo';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AwardEntity } from '../entities/award.ts';
import { ExamSessionEntity } from '../entities/exam-session.ts';
import { callers, codeOf, fieldOf, freshLearner, holderNameOf, openHarness, type Harness, type Reply } from './harness.ts';

const kinds = await databaseKinds();

const AWARD = /* GraphQL */ `mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }`;
const SET = /* GraphQL */ `mutation($input: SetAccreditationStatusInput!) { setAccreditationStatus(input: $input) { status } }`;
const SESSION = /* GraphQL */ `mutation($input: RecordExamSessionInput!) { recordExamSession(input: $input) { id standard { code } heldOn candidates passed recordedAt } }`;
const VERIFY = /* GraphQL */ `query($serial: String!, $name: String!) {
  verifyCertificate(serial: $serial, holderName: $name) {
    authentic issuedOn issuerAccreditation { organization { id } standard { code } on standing satisfied explanation accreditation { id status statusFrom } }
  }
}`;

let next = 0;
const awardOf = (standardCode: string, issuedOn = todayInChina(), studentId = freshLearner()) => ({
  studentId, holderName: 'Accreditation Tester', standardCode, serial: `ACCR-${(next += 1)}`, issuedOn, score: 85,
});

/** The first demo award of a standard issued in a month, with its holder's printed name. */
function demoAward(standardCode: string, month: string) {
  const award = demoRoster().awards.find((a) => a.standardCode === standardCode && a.issuedOn.startsWith(month) && a.status === 'VALID');
  if (!award) throw new Error(`no demo award of ${standardCode} in ${month}`);
  return { serial: award.serial, name: holderNameOf(award.studentId) };
}

describe.each(kinds)('awards under accreditation (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => hub?.close());

  /** Sends an award that must be refused, and checks that nothing was written or audited, and the school was never asked. */
  const refused = async (actor: Actor, input: ReturnType<typeof awardOf>) => {
    hub.schoolEnrols(input.studentId, input.holderName);
    const asked = vi.spyOn(hub.peers, 'ask');
    const awards = await hub.count(AwardEntity);
    let reply: Reply<unknown> = { data: undefined, errors: undefined };
    const audit = await hub.auditedBy(async () => {
      reply = await hub.run(actor, AWARD, { input });
    });
    expect(reply.data).toBeNull();
    expect(await hub.count(AwardEntity)).toBe(awards);
    expect(audit).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
    return reply;
  };
  const awarded = async (actor: Actor, input: ReturnType<typeof awardOf>) => {
    hub.schoolEnrols(input.studentId, input.holderName);
    const reply = await hub.run(actor, AWARD, { input });
    expect(reply.errors).toBeUndefined();
  };
  const setStatus = async (id: string, status: string, reason = 'supervision visit') => {
    const reply = await hub.run(callers.admin, SET, { input: { id, status, reason } });
    expect(reply.errors).toBeUndefined();
  };
  const verify = async (serial: string, name: string) => {
    const { data, errors } = await hub.run<{ verifyCertificate: { issuerAccreditation: Record<string, unknown> | null } }>(callers.tianyi, VERIFY, { serial, name });
    expect(errors).toBeUndefined();
    return data!.verifyCertificate.issuerAccreditation;
  };

  describe('awardCertificate', () => {
    it('refuses an award by a suspended issuer with FORBIDDEN, naming the suspension, before asking the school, and writes nothing', async () => {
      const reply = await refused(callers.xinshang, awardOf('X-OSOP-1'));
      expect(codeOf(reply)).toBe('FORBIDDEN');
      expect(reply.errors?.[0]?.message).toBe(
        `org-xinshang may not award X-OSOP-1 (Online Store Operation and Promotion) today: org-xinshang was not accredited for X-OSOP-1 on ${todayInChina()}: ` +
          'accreditation acc-xinshang-osop1-2023 (2023-01-01 to 2027-12-31) was suspended from 2026-10-15 (complaints of arbitrary examination fees under investigation by the provincial education department). ' +
          "An issuer may award a 1+X standard only while it holds an ACTIVE accreditation for it, on the day and today; the hub's supervisor grants and reinstates accreditations.",
      );
    });

    it('refuses a suspended issuer’s award back-dated to a day it was accredited', async () => {
      expect(codeOf(await refused(callers.xinshang, awardOf('X-OSOP-1', '2026-06-20')))).toBe('FORBIDDEN');
    });

    it('refuses it to an administrator too: the accreditation is the issuer’s', async () => {
      expect(codeOf(await refused(callers.admin, awardOf('X-OSOP-1')))).toBe('FORBIDDEN');
    });

    it('refuses an issue date outside the issuer’s active accreditation with BAD_USER_INPUT, listing the days accepted', async () => {
      const reply = await refused(callers.zhongxin, awardOf('X-NED-1', '2019-06-20'));
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe('issuedOn');
      expect(reply.errors?.[0]?.extensions?.acceptedPeriods).toEqual([{ from: '2020-01-01', to: '2022-12-31' }, { from: '2023-01-01', to: todayInChina() }]);
      expect(reply.errors?.[0]?.message).toBe(
        'issuedOn 2019-06-20 is outside org-zhongxin\'s active accreditation for X-NED-1: org-zhongxin was not accredited for X-NED-1 on 2019-06-20: no accreditation of it covered that day. ' +
          `Accepted: 2020-01-01 to 2022-12-31, 2023-01-01 to ${todayInChina()}.`,
      );
    });

    it('refuses an issue date after a withdrawal and before the renewal, naming the withdrawal', async () => {
      const reply = await refused(callers.xinshang, awardOf('X-OSOP-2', '2025-06-01'));
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0]?.message).toMatch(/accreditation acc-xinshang-osop2-2024 \(2024-01-01 to 2026-12-31\) was withdrawn from 2025-03-01 \(audit found/);
      expect(reply.errors?.[0]?.message).toMatch(new RegExp(`Accepted: 2024-01-01 to 2025-02-28, 2025-09-01 to ${todayInChina()}\\.$`));
    });

    it('accepts an award dated under an earlier accreditation the issuer has since renewed', async () => {
      await awarded(callers.zhongxin, awardOf('X-NED-1', '2022-06-20'));
    });

    it('needs no accreditation for an enterprise’s own certificate', async () => {
      await awarded(callers.huadong, awardOf('E-HD-ICVT', '2026-06-01'));
    });

    it('stops awards from the day a suspension takes effect, keeps the earlier ones in good standing, and resumes when it is lifted', async () => {
      const before = awardOf('X-ICV-2', '2026-06-01');
      await awarded(callers.zhilian, before);
      await setStatus('acc-zhilian-icv2-2024', 'SUSPENDED', 'assessment irregularity reported');
      expect(codeOf(await refused(callers.zhilian, awardOf('X-ICV-2')))).toBe('FORBIDDEN');
      expect(await verify(before.serial, before.holderName)).toMatchObject({ standing: 'ACCREDITED', satisfied: true, accreditation: { id: 'acc-zhilian-icv2-2024', status: 'SUSPENDED' } });
      await setStatus('acc-zhilian-icv2-2024', 'ACTIVE', 'irregularity not confirmed');
      await awarded(callers.zhilian, awardOf('X-ICV-2'));
    });
  });

  describe('verifyCertificate', () => {
    it('reports the issuer accredited on the issue date for an award made before the suspension, naming the accreditation', async () => {
      const { serial, name } = demoAward('X-OSOP-1', '2026-06');
      expect(await verify(serial, name)).toEqual({
        organization: { id: 'org-xinshang' }, standard: { code: 'X-OSOP-1' }, on: '2026-06-20', standing: 'ACCREDITED', satisfied: true,
        explanation: 'org-xinshang was accredited for X-OSOP-1 on 2026-06-20, by accreditation acc-xinshang-osop1-2023 (2023-01-01 to 2027-12-31).',
        accreditation: { id: 'acc-xinshang-osop1-2023', status: 'SUSPENDED', statusFrom: '2026-10-15' },
      });
    });

    it('names the accreditation in force on the issue date: the renewal after a withdrawal, the earlier term before a renewal', async () => {
      const osop2 = demoAward('X-OSOP-2', '2026-06');
      expect(await verify(osop2.serial, osop2.name)).toMatchObject({ standing: 'ACCREDITED', accreditation: { id: 'acc-xinshang-osop2-2025' } });
      const ned = demoAward('X-NED-1', '2023-06');
      expect(await verify(ned.serial, ned.name)).toMatchObject({ standing: 'ACCREDITED', accreditation: { id: 'acc-zhongxin-ned1-2023' } });
    });

    it('says an enterprise’s own certificate needs no accreditation', async () => {
      const { serial, name } = demoAward('E-HD-ICVT', '2026-06');
      expect(await verify(serial, name)).toMatchObject({ standing: 'NOT_REQUIRED', satisfied: true, accreditation: null, organization: { id: 'org-huadong' } });
    });

    it('says nothing about accreditation when the certificate is not authentic', async () => {
      const { serial } = demoAward('X-NED-1', '2024-06');
      expect(await verify(serial, 'someone else')).toBeNull();
    });
  });

  describe('recordExamSession', () => {
    const session = (overrides: Record<string, unknown> = {}) => ({ standardCode: 'X-NED-1', heldOn: '2026-11-10', candidates: 40, passed: 31, ...overrides });
    const refusedSession = async (actor: Actor, input: Record<string, unknown>) => {
      const before = await hub.count(ExamSessionEntity);
      const reply = await hub.run(actor, SESSION, { input });
      expect(reply.data).toBeNull();
      expect(await hub.count(ExamSessionEntity)).toBe(before);
      return reply;
    };

    it('records a session of its issuer’s standard: counts only, stamped when', async () => {
      const { data, errors } = await hub.run<{ recordExamSession: Record<string, unknown> }>(callers.zhongxin, SESSION, { input: session() });
      expect(errors).toBeUndefined();
      expect(data?.recordExamSession).toMatchObject({ standard: { code: 'X-NED-1' }, heldOn: '2026-11-10', candidates: 40, passed: 31, id: expect.stringMatching(/^exs-/), recordedAt: expect.stringMatching(/^\d{4}-/) });
      const stored = await hub.db.dataSource.getRepository(ExamSessionEntity).findOneByOrFail({ id: String(data?.recordExamSession.id) });
      expect(stored.recordedBy).toBe('test:ENTERPRISE_STAFF');
    });

    it.each([
      ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
      ['another issuer’s staff', callers.xinshang, 'FORBIDDEN'],
      ['a school’s staff', callers.riverside, 'FORBIDDEN'],
    ])('refuses a session recorded by %s, and writes nothing', async (_who, actor, code) => {
      expect(codeOf(await refusedSession(actor, session()))).toBe(code);
    });

    it('refuses a session of a suspended issuer with FORBIDDEN, and writes nothing', async () => {
      const reply = await refusedSession(callers.xinshang, session({ standardCode: 'X-OSOP-1' }));
      expect(codeOf(reply)).toBe('FORBIDDEN');
      expect(reply.errors?.[0]?.message).toMatch(/^org-xinshang may not hold an exam session of X-OSOP-1/);
    });

    it.each([
      ['a day in the future', { heldOn: '2026-11-24' }, 'heldOn', /heldOn must not be in the future/],
      ['a day outside the accreditation', { heldOn: '2019-06-10' }, 'heldOn', /heldOn 2019-06-10 is outside org-zhongxin's active accreditation/],
      ['no candidates', { candidates: 0, passed: 0 }, 'candidates', /candidates must be a whole number from 1 to 100000, got 0/],
      ['more passes than candidates', { passed: 41 }, 'passed', /passed must be a whole number from 0 to candidates \(40\), got 41/],
      ['a negative number of passes', { passed: -1 }, 'passed', /passed must be a whole number/],
      ['too many candidates', { candidates: 100001, passed: 1 }, 'candidates', /candidates/],
      ['an unknown standard', { standardCode: 'X-NOPE-9' }, 'standardCode', /not a certificate standard on the hub/],
    ])('refuses %s with BAD_USER_INPUT, and writes nothing', async (_case, overrides, field, message) => {
      const reply = await refusedSession(callers.zhongxin, session(overrides));
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe(field);
      expect(reply.errors?.[0]?.message).toMatch(message);
    });
  });

  it('a refused award leaves the accreditation history as it was', async () => {
    const events = await hub.count(AccreditationEventEntity);
    await refused(callers.xinshang, awardOf('X-OSOP-1'));
    expect(await hub.count(AccreditationEventEntity)).toBe(events);
  });
});
