import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { todayInChina } from '@guantong/shared/clock';
import { dayBefore } from '../agreements/dates.ts';
import { RecognitionEventEntity } from '../entities/recognition-event.ts';
import { ACCEPT, AGREEMENT, AGREEMENTS, REJECT, WITHDRAW, accept, agree, propose, terms, type AgreementView } from './agreements.ts';
import { callers, codeOf, fieldOf, freshLearner, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const SEEN = /* GraphQL */ `
  query($r: [_Any!]!, $serial: String!) {
    _entities(representations: $r) { ... on Student { recognizedCertificates { nodes { standard { code } path { id } } } } }
    verifyCertificate(serial: $serial, holderName: "Agreement Tester") { standard { recognitions { id } } }
  }
`;
interface Seen { _entities: { recognizedCertificates: { nodes: { standard: { code: string }; path: { id: string }[] }[] } }[]; verifyCertificate: { standard: { recognitions: { id: string }[] } } }

describe.each(kinds)('a recognition agreement between two issuers (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const step = <T extends string>(actor: Actor, query: string, variables: Record<string, unknown>) =>
    hub.run<Record<T, AgreementView>>(actor, query, variables);
  const reject = (actor: Actor, id: string, reason = 'not comparable') => step<'rejectRecognition'>(actor, REJECT, { id, reason });
  const withdraw = (actor: Actor, id: string, effectiveTo: string, reason = 'pilot ended') => step<'withdrawRecognition'>(actor, WITHDRAW, { id, effectiveTo, reason });
  const read = (actor: Actor, id: string) => hub.run<{ recognitionAgreement: AgreementView | null }>(actor, AGREEMENT, { id });
  const eventCount = () => hub.count(RecognitionEventEntity);
  /** A year no other story's agreement covers, so proposals of one pair do not overlap. */
  let year = 2040;
  /** A learner holding Tianyi's grade, and what it counts as through the catalogue, the chains and a verification. */
  const tianyiHolder = async () => {
    const studentId = freshLearner();
    const award = { studentId, holderName: 'Agreement Tester', standardCode: 'E-TY-NT', serial: `AGR-${studentId}`, issuedOn: '2026-06-01', score: 90 };
    hub.schoolEnrols(studentId, award.holderName);
    expect((await hub.run(callers.tianyi, 'mutation($i: AwardCertificateInput!) { awardCertificate(input: $i) { serial } }', { i: award })).errors).toBeUndefined();
    return async () => {
      const { data, errors } = await hub.run<Seen>(callers.tianyi, SEEN, { r: [studentRef(studentId, [])], serial: award.serial });
      expect(errors).toBeUndefined();
      return { chains: data!._entities[0]!.recognizedCertificates.nodes.map((r) => r.path.map((p) => p.id)), catalogue: data!.verifyCertificate.standard.recognitions.map((r) => r.id) };
    };
  };

  it('a proposal counts for nothing until the counterpart accepts it; then it counts, with both steps in its history', async () => {
    const seen = await tianyiHolder();
    expect(await seen()).toEqual({ chains: [], catalogue: [] });
    const agreed = await accept(hub, callers.zhongxin, 'rec-tianyi-ned');
    expect(agreed).toMatchObject({ status: 'AGREED', agreedAt: expect.stringMatching(/^20\d\d-/) });
    expect(agreed.history.nodes.map((e) => [e.kind, e.organization.id, e.actorSubject])).toEqual([
      ['PROPOSED', 'org-tianyi', 'demo:staff@org-tianyi'],
      ['ACCEPTED', 'org-zhongxin', 'test:ENTERPRISE_STAFF'],
    ]);
    expect(await seen()).toEqual({ chains: [['rec-tianyi-ned']], catalogue: ['rec-tianyi-ned'] });
  });

  it.each([
    ['the proposer itself', callers.xinshang, 'FORBIDDEN', /only ENTERPRISE_STAFF of organisation org-huadong/],
    ['an organisation that is not a party, for a proposal it cannot see', callers.zhilian, 'NOT_FOUND', /that you are a party to/],
    ['an administrator', callers.admin, 'FORBIDDEN', /administrator may not give organisation org-huadong's word/],
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED', /sign in/],
  ])('only the counterpart accepts, not %s; a refused step writes nothing', async (_who, actor, code, message) => {
    const { id } = await propose(hub, callers.xinshang, terms({ fromCode: 'X-OSOP-2', toCode: 'E-HD-ICVT', effectiveFrom: `${(year += 1)}-01-01`, effectiveTo: `${year}-12-31` }));
    const before = await eventCount();
    const reply = await step(actor, ACCEPT, { id });
    expect([codeOf(reply), reply.errors?.[0]?.message]).toEqual([code, expect.stringMatching(message)]);
    expect(await eventCount()).toBe(before);
    expect((await read(callers.huadong, id)).data?.recognitionAgreement?.status).toBe('PROPOSED');
  });

  it('one organisation issuing both standards still accepts explicitly: its proposal waits for its own acceptance', async () => {
    const proposed = await propose(hub, callers.xinshang, terms({ fromCode: 'X-OSOP-2', toCode: 'X-OSOP-1', effectiveFrom: '2027-01-01' }));
    expect([proposed.status, proposed.proposedBy.id, proposed.counterpart.id]).toEqual(['PROPOSED', 'org-xinshang', 'org-xinshang']);
    expect((await accept(hub, callers.xinshang, proposed.id)).status).toBe('AGREED');
  });

  it('the counterpart declines with a reason; a declined proposal cannot be accepted, and may be proposed again', async () => {
    const input = terms({ fromCode: 'E-TY-NT', toCode: 'X-OSOP-1', effectiveFrom: '2031-01-01' });
    const { id } = await propose(hub, callers.tianyi, input);
    const declined = await reject(callers.xinshang, id, 'store operation is not field installation');
    expect(declined.data?.rejectRecognition).toMatchObject({ status: 'DECLINED', agreedAt: null });
    expect(declined.data?.rejectRecognition.history.nodes.at(-1)).toMatchObject({ kind: 'DECLINED', organization: { id: 'org-xinshang' }, reason: 'store operation is not field installation' });
    expect(codeOf(await step(callers.xinshang, ACCEPT, { id }))).toBe('CONFLICT');
    expect(codeOf(await reject(callers.xinshang, id, ' '))).toBe('BAD_USER_INPUT');
    await propose(hub, callers.tianyi, input);
  });

  it('the proposer withdraws a proposal, which never counts; the counterpart cannot withdraw it, only decline it', async () => {
    const { id } = await propose(hub, callers.zhilian, terms({ fromCode: 'X-ICV-2', toCode: 'E-XH-ADAS', effectiveFrom: '2031-01-01' }));
    expect(codeOf(await withdraw(callers.xinghe, id, todayInChina()))).toBe('FORBIDDEN');
    const withdrawn = await withdraw(callers.zhilian, id, todayInChina(), 'proposed in error');
    expect(withdrawn.data?.withdrawRecognition).toMatchObject({ status: 'WITHDRAWN', agreedAt: null, effectiveTo: null });
    expect(codeOf(await step(callers.xinghe, ACCEPT, { id }))).toBe('CONFLICT');
  });

  it('either party withdraws an agreement in force from an end date: it counts up to that day and not after', async () => {
    const id = await agree(hub, callers.zhongxin, callers.tianyi, terms({ fromCode: 'X-NE-2', toCode: 'E-TY-NT', effectiveFrom: '2026-01-01' }));
    const yesterday = dayBefore(todayInChina());
    expect(fieldOf(await withdraw(callers.tianyi, id, dayBefore(yesterday)))).toBe('effectiveTo');
    const withdrawn = (await withdraw(callers.tianyi, id, yesterday, 'field installation work moved to contractors')).data!.withdrawRecognition;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', effectiveTo: yesterday, agreedAt: expect.any(String) });
    expect(withdrawn.history.nodes.map((e) => [e.kind, e.organization.id, e.effectiveTo, e.reason])).toEqual([
      ['PROPOSED', 'org-zhongxin', null, null],
      ['ACCEPTED', 'org-tianyi', null, null],
      ['WITHDRAWN', 'org-tianyi', yesterday, 'field installation work moved to contractors'],
    ]);
    const countsOn = await hub.run<{ recognitionAgreement: { yesterday: boolean; today: boolean } }>(
      callers.zhongxin, 'query($id: ID!, $y: Date, $t: Date) { recognitionAgreement(id: $id) { yesterday: countsOn(on: $y) today: countsOn(on: $t) } }', { id, y: yesterday, t: todayInChina() },
    );
    expect(countsOn.data?.recognitionAgreement).toEqual({ yesterday: true, today: false });
    expect(codeOf(await withdraw(callers.zhongxin, id, todayInChina()))).toBe('CONFLICT');
  });

  it('a withdrawal may not end an agreement after its own end', async () => {
    const id = await agree(hub, callers.zhongxin, callers.tianyi, terms({ fromCode: 'X-NE-2', toCode: 'E-TY-NT', effectiveFrom: '2040-01-01', effectiveTo: '2040-12-31' }));
    const reply = await withdraw(callers.zhongxin, id, '2041-01-01');
    expect([codeOf(reply), reply.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', expect.stringMatching(/and 2040-12-31/)]);
  });

  it('of an acceptance and a decline sent together exactly one wins; the loser gets CONFLICT and the stored state', async () => {
    const { id } = await propose(hub, callers.xinshang, terms({ fromCode: 'X-OSOP-2', toCode: 'E-XH-ADAS', effectiveFrom: '2027-01-01' }));
    const before = await eventCount();
    const replies = await Promise.all([step(callers.xinghe, ACCEPT, { id }), reject(callers.xinghe, id), step(callers.xinghe, ACCEPT, { id })]);
    expect(replies.filter((r) => !r.errors).length).toBe(1);
    expect(replies.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(2);
    const stored = (await read(callers.xinghe, id)).data!.recognitionAgreement!;
    for (const loser of replies.filter((r) => r.errors)) expect(loser.errors?.[0]?.message).toContain(`is ${stored.status}`);
    expect(await eventCount()).toBe(before + 1);
  });

  describe('who sees which agreements', () => {
    it('an issuer lists its agreements, pending ones included, and can filter them by status', async () => {
      const all = (await hub.run<{ recognitionAgreements: { nodes: AgreementView[] } }>(callers.huadong, AGREEMENTS, { org: 'org-huadong' })).data!.recognitionAgreements.nodes;
      expect(all.map((a) => a.id)).toEqual(expect.arrayContaining(['rec-icv-huadong', 'rec-huadong-xinghe']));
      expect(all.some((a) => a.status === 'PROPOSED')).toBe(true);
      const pending = (await hub.run<{ recognitionAgreements: { nodes: AgreementView[] } }>(callers.admin, AGREEMENTS, { org: 'org-huadong', status: 'PROPOSED' })).data!.recognitionAgreements.nodes;
      expect(pending.length).toBeGreaterThan(0);
      expect(pending.every((a) => a.status === 'PROPOSED')).toBe(true);
      expect(codeOf(await hub.run(callers.zhilian, AGREEMENTS, { org: 'org-huadong' }))).toBe('FORBIDDEN');
    });

    it('a pending proposal is known only to its parties and administrators; an agreed one is refused to others, not hidden', async () => {
      const { id } = await propose(hub, callers.zhilian, terms({ fromCode: 'X-ICV-2', toCode: 'E-XH-ADAS', effectiveFrom: '2032-01-01' }));
      expect((await read(callers.xinghe, id)).data?.recognitionAgreement?.id).toBe(id);
      expect((await read(callers.admin, id)).data?.recognitionAgreement?.id).toBe(id);
      expect(await read(callers.tianyi, id)).toMatchObject({ data: { recognitionAgreement: null } });
      expect(codeOf(await read(callers.anonymous, id))).toBe('UNAUTHENTICATED');
      expect(codeOf(await read(callers.tianyi, 'rec-icv-huadong'))).toBe('FORBIDDEN');
    });
  });

  it('the history is append-only: the database refuses to change or delete an event', async () => {
    const events = hub.db.dataSource.getRepository(RecognitionEventEntity);
    const first = await events.findOneByOrFail({ agreementId: 'rec-icv-huadong', kind: 'PROPOSED' });
    await expect(events.update({ id: first.id }, { organizationId: 'org-zhilian' })).rejects.toThrow(/append-only/);
    await expect(events.delete({ id: first.id })).rejects.toThrow(/append-only/);
  });
});
