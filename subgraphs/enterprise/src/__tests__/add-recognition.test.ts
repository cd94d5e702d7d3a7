import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { RecognitionEntity } from '../entities/recognition.ts';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const ADD = /* GraphQL */ `
  mutation($input: AddRecognitionInput!) {
    addRecognition(input: $input) { id counterpart { code } mutual effectiveFrom effectiveTo basis }
  }
`;
interface Added { addRecognition: { id: string; counterpart: { code: string }; mutual: boolean; effectiveFrom: string; effectiveTo: string | null; basis: string } }

const RECOGNITIONS = /* GraphQL */ `
  query($code: ID!) { certificateStandard(code: $code) { recognitions { id counterpart { code } mutual effectiveFrom } } }
`;
interface Listed { certificateStandard: { recognitions: { id: string; counterpart: { code: string }; mutual: boolean; effectiveFrom: string }[] } }

/** Zhongxin recognises its Network Engineer certificate as Tianyi's technician grade. */
const proposal = (overrides: Record<string, unknown> = {}) => ({
  fromCode: 'X-NE-2',
  toCode: 'E-TY-NT',
  mutual: false,
  effectiveFrom: '2026-09-01',
  effectiveTo: null,
  basis: 'Tianyi accepts the Network Engineer certificate for field installation work',
  ...overrides,
});

