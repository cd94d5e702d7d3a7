/**
 * The supervisor accredits issuers: grants, suspensions, reinstatements and
 * withdrawals by administrators only, each kept in an append-only history;
 * accreditations are public, like the catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@guantong/shared/clock';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity } from '../entities/accreditation.ts';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const FIELDS = 'id organization { id } standard { code } validFrom validUntil status statusFrom reason activePeriods { nodes { from to } } history { nodes { kind status effectiveOn reason actorSubject at } }';
const LIST = `query($org: ID, $code: ID, $status: AccreditationStatus, $first: Int, $after: String) {
  accreditations(organizationId: $org, standardCode: $code, status: $status, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage hasPreviousPage } nodes { ${FIELDS} } }
}`;
const ONE = `query($id: ID!, $on: Date) { accreditation(id: $id) { ${FIELDS} standingOn(on: $on) } }`;
const STANDING = `query($org: ID!, $code: ID!, $on: Date) {
  accreditationStanding(organizationId: $org, standardCode: $code, on: $on) { organization { id } standard { code } on standing satisfied explanation accreditation { id } }
}`;
const GRANT = `mutation($input: GrantAccreditationInput!) { grantAccreditation(input: $input) { ${FIELDS} } }`;
const SET = `mutation($input: SetAccreditationStatusInput!) { setAccreditationStatus(input: $input) { ${FIELDS} } }`;

interface Event { kind: string; status: string; effectiveOn: string; reason: string; actorSubject: string | null; at: string }
interface Node {
  id: string; organization: { id: string }; standard: { code: string }; validFrom: string; validUntil: string; status: string; statusFrom: string; reason: string;
  activePeriods: { nodes: { from: string; to: string }[] }; history: { nodes: Event[] }; standingOn?: string;
}
interface Listed { accreditations: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean }; nodes: Node[] } }

describe.each(kinds)('accreditation of issuers (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const list = (actor: Actor, variables: Record<string, unknown> = {}) => hub.run<Listed>(actor, LIST, variables);
  const one = async (id: string, on?: string, actor: Actor = callers.anonymous) => (await hub.run<{ accreditation: Node | null }>(actor, ONE, { id, on })).data?.accreditation;
  /** Rows of both tables, to prove that a refused write left nothing behind. */
  const written = async () => [await hub.count(AccreditationEntity), await hub.count(AccreditationEventEntity)];
  const refused = async (actor: Actor, query: string, input: Record<string, unknown>) => {
    const before = await written();
    const reply = await hub.run(actor, query, { input });
    expect(reply.data ?? null).toBeNull();
    expect(await written()).toEqual(before);
    return reply;
  };

  describe('reading', () => {
    it('lists an organisation’s accreditations to anyone, by standard and first day, each with its history', async () => {
      const { data, errors } = await list(callers.anonymous, { org: 'org-xinshang' });
      expect(errors).toBeUndefined();
      expect(data?.accreditations.totalCount).toBe(3);
      expect(data?.accreditations.nodes.map((n) => [n.id, n.standard.code, n.status, n.statusFrom])).toEqual([
        ['acc-xinshang-osop1-2023', 'X-OSOP-1', 'SUSPENDED', '2026-10-15'],
        ['acc-xinshang-osop2-2024', 'X-OSOP-2', 'WITHDRAWN', '2025-03-01'],
        ['acc-xinshang-osop2-2025', 'X-OSOP-2', 'ACTIVE', '2025-09-01'],
      ]);
      const suspended = data!.accreditations.nodes[0]!;
      expect(suspended.history.nodes.map((e) => [e.kind, e.status, e.effectiveOn])).toEqual([['GRANTED', 'ACTIVE', '2023-01-01'], ['SUSPENDED', 'SUSPENDED', '2026-10-15']]);
      expect(suspended.reason).toMatch(/arbitrary examination fees/);
      expect(suspended.activePeriods.nodes).toEqual([{ from: '2023-01-01', to: '2026-10-14' }]);
    });

    it('shows who decided only to administrators', async () => {
      const anonymous = await one('acc-xinshang-osop1-2023');
      expect(anonymous?.history.nodes.map((e) => e.actorSubject)).toEqual([null, null]);
      const issuer = await one('acc-xinshang-osop1-2023', undefined, callers.xinshang);
      expect(issuer?.history.nodes.map((e) => e.actorSubject)).toEqual([null, null]);
      const admin = await one('acc-xinshang-osop1-2023', undefined, callers.admin);
      expect(admin?.history.nodes.map((e) => e.actorSubject)).toEqual(['demo:supervisor', 'demo:supervisor']);
    });

    it('lists a standard’s accreditations, or those of one status', async () => {
      const ned = await list(callers.anonymous, { code: 'X-NED-1' });
      expect(ned.data?.accreditations.nodes.map((n) => [n.id, n.validFrom, n.validUntil])).toEqual([
        ['acc-zhongxin-ned1-2020', '2020-01-01', '2022-12-31'],
        ['acc-zhongxin-ned1-2023', '2023-01-01', '2027-12-31'],
      ]);
      const withdrawn = await list(callers.anonymous, { status: 'WITHDRAWN' });
      expect(withdrawn.data?.accreditations.nodes.map((n) => n.id)).toEqual(['acc-xinshang-osop2-2024']);
      const none = await list(callers.anonymous, { org: 'org-huadong' });
      expect(none.data?.accreditations).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false, hasPreviousPage: false }, nodes: [] });
    });

    it('pages through every accreditation with a stable cursor, in five statements a page whatever its size', async () => {
      const all = (await list(callers.anonymous, { first: 100 })).data!.accreditations;
      expect(all.totalCount).toBe(7);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const before = hub.db.statements.count;
        const page: Listed['accreditations'] = (await list(callers.anonymous, { first: 3, after })).data!.accreditations;
        // The count, the page, its histories, and the organisations and standards it names.
        expect(hub.db.statements.count - before).toBe(5);
        seen.push(...page.nodes.map((n) => n.id));
        expect(page.totalCount).toBe(7);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.nodes.map((n) => n.id));
      const before = hub.db.statements.count;
      await list(callers.anonymous, { first: 100 });
      expect(hub.db.statements.count - before).toBe(5);
    });

    it.each([
      ['a cursor it did not issue', { after: 'bm90IGEgY3Vyc29y' }, 'after'],
      ['a cursor with junk appended', { after: 'x!' }, 'after'],
      ['a page of 0', { first: 0 }, 'first'],
      ['a page over 100', { first: 101 }, 'first'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, variables, field) => {
      const reply = await list(callers.anonymous, variables);
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe(field);
    });

    it('finds an accreditation by its exact id only', async () => {
      expect((await one('acc-zhongxin-ne2-2023'))?.id).toBe('acc-zhongxin-ne2-2023');
      expect(await one('acc-zhongxin-ne2-2023 ')).toBeNull();
      expect(await one('ACC-ZHONGXIN-NE2-2023')).toBeNull();
      expect(await one('acc-nope')).toBeNull();
    });

    it('gives an accreditation’s standing on a day: ACCREDITED before its suspension, SUSPENDED after, NOT_ACCREDITED outside it', async () => {
      expect((await one('acc-xinshang-osop1-2023', '2026-06-20'))?.standingOn).toBe('ACCREDITED');
      expect((await one('acc-xinshang-osop1-2023'))?.standingOn).toBe('SUSPENDED');
      expect((await one('acc-xinshang-osop1-2023', '2028-01-01'))?.standingOn).toBe('NOT_ACCREDITED');
    });

    it('answers whether an organisation was accredited on a day, and by which accreditation: the renewal shows', async () => {
      const on = async (org: string, code: string, day?: string) => {
        const { data, errors } = await hub.run<{ accreditationStanding: Record<string, unknown> }>(callers.anonymous, STANDING, { org, code, on: day });
        expect(errors).toBeUndefined();
        return data!.accreditationStanding;
      };
      expect(await on('org-zhongxin', 'X-NED-1', '2022-06-20')).toMatchObject({ standing: 'ACCREDITED', satisfied: true, accreditation: { id: 'acc-zhongxin-ned1-2020' } });
      expect(await on('org-zhongxin', 'X-NED-1', '2023-06-20')).toMatchObject({ standing: 'ACCREDITED', accreditation: { id: 'acc-zhongxin-ned1-2023' } });
      expect(await on('org-zhongxin', 'X-NED-1', '2019-06-20')).toMatchObject({ standing: 'NOT_ACCREDITED', satisfied: false, accreditation: null });
      expect(await on('org-xinshang', 'X-OSOP-2', '2025-06-01')).toMatchObject({
        standing: 'WITHDRAWN', satisfied: false, accreditation: { id: 'acc-xinshang-osop2-2024' },
        explanation: 'org-xinshang was not accredited for X-OSOP-2 on 2025-06-01: accreditation acc-xinshang-osop2-2024 (2024-01-01 to 2026-12-31) was withdrawn from 2025-03-01 (audit found the practical assessment rooms unfit for the intermediate level).',
      });
      expect(await on('org-xinshang', 'X-OSOP-1')).toMatchObject({ on: todayInChina(), standing: 'SUSPENDED', satisfied: false });
      expect(await on('org-huadong', 'E-HD-ICVT', '2026-06-20')).toMatchObject({ standing: 'NOT_REQUIRED', satisfied: true, accreditation: null });
      expect(await on('org-xinshang', 'X-NED-1', '2026-06-20')).toMatchObject({
        standing: 'NOT_ACCREDITED', explanation: 'org-xinshang was not accredited for X-NED-1 on 2026-06-20: org-xinshang does not issue X-NED-1 (its issuer is org-zhongxin).',
      });
    });

    it('answers any number of standings in one request with the same statements as one', async () => {
      const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: accreditationStanding(organizationId: "org-zhongxin", standardCode: "${i % 2 ? 'X-NE-2' : 'X-NED-1'}", on: "202${3 + (i % 4)}-06-20") { standing accreditation { id history { nodes { kind } } } }`).join(' ')} }`;
      const cost = async (n: number) => {
        const before = hub.db.statements.count;
        const { errors } = await hub.run(callers.anonymous, aliases(n));
        expect(errors).toBeUndefined();
        return hub.db.statements.count - before;
      };
      expect(await cost(8)).toBe(await cost(1));
    });

    it.each([
      ['an unknown standard', { org: 'org-zhongxin', code: 'X-NOPE-9' }, 'standardCode'],
      ['an unknown organisation', { org: 'org-nope', code: 'X-NED-1' }, 'organizationId'],
      ['a date that is not a calendar date', { org: 'org-zhongxin', code: 'X-NED-1', on: '2026-02-30' }, 'on'],
    ])('refuses a standing for %s with BAD_USER_INPUT', async (_case, variables, field) => {
      const reply = await hub.run(callers.anonymous, STANDING, variables);
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe(field);
    });
  });

  describe('granting', () => {
    const grant = (overrides: Record<string, unknown> = {}) => ({
      organizationId: 'org-zhongxin', standardCode: 'X-NE-2', validFrom: '2028-01-01', validUntil: '2030-12-31', reason: 'qualification audit 2027 passed', ...overrides,
    });

    it('an administrator accredits an issuer for a period, and the grant opens its history, stamped with who and when', async () => {
      const { data, errors } = await hub.run<{ grantAccreditation: Node }>(callers.admin, GRANT, { input: grant() });
      expect(errors).toBeUndefined();
      const granted = data!.grantAccreditation;
      expect(granted).toMatchObject({
        organization: { id: 'org-zhongxin' }, standard: { code: 'X-NE-2' }, validFrom: '2028-01-01', validUntil: '2030-12-31',
        status: 'ACTIVE', statusFrom: '2028-01-01', reason: 'qualification audit 2027 passed', activePeriods: { nodes: [{ from: '2028-01-01', to: '2030-12-31' }] },
      });
      expect(granted.id).toMatch(/^acc-[0-9a-f-]{36}$/);
      expect(granted.history.nodes).toEqual([{ kind: 'GRANTED', status: 'ACTIVE', effectiveOn: '2028-01-01', reason: 'qualification audit 2027 passed', actorSubject: 'test:ADMIN', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
      expect((await one(granted.id))?.id).toBe(granted.id);
    });

    it.each([
      ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
      ['the issuer’s own staff: an organisation never accredits itself', callers.zhongxin, 'FORBIDDEN'],
      ['another issuer’s staff', callers.xinshang, 'FORBIDDEN'],
      ['a college’s staff', callers.metroCollege, 'FORBIDDEN'],
    ])('refuses a grant by %s, and writes nothing', async (_who, actor, code) => {
      expect(codeOf(await refused(actor, GRANT, grant({ validFrom: '2031-01-01', validUntil: '2031-12-31' })))).toBe(code);
    });

    it.each([
      ['an enterprise’s own certificate', { organizationId: 'org-tianyi', standardCode: 'E-TY-NT' }, 'standardCode', /enterprise technical certificate/],
      ['an organisation that does not issue the standard', { organizationId: 'org-xinshang' }, 'organizationId', /org-xinshang does not issue X-NE-2: .* org-zhongxin/],
      ['an unknown standard', { standardCode: 'X-NOPE-9' }, 'standardCode', /not a certificate standard on the hub/],
      ['a period that ends before it begins', { validFrom: '2031-06-01', validUntil: '2031-05-31' }, 'validUntil', /on or after validFrom \(2031-06-01\)/],
      ['a date that is not a calendar date', { validFrom: '2031-02-29' }, 'validFrom', /validFrom/],
      ['a blank reason', { reason: '   ' }, 'reason', /reason/],
      ['a reason over 500 characters', { reason: '理'.repeat(501) }, 'reason', /reason/],
    ])('refuses %s with BAD_USER_INPUT, saying what is accepted, and writes nothing', async (_case, overrides, field, message) => {
      const reply = await refused(callers.admin, GRANT, grant({ validFrom: '2031-01-01', validUntil: '2031-12-31', ...overrides }));
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe(field);
      expect(reply.errors?.[0]?.message).toMatch(message);
    });

    it('refuses with CONFLICT a grant overlapping one of the same issuer and standard, naming it, and writes nothing', async () => {
      const reply = await refused(callers.admin, GRANT, grant({ validFrom: '2027-06-01', validUntil: '2027-12-31' }));
      expect(codeOf(reply)).toBe('CONFLICT');
      expect(reply.errors?.[0]?.message).toMatch(/accreditation acc-zhongxin-ne2-2023 \(ACTIVE\) already covers org-zhongxin for X-NE-2 from 2023-01-01 to 2027-12-31/);
    });

    it('lets only one of two concurrent overlapping grants through', async () => {
      const input = grant({ standardCode: 'X-NED-1', validFrom: '2032-01-01', validUntil: '2032-12-31' });
      const replies = await Promise.all([hub.run(callers.admin, GRANT, { input }), hub.run(callers.admin, GRANT, { input })]);
      expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
      expect((await list(callers.anonymous, { code: 'X-NED-1' })).data?.accreditations.nodes.filter((n) => n.validFrom === '2032-01-01')).toHaveLength(1);
    });
  });

  describe('changing the status', () => {
    const input = (id: string, status: string, overrides: Record<string, unknown> = {}) => ({ id, status, reason: 'supervision visit', ...overrides });
    let id = '';
    beforeAll(async () => {
      const granted = await hub.run<{ grantAccreditation: Node }>(callers.admin, GRANT, {
        input: { organizationId: 'org-zhilian', standardCode: 'X-ICV-2', validFrom: '2028-09-01', validUntil: '2030-08-31', reason: 'renewal decided ahead' },
      });
      id = granted.data!.grantAccreditation.id;
    });
    const set = (status: string, overrides: Record<string, unknown> = {}, actor: Actor = callers.admin) => hub.run<{ setAccreditationStatus: Node }>(actor, SET, { input: input(id, status, overrides) });

    it('suspends, reinstates and withdraws from given days, each step appended to the history with its reason', async () => {
      const suspended = await set('SUSPENDED', { effectiveOn: '2029-03-01', reason: 'assessors’ certificates lapsed' });
      expect(suspended.errors).toBeUndefined();
      expect(suspended.data?.setAccreditationStatus).toMatchObject({ status: 'SUSPENDED', statusFrom: '2029-03-01', reason: 'assessors’ certificates lapsed' });
      const reinstated = await set('ACTIVE', { effectiveOn: '2029-05-01', reason: 'assessors re-certified' });
      expect(reinstated.data?.setAccreditationStatus.activePeriods.nodes).toEqual([{ from: '2028-09-01', to: '2029-02-28' }, { from: '2029-05-01', to: '2030-08-31' }]);
      const withdrawn = await set('WITHDRAWN', { effectiveOn: '2030-01-01', reason: 'the organisation stops this certificate' });
      const node = withdrawn.data!.setAccreditationStatus;
      expect(node.history.nodes.map((e) => [e.kind, e.status, e.effectiveOn, e.reason])).toEqual([
        ['GRANTED', 'ACTIVE', '2028-09-01', 'renewal decided ahead'],
        ['SUSPENDED', 'SUSPENDED', '2029-03-01', 'assessors’ certificates lapsed'],
        ['REINSTATED', 'ACTIVE', '2029-05-01', 'assessors re-certified'],
        ['WITHDRAWN', 'WITHDRAWN', '2030-01-01', 'the organisation stops this certificate'],
      ]);
      expect(node.activePeriods.nodes).toEqual([{ from: '2028-09-01', to: '2029-02-28' }, { from: '2029-05-01', to: '2029-12-31' }]);
    });

    it('refuses anything after a withdrawal with CONFLICT, saying a new grant is needed, and writes nothing', async () => {
      const reply = await refused(callers.admin, SET, input(id, 'ACTIVE', { effectiveOn: '2030-02-01' }));
      expect(codeOf(reply)).toBe('CONFLICT');
      expect(reply.errors?.[0]?.message).toMatch(/is WITHDRAWN from 2030-01-01; a withdrawal is final: grant a new accreditation instead/);
    });

    it('suspends from today when no day is given, and lets the organisation’s earlier awards keep their standing', async () => {
      const reply = await hub.run<{ setAccreditationStatus: Node }>(callers.admin, SET, { input: input('acc-zhongxin-ne2-2023', 'SUSPENDED') });
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.setAccreditationStatus).toMatchObject({ status: 'SUSPENDED', statusFrom: todayInChina() });
      expect((await one('acc-zhongxin-ne2-2023', '2026-06-20'))?.standingOn).toBe('ACCREDITED');
      expect((await one('acc-zhongxin-ne2-2023'))?.standingOn).toBe('SUSPENDED');
      const back = await hub.run<{ setAccreditationStatus: Node }>(callers.admin, SET, { input: input('acc-zhongxin-ne2-2023', 'ACTIVE', { reason: 'visit closed' }) });
      expect(back.data?.setAccreditationStatus.activePeriods.nodes).toEqual([{ from: '2023-01-01', to: '2027-12-31' }]);
    });

    it.each([
      ['a day before today', { effectiveOn: '2026-11-22' }, 'effectiveOn', /effectiveOn must be between 2026-11-23 and 2027-12-31/],
      ['a day after the accreditation ends', { effectiveOn: '2028-01-01' }, 'effectiveOn', /not after its end; got 2028-01-01/],
      ['a date that is not a calendar date', { effectiveOn: '2026-13-01' }, 'effectiveOn', /effectiveOn/],
      ['a blank reason', { reason: '' }, 'reason', /reason/],
    ])('refuses a change dated %s with BAD_USER_INPUT, and writes nothing', async (_case, overrides, field, message) => {
      const reply = await refused(callers.admin, SET, input('acc-zhongxin-ned1-2023', 'SUSPENDED', overrides));
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(fieldOf(reply)).toBe(field);
      expect(reply.errors?.[0]?.message).toMatch(message);
    });

    it('refuses a status that may not follow the current one with CONFLICT, naming what may', async () => {
      const reply = await refused(callers.admin, SET, input('acc-zhongxin-ned1-2023', 'ACTIVE'));
      expect(codeOf(reply)).toBe('CONFLICT');
      expect(reply.errors?.[0]?.message).toBe('accreditation acc-zhongxin-ned1-2023 is ACTIVE from 2023-01-01; it may become SUSPENDED or WITHDRAWN');
    });

    it('refuses with CONFLICT a change to an accreditation that has ended', async () => {
      const reply = await refused(callers.admin, SET, input('acc-zhongxin-ned1-2020', 'SUSPENDED'));
      expect(codeOf(reply)).toBe('CONFLICT');
      expect(reply.errors?.[0]?.message).toMatch(/ended on 2022-12-31/);
    });

    it('answers NOT_FOUND for an unknown id, or one that differs only by a trailing space', async () => {
      expect(codeOf(await refused(callers.admin, SET, input('acc-nope', 'SUSPENDED')))).toBe('NOT_FOUND');
      expect(codeOf(await refused(callers.admin, SET, input('acc-zhongxin-ned1-2023 ', 'SUSPENDED')))).toBe('NOT_FOUND');
    });

    it.each([
      ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
      ['the accredited organisation’s own staff', callers.zhongxin, 'FORBIDDEN'],
      ['the learner', callers.learner('GT202200001X'), 'FORBIDDEN'],
    ])('refuses a change by %s, and writes nothing', async (_who, actor, code) => {
      expect(codeOf(await refused(actor, SET, input('acc-zhongxin-ned1-2023', 'SUSPENDED')))).toBe(code);
    });

    it('of two administrators suspending at once, one wins and the other is told what now stands', async () => {
      const events = await hub.count(AccreditationEventEntity);
      const replies = await Promise.all([1, 2].map(() => hub.run(callers.admin, SET, { input: input('acc-zhongxin-ned1-2023', 'SUSPENDED') })));
      expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
      expect(replies.find((r) => r.errors)?.errors?.[0]?.message).toMatch(/SUSPENDED/);
      expect(await hub.count(AccreditationEventEntity)).toBe(events + 1);
      await hub.run(callers.admin, SET, { input: input('acc-zhongxin-ned1-2023', 'ACTIVE', { reason: 'suspended by mistake' }) });
    });
  });

  it('keeps the history append-only: the database refuses to change or remove a step', async () => {
    const { dataSource } = hub.db;
    await expect(dataSource.query("UPDATE issuer_accreditation_event SET reason = 'rewritten'")).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM issuer_accreditation_event')).rejects.toThrow(/append-only/);
    expect(await hub.count(AccreditationEventEntity)).toBeGreaterThan(7);
  });
});
