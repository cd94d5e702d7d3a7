import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInChina } from '@guantong/shared/clock';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AwardEntity } from '../entities/award.ts';
import { AUTO_GRADUATE, callers, codeOf, fieldOf, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const AWARD = /* GraphQL */ `
  mutation($input: AwardCertificateInput!) {
    awardCertificate(input: $input) { serial standard { code issuer { id } } status issuedOn score revokedOn revocationReason }
  }
`;
interface Awarded { awardCertificate: { serial: string; standard: { code: string; issuer: { id: string } }; status: string; issuedOn: string; score: number; revokedOn: string | null; revocationReason: string | null } }

/** A learner id whose check character is wrong: one mistyped digit. */
const MISTYPED = learnerId(2024, 7).slice(0, 11) + (learnerId(2024, 7).endsWith('0') ? '1' : '0');
/** The day after the hub's today (China Standard Time). */
const afterToday = () => addDays(todayInChina(), 1);

let next = 0;
/** Zhilian awards X-ICV-2 to a learner at the college stage, with a serial no one has used. */
const icvAward = (overrides: Record<string, unknown> = {}) => ({
  studentId: learnerId(2023, 3),
  holderName: '𠮷祥 Zhou',
  standardCode: 'X-ICV-2',
  serial: `ICV2-TEST-${String((next += 1)).padStart(6, '0')}`,
  issuedOn: '2026-06-20',
  score: 86.5,
  ...overrides,
});

describe.each(kinds)('an issuing organisation awards a certificate (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
    // The stories' holder, as the school enrolled them: a name with a character beyond the BMP.
    hub.schoolEnrols(learnerId(2023, 3), '𠮷祥 Zhou');
    hub.schoolEnrols(AUTO_GRADUATE, '𠮷祥 Zhou');
  });
  afterAll(() => hub?.close());

  const award = (actor: Actor, input: Record<string, unknown>) => hub.run<Awarded>(actor, AWARD, { input });
  /** Sends a refused award and checks that nothing at all was written. */
  const refused = async (actor: Actor, input: Record<string, unknown>) => {
    const before = await hub.count(AwardEntity);
    const reply = await award(actor, input);
    expect(reply.data ?? null).toBeNull();
    expect(await hub.count(AwardEntity)).toBe(before);
    return reply;
  };

  it('records a valid award the learner’s record then shows', async () => {
    const input = icvAward({ studentId: AUTO_GRADUATE, issuedOn: todayInChina() });
    const { data, errors } = await award(callers.zhilian, input);
    expect(errors).toBeUndefined();
    expect(data?.awardCertificate).toEqual({
      serial: input.serial,
      standard: { code: 'X-ICV-2', issuer: { id: 'org-zhilian' } },
      status: 'VALID',
      issuedOn: input.issuedOn,
      score: 86.5,
      revokedOn: null,
      revocationReason: null,
    });
    const read = await hub.run<{ _entities: { certificates: { nodes: { serial: string }[] } }[] }>(
      callers.zhilian,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { certificates { nodes { serial } } } } }',
      { r: [studentRef(AUTO_GRADUATE, ['sch-hillview', 'col-metro'])] },
    );
    expect(read.data?._entities[0]?.certificates.nodes.map((c) => c.serial)).toEqual([input.serial, 'ICV2-2026-000003']);
  });

  it('an admin may award any organisation’s certificate', async () => {
    const { errors } = await award(callers.admin, icvAward({ standardCode: 'E-TY-NT', serial: 'TY-ADMIN-1' }));
    expect(errors).toBeUndefined();
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['another organisation’s staff', callers.huadong, 'FORBIDDEN'],
    ['a college’s staff holding the issuer’s organisation id', callers.collegeAsZhilian, 'FORBIDDEN'],
    ['the pathway’s college', callers.metroCollege, 'FORBIDDEN'],
    ['the learner themselves', callers.learner(learnerId(2023, 3)), 'FORBIDDEN'],
  ])('%s may not award Zhilian’s certificate', async (_who, actor, code) => {
    expect(codeOf(await refused(actor, icvAward()))).toBe(code);
  });

  it.each([
    ['a learner id with a wrong check character', { studentId: MISTYPED }, 'studentId'],
    ['something that is not a learner id', { studentId: "GT' OR 1=1 --" }, 'studentId'],
    ['an unknown standard', { standardCode: 'X-NOPE-9' }, 'standardCode'],
    ['an issue date that is not a calendar date', { issuedOn: '2026-02-29' }, 'issuedOn'],
    ['an issue date in another format', { issuedOn: '20/06/2026' }, 'issuedOn'],
    ['an issue date in the future', { issuedOn: afterToday() }, 'issuedOn'],
    ['a negative score', { score: -0.5 }, 'score'],
    ['a score over 100', { score: 100.5 }, 'score'],
    ['a blank holder name', { holderName: ' \t ' }, 'holderName'],
    ['a holder name over 100 characters', { holderName: '王'.repeat(101) }, 'holderName'],
    ['a blank serial', { serial: '   ' }, 'serial'],
    ['a serial over 64 characters', { serial: 'A'.repeat(65) }, 'serial'],
    ['a serial with spaces inside', { serial: 'ICV2 2026 1' }, 'serial'],
    ['a serial shaped like SQL', { serial: "X'; DROP TABLE certificate_award; --" }, 'serial'],
    ['a serial with characters beyond ASCII', { serial: 'ICV2-𠮷-1' }, 'serial'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, overrides, field) => {
    const reply = await refused(callers.zhilian, icvAward(overrides));
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reply)).toBe(field);
  });

  it('requires the holder’s name as printed: an award without one is refused by the schema and writes nothing', async () => {
    const { holderName: _dropped, ...withoutName } = icvAward();
    const before = await hub.count(AwardEntity);
    for (const input of [withoutName, icvAward({ holderName: null })]) {
      const reply = await award(callers.zhilian, input);
      // Variables that do not fit the input type stop the operation before it runs: no data at all.
      expect(reply.data ?? null).toBeNull();
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0]?.message).toMatch(/holderName/);
    }
    expect(await hub.count(AwardEntity)).toBe(before);
  });

  it('stores the holder’s name trimmed, 4-byte characters intact, and never returns it', async () => {
    const input = icvAward({ holderName: '  𠮷祥 Zhou\u3000' });
    const reply = await award(callers.zhilian, input);
    expect(reply.errors).toBeUndefined();
    expect(JSON.stringify(reply.data)).not.toContain('𠮷祥');
    const stored = await hub.db.dataSource.getRepository(AwardEntity).findOneByOrFail({ serial: String(input.serial) });
    expect(stored.holderName).toBe('𠮷祥 Zhou');
  });

  it('says what a serial may contain', async () => {
    const reply = await refused(callers.zhilian, icvAward({ serial: 'ICV2/2026/1' }));
    expect(reply.errors?.[0]?.message).toMatch(/letters.*digits.*hyphens.*\[A-Za-z0-9-\]\+/);
  });

  it('accepts the largest serial, and scores of exactly 0 and 100', async () => {
    for (const [serial, score] of [['S'.repeat(64), 0], ['ICV2-TOP-1', 100]] as const) {
      const { errors } = await award(callers.zhilian, icvAward({ serial, score }));
      expect(errors).toBeUndefined();
    }
  });

  it('refuses a serial already awarded, by any organisation, with CONFLICT', async () => {
    const reply = await refused(callers.zhilian, icvAward({ serial: 'HDICVT-2026-000004' }));
    expect(codeOf(reply)).toBe('CONFLICT');
    expect(reply.errors?.[0]?.message).toMatch(/already been awarded/);
  });

  it('treats serials that differ only in case as different serials, on every database', async () => {
    const { errors } = await award(callers.huadong, icvAward({ standardCode: 'E-HD-ICVT', serial: 'hdicvt-2026-000004' }));
    expect(errors).toBeUndefined();
  });

  it('lets only one of two concurrent awards with the same serial through', async () => {
    const input = icvAward({ serial: 'ICV2-RACE-1' });
    const before = await hub.count(AwardEntity);
    const replies = await Promise.all([award(callers.zhilian, input), award(callers.zhilian, input), award(callers.admin, input)]);
    expect(replies.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', undefined]);
    expect(await hub.count(AwardEntity)).toBe(before + 1);
  });
});
