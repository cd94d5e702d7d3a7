import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { RecognitionEventEntity } from '../entities/recognition-event.ts';
import { RecognitionEntity } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import { PROPOSE, propose, terms, type AgreementView } from './agreements.ts';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const RECOGNITIONS = /* GraphQL */ `query($code: ID!) { certificateStandard(code: $code) { recognitions { id counterpart { code } mutual } } }`;
interface Listed { certificateStandard: { recognitions: { id: string; counterpart: { code: string }; mutual: boolean }[] } }

/** Zhongxin proposes that its Network Engineer certificate counts as Tianyi's technician grade (intermediate to entry). */
const proposal = (overrides: Record<string, unknown> = {}) =>
  terms({ fromCode: 'X-NE-2', toCode: 'E-TY-NT', effectiveFrom: '2026-09-01', basis: 'Tianyi accepts the Network Engineer certificate for field installation work', ...overrides });

describe.each(kinds)('an issuer proposes a recognition agreement (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
    // An enterprise grade that declares no level, issued by Tianyi.
    await hub.db.dataSource.getRepository(StandardEntity).insert({
      code: 'E-TY-FIELD', name: 'Tianyi Field Engineer', kind: 'ENTERPRISE_TECHNICAL', level: null, description: 'No level declared.', issuerId: 'org-tianyi',
    });
  });
  afterAll(() => hub?.close());

  const send = (actor: Actor, input: Record<string, unknown>) => hub.run<{ proposeRecognition: AgreementView }>(actor, PROPOSE, { input });
  const listed = async (code: string) => (await hub.run<Listed>(callers.anonymous, RECOGNITIONS, { code })).data!.certificateStandard.recognitions;
  /** Sends a refused proposal and checks that nothing at all was written, agreement or history. */
  const refused = async (actor: Actor, input: Record<string, unknown>) => {
    const before = [await hub.count(RecognitionEntity), await hub.count(RecognitionEventEntity)];
    const reply = await send(actor, input);
    expect(reply.data ?? null).toBeNull();
    expect([await hub.count(RecognitionEntity), await hub.count(RecognitionEventEntity)]).toEqual(before);
    return reply;
  };

  it('records a proposal as PROPOSED, with its first history event, and it counts for nothing in the catalogue', async () => {
    const agreement = await propose(hub, callers.zhongxin, proposal());
    expect(agreement).toMatchObject({
      from: { code: 'X-NE-2' }, to: { code: 'E-TY-NT' }, direction: 'ONE_WAY', status: 'PROPOSED', agreedAt: null,
      proposedBy: { id: 'org-zhongxin' }, counterpart: { id: 'org-tianyi' },
    });
    expect(agreement.id).toMatch(/^rec-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(agreement.history.nodes).toEqual([
      { kind: 'PROPOSED', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), actorSubject: 'test:ENTERPRISE_STAFF', organization: { id: 'org-zhongxin' }, effectiveTo: null, reason: null },
    ]);
    expect((await listed('X-NE-2')).map((r) => r.id)).not.toContain(agreement.id);
  });

  it('may come from the issuer of the counterpart standard: Tianyi asks Xinshang for its intermediate certificate to count as Tianyi’s grade', async () => {
    const agreement = await propose(hub, callers.tianyi, proposal({ fromCode: 'X-OSOP-2', toCode: 'E-TY-NT' }));
    expect([agreement.proposedBy.id, agreement.counterpart.id]).toEqual(['org-tianyi', 'org-xinshang']);
  });

  it('keeps a basis in any script, and SQL-shaped text, exactly as given (trimmed)', async () => {
    const basis = "𠮷祥 pilot: O'Brien\"); DROP TABLE recognition_agreement; --";
    const agreement = await propose(hub, callers.xinshang, proposal({ fromCode: 'X-OSOP-2', toCode: 'X-OSOP-1', basis: `  ${basis} ` }));
    expect(agreement.basis).toBe(basis);
    expect((await hub.db.dataSource.getRepository(RecognitionEntity).findOneByOrFail({ id: agreement.id })).basis).toBe(basis);
  });

  it('an administrator may not propose on an issuer’s behalf: FORBIDDEN, saying no participant can forge another’s word', async () => {
    const reply = await refused(callers.admin, proposal());
    expect(codeOf(reply)).toBe('FORBIDDEN');
    expect(reply.errors?.[0]?.message).toMatch(/administrator may not give organisation org-zhongxin's word.*no participant can forge another's/);
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED', /sign in/],
    ['an issuer of neither standard', callers.huadong, 'FORBIDDEN', /only ENTERPRISE_STAFF of org-zhongxin \(issuer of X-NE-2\) or of org-tianyi \(issuer of E-TY-NT\)/],
    ['a college’s staff holding an issuer’s organisation id', { ...callers.collegeAsZhilian, orgId: 'org-zhongxin' }, 'FORBIDDEN', /only ENTERPRISE_STAFF of organisation org-zhongxin/],
  ])('%s may not propose', async (_who, actor, code, message) => {
    const reply = await refused(actor as Actor, proposal({ effectiveFrom: '2031-01-01' }));
    expect([codeOf(reply), reply.errors?.[0]?.message]).toEqual([code, expect.stringMatching(message)]);
  });

  it.each([
    ['an unknown fromCode', { fromCode: 'X-NOPE-9' }, 'fromCode', /not a certificate standard/],
    ['an unknown toCode', { toCode: 'E-NOPE-9' }, 'toCode', /not a certificate standard/],
    ['a standard recognised as itself', { toCode: 'X-NE-2' }, 'toCode', /a standard cannot be recognised as itself/],
    ['an effectiveFrom that is not a date', { effectiveFrom: '2026-09-31' }, 'effectiveFrom', /YYYY-MM-DD/],
    ['an effectiveTo before effectiveFrom', { effectiveTo: '2026-08-31' }, 'effectiveTo', /effectiveTo must be on or after effectiveFrom/],
    ['a blank basis', { basis: ' \n ' }, 'basis', /between 1 and 500/],
    ['a basis over 500 characters', { basis: '据'.repeat(501) }, 'basis', /between 1 and 500/],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides, field, message) => {
    const reply = await refused(callers.zhongxin, proposal({ toCode: 'X-NED-1', effectiveFrom: '2031-01-01', ...overrides }));
    expect([codeOf(reply), fieldOf(reply)]).toEqual(['BAD_USER_INPUT', field]);
    expect(reply.errors?.[0]?.message).toMatch(message);
  });

  describe('levels: the same level either way; different levels only one-way from the higher to the lower', () => {
    it.each([
      ['entry counting as intermediate', callers.zhongxin, { fromCode: 'X-NED-1', toCode: 'X-NE-2' }, /X-NED-1 \(ENTRY\) and X-NE-2 \(INTERMEDIATE\) are of different levels/],
      ['a mutual agreement across levels', callers.zhongxin, { fromCode: 'X-NE-2', toCode: 'E-TY-NT', direction: 'MUTUAL' }, /a mutual agreement would let holders count at a level/],
      ['a standard without a level counting as a levelled one', callers.tianyi, { fromCode: 'E-TY-FIELD', toCode: 'X-NED-1' }, /E-TY-FIELD \(no level\) and X-NED-1 \(ENTRY\) cannot be compared/],
      ['a standard without a level, mutually', callers.tianyi, { fromCode: 'X-NED-1', toCode: 'E-TY-FIELD', direction: 'MUTUAL' }, /cannot be compared by level/],
    ])('refuses %s with BAD_USER_INPUT, saying which levels and directions are allowed', async (_case, actor, overrides, message) => {
      const reply = await refused(actor, proposal({ effectiveFrom: '2031-01-01', ...overrides }));
      expect([codeOf(reply), fieldOf(reply)]).toEqual(['BAD_USER_INPUT', 'direction']);
      expect(reply.errors?.[0]?.message).toMatch(message);
      expect(reply.errors?.[0]?.message).toMatch(/only one-way from the higher level to the lower/);
    });

    it('accepts a levelled standard counting one-way as one without a level', async () => {
      expect((await propose(hub, callers.tianyi, proposal({ fromCode: 'X-NED-1', toCode: 'E-TY-FIELD' }))).status).toBe('PROPOSED');
    });
  });

  describe('refuses a proposal that says again what a live agreement or proposal already says', () => {
    it.each([
      ['the same direction as the demo agreement, overlapping its last day', callers.zhongxin, { fromCode: 'X-NED-1', toCode: 'E-TY-NT', effectiveFrom: '2028-12-31' }, /rec-ned-tianyi \(AGREED\)/],
      ['the reverse of a mutual agreement', callers.huadong, { fromCode: 'E-HD-ICVT', toCode: 'X-ICV-2', effectiveFrom: '2030-01-01' }, /rec-icv-huadong \(AGREED\)/],
      ['the same as the demo’s pending proposal', callers.zhongxin, { fromCode: 'E-TY-NT', toCode: 'X-NED-1', effectiveFrom: '2027-01-01' }, /rec-tianyi-ned \(PROPOSED\)/],
    ])('%s: CONFLICT', async (_case, actor, overrides, message) => {
      const reply = await refused(actor, proposal(overrides));
      expect([codeOf(reply), reply.errors?.[0]?.message]).toEqual(['CONFLICT', expect.stringMatching(message)]);
    });
  });

  it('accepts the same pair when the dates do not overlap, and a one-way agreement against the other one-way direction', async () => {
    await propose(hub, callers.zhongxin, proposal({ fromCode: 'X-NED-1', toCode: 'E-TY-NT', effectiveFrom: '2029-01-01' }));
    await propose(hub, callers.zhilian, proposal({ fromCode: 'X-ICV-2', toCode: 'E-XH-ADAS', effectiveFrom: '2031-01-01' }));
    await propose(hub, callers.xinghe, proposal({ fromCode: 'E-XH-ADAS', toCode: 'X-ICV-2', effectiveFrom: '2031-01-01' }));
  });

  it('lets only one of concurrent identical proposals through, with one history event', async () => {
    const input = proposal({ fromCode: 'X-OSOP-2', toCode: 'E-HD-ICVT', effectiveFrom: '2026-03-01' });
    const before = [await hub.count(RecognitionEntity), await hub.count(RecognitionEventEntity)];
    const replies = await Promise.all([send(callers.xinshang, input), send(callers.xinshang, input), send(callers.huadong, input)]);
    expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', undefined]);
    expect([await hub.count(RecognitionEntity), await hub.count(RecognitionEventEntity)]).toEqual([before[0]! + 1, before[1]! + 1]);
  });
});