describe.each(kinds)('an issuer adds a recognition agreement (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const add = (actor: Actor, input: Record<string, unknown>) => hub.run<Added>(actor, ADD, { input });
  const listed = async (code: string) => (await hub.run<Listed>(callers.anonymous, RECOGNITIONS, { code })).data!.certificateStandard.recognitions;
  /** Sends a refused agreement and checks that nothing at all was written. */
  const refused = async (actor: Actor, input: Record<string, unknown>) => {
    const before = await hub.count(RecognitionEntity);
    const reply = await add(actor, input);
    expect(reply.data).toBeNull();
    expect(await hub.count(RecognitionEntity)).toBe(before);
    return reply;
  };

  it('records a one-way agreement, listed on its standard only, with a generated id', async () => {
    const { data, errors } = await add(callers.zhongxin, proposal());
    expect(errors).toBeUndefined();
    const added = data!.addRecognition;
    expect(added).toMatchObject({ counterpart: { code: 'E-TY-NT' }, mutual: false, effectiveFrom: '2026-09-01', effectiveTo: null });
    expect(added.id).toMatch(/^rec-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await listed('X-NE-2')).map((r) => r.id)).toEqual([added.id]);
    expect(await listed('E-TY-NT')).toEqual([]);
  });

  it('records a mutual agreement both standards then list, each naming the other', async () => {
    const { data, errors } = await add(callers.xinshang, proposal({ fromCode: 'X-OSOP-2', toCode: 'X-NE-2', mutual: true, effectiveFrom: '2025-01-01', effectiveTo: '2027-12-31' }));
    expect(errors).toBeUndefined();
    const id = data!.addRecognition.id;
    expect((await listed('X-OSOP-2')).map((r) => [r.id, r.counterpart.code])).toEqual([[id, 'X-NE-2']]);
    // Ordered by effectiveFrom: this one (2025) before Zhongxin's own (2026).
    expect((await listed('X-NE-2')).map((r) => [r.counterpart.code, r.effectiveFrom])).toEqual([
      ['X-OSOP-2', '2025-01-01'],
      ['E-TY-NT', '2026-09-01'],
    ]);
  });

  it('keeps a basis in any script, and SQL-shaped text, exactly as given', async () => {
    const basis = "𠮷祥 pilot: O'Brien\"); DROP TABLE recognition_agreement; --";
    const { data, errors } = await add(callers.xinshang, proposal({ fromCode: 'X-OSOP-1', toCode: 'X-OSOP-2', basis }));
    expect(errors).toBeUndefined();
    expect(data?.addRecognition.basis).toBe(basis);
    const stored = await hub.db.dataSource.getRepository(RecognitionEntity).findOneByOrFail({ id: data!.addRecognition.id });
    expect(stored.basis).toBe(basis);
  });

  it('an admin may add an agreement for any issuer, and the basis is trimmed', async () => {
    const { data, errors } = await add(callers.admin, proposal({ fromCode: 'E-TY-NT', toCode: 'X-OSOP-1', basis: '  admin-recorded  ' }));
    expect(errors).toBeUndefined();
    expect(data?.addRecognition.basis).toBe('admin-recorded');
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['the issuer of the counterpart standard', callers.tianyi, 'FORBIDDEN'],
    ['another organisation’s staff', callers.huadong, 'FORBIDDEN'],
    ['a college’s staff', callers.metroCollege, 'FORBIDDEN'],
  ])('%s may not add an agreement from Zhongxin’s standard', async (_who, actor, code) => {
    expect(codeOf(await refused(actor, proposal({ fromCode: 'X-NED-1', toCode: 'X-OSOP-1' })))).toBe(code);
  });

  it.each([
    ['an unknown fromCode', { fromCode: 'X-NOPE-9' }, 'fromCode', /not a certificate standard/],
    ['an unknown toCode', { toCode: 'E-NOPE-9' }, 'toCode', /not a certificate standard/],
    ['a standard recognised as itself', { toCode: 'X-NE-2' }, 'toCode', /a standard cannot be recognised as itself/],
    ['an effectiveFrom that is not a date', { effectiveFrom: '2026-09-31' }, 'effectiveFrom', /YYYY-MM-DD/],
    ['an effectiveTo that is not a date', { effectiveTo: 'never' }, 'effectiveTo', /YYYY-MM-DD/],
    ['an effectiveTo before effectiveFrom', { effectiveTo: '2026-08-31' }, 'effectiveTo', /effectiveTo must be on or after effectiveFrom/],
    ['a blank basis', { basis: ' \n ' }, 'basis', /between 1 and 500/],
    ['a basis over 500 characters', { basis: '据'.repeat(501) }, 'basis', /between 1 and 500/],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides, field, message) => {
    const reply = await refused(callers.zhongxin, proposal({ fromCode: 'X-NE-2', toCode: 'X-ICV-2', ...overrides }));
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reply)).toBe(field);
    expect(reply.errors?.[0]?.message).toMatch(message);
  });

  it('accepts an agreement that starts and ends on the same day', async () => {
    const { errors } = await add(callers.zhongxin, proposal({ fromCode: 'X-NED-1', toCode: 'X-ICV-2', effectiveFrom: '2026-01-01', effectiveTo: '2026-01-01' }));
    expect(errors).toBeUndefined();
  });

  describe('refuses an agreement that says again what one in force already says', () => {
    it.each([
      ['the same direction, overlapping the demo agreement’s last day', callers.zhongxin, { fromCode: 'X-NED-1', toCode: 'E-TY-NT', effectiveFrom: '2028-12-31' }],
      ['the same direction, open-ended from before', callers.zhongxin, { fromCode: 'X-NED-1', toCode: 'E-TY-NT', effectiveFrom: '2020-01-01', effectiveTo: null }],
      ['the reverse of a mutual agreement', callers.huadong, { fromCode: 'E-HD-ICVT', toCode: 'X-ICV-2', mutual: false, effectiveFrom: '2030-01-01' }],
      ['a mutual reverse of a one-way agreement', callers.tianyi, { fromCode: 'E-TY-NT', toCode: 'X-NED-1', mutual: true, effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' }],
    ])('%s: CONFLICT', async (_case, actor, overrides) => {
      const reply = await refused(actor, proposal(overrides));
      expect(codeOf(reply)).toBe('CONFLICT');
      expect(reply.errors?.[0]?.message).toMatch(/rec-(ned-tianyi|icv-huadong)/);
    });
  });

  it('accepts the same pair when the dates do not overlap', async () => {
    const { errors } = await add(callers.zhongxin, proposal({ fromCode: 'X-NED-1', toCode: 'E-TY-NT', effectiveFrom: '2029-01-01' }));
    expect(errors).toBeUndefined();
  });

  it('accepts a one-way agreement in the other direction of a one-way agreement', async () => {
    const { data, errors } = await add(callers.tianyi, proposal({ fromCode: 'E-TY-NT', toCode: 'X-NED-1', mutual: false, effectiveFrom: '2025-01-01' }));
    expect(errors).toBeUndefined();
    expect(data?.addRecognition.counterpart.code).toBe('X-NED-1');
  });

  it('lets only one of two concurrent identical agreements through', async () => {
    const input = proposal({ fromCode: 'X-OSOP-2', toCode: 'E-HD-ICVT', effectiveFrom: '2026-03-01' });
    const before = await hub.count(RecognitionEntity);
    const replies = await Promise.all([add(callers.xinshang, input), add(callers.xinshang, input), add(callers.admin, input)]);
    expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', undefined]);
    expect(await hub.count(RecognitionEntity)).toBe(before + 1);
  });
});
