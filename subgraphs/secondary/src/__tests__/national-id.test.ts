import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { LearnerEntity } from '../entities/learner.ts';
import { maskNationalId } from '../identity/national-id.ts';
import { EC_LEARNER, NET_LEARNER, callers, nationalIdFor, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const roster = demoRoster();
const numberOf = (id: string) => roster.students.find((s) => s.id === id)!.nationalId;
const NET_NUMBER = numberOf(NET_LEARNER);
const EC_NUMBER = numberOf(EC_LEARNER);
/** Any GB 11643-shaped number. */
const NATIONAL_ID_PATTERN = /\d{17}[\dX]/;

const READ = /* GraphQL */ `
  query($r: [_Any!]!, $unmasked: Boolean!) { _entities(representations: $r) { ... on Student { id nationalId(unmasked: $unmasked) } } }
`;
const netRef = studentRef(NET_LEARNER, ['sch-riverside', 'col-metro']);
const huadongIdentity = [{ organizationId: 'org-huadong', scopes: ['IDENTITY' as const], purpose: 'recruitment screening' }];

describe.each(kinds)('a learner’s national ID (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (actor: Actor, unmasked: boolean, ref: object = netRef) => {
    const { data, errors, audit } = await hub.runAudited<{ _entities: { id: string; nationalId: string | null }[] }>(actor, READ, { r: [ref], unmasked });
    return { nationalId: data?._entities[0]?.nationalId ?? null, code: errors?.[0]?.extensions?.code, audit };
  };

  describe('is shown masked to every reader allowed the learner’s identity', () => {
    it.each([
      ['the enrolling school', callers.riverside],
      ['the partner college on the pathway', callers.metroCollege],
      ['the learner themself', callers.learner(NET_LEARNER)],
      ['the learner’s guardian', callers.guardian(NET_LEARNER)],
      ['an admin', callers.admin],
    ])('%s', async (_who, actor) => {
      const { nationalId, code, audit } = await read(actor, false);
      expect(code).toBeUndefined();
      expect(nationalId).toBe(maskNationalId(NET_NUMBER));
      expect(nationalId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(audit).toMatchObject([{ studentId: NET_LEARNER, parts: 'IDENTITY:nationalId', outcome: 'ALLOWED' }]);
    });

    it('an enterprise the learner granted IDENTITY to', async () => {
      const { nationalId, audit } = await read(callers.huadong, false, studentRef(NET_LEARNER, ['sch-riverside'], huadongIdentity));
      expect(nationalId).toBe(maskNationalId(NET_NUMBER));
      expect(audit).toMatchObject([{ outcome: 'ALLOWED', reason: 'consent', purpose: 'recruitment screening' }]);
    });
  });

  it.each([
    ['another school', callers.hillview, 'FORBIDDEN'],
    ['an enterprise without consent', callers.huadong, 'FORBIDDEN'],
    ['another learner', callers.learner(EC_LEARNER), 'FORBIDDEN'],
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
  ])('is refused, even masked, to %s, and the refusal is audited', async (_who, actor, expected) => {
    const { nationalId, code, audit } = await read(actor, false);
    expect(nationalId).toBeNull();
    expect(code).toBe(expected);
    expect(audit).toMatchObject([{ studentId: NET_LEARNER, parts: 'IDENTITY:nationalId', outcome: 'DENIED' }]);
  });

  it.each([
    ['the enrolling school', callers.riverside, 'relationship'],
    ['an admin', callers.admin, 'administration'],
  ])('is shown in full to %s, and each such read is audited as nationalId(full)', async (_who, actor, basis) => {
    const { nationalId, code, audit } = await read(actor, true);
    expect(code).toBeUndefined();
    expect(nationalId).toBe(NET_NUMBER);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ service: 'secondary', studentId: NET_LEARNER, parts: 'IDENTITY:nationalId(full)', outcome: 'ALLOWED', reason: basis });
    expect(audit[0]!.requestId).not.toBe('');
  });

  it.each([
    ['the partner college', callers.metroCollege, 'FORBIDDEN'],
    ['the learner themself', callers.learner(NET_LEARNER), 'FORBIDDEN'],
    ['the learner’s guardian', callers.guardian(NET_LEARNER), 'FORBIDDEN'],
    ['another school', callers.hillview, 'FORBIDDEN'],
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
  ])('is refused in full to %s, and the refused attempt is audited as nationalId(full)', async (_who, actor, expected) => {
    const { nationalId, code, audit } = await read(actor, true);
    expect(nationalId).toBeNull();
    expect(code).toBe(expected);
    expect(audit).toMatchObject([{ studentId: NET_LEARNER, parts: 'IDENTITY:nationalId(full)', outcome: 'DENIED' }]);
  });

  it('is refused in full to an enterprise even with the learner’s consent to IDENTITY', async () => {
    const { nationalId, code, audit } = await read(callers.huadong, true, studentRef(NET_LEARNER, [], huadongIdentity));
    expect(nationalId).toBeNull();
    expect(code).toBe('FORBIDDEN');
    expect(audit[0]).toMatchObject({ parts: 'IDENTITY:nationalId(full)', outcome: 'DENIED', organizationId: 'org-huadong' });
    expect(audit[0]!.reason).toMatch(/enrolling school/);
  });

  it('a school reads the full numbers of many of its learners at once, each decrypted to its own learner', async () => {
    const riverside = roster.students.filter((s) => s.secondary.schoolId === 'sch-riverside').slice(0, 12);
    const { data, errors } = await hub.run<{ _entities: { id: string; nationalId: string }[] }>(
      callers.riverside, READ, { r: riverside.map((s) => studentRef(s.id)), unmasked: true },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual(riverside.map((s) => ({ id: s.id, nationalId: s.nationalId })));
  });

  it('the databases never hold a national ID in plain text: the learner table holds ciphertexts and blind indexes', async () => {
    const rows: Record<string, unknown>[] = await hub.db.dataSource.query('SELECT * FROM learner');
    expect(rows.length).toBeGreaterThanOrEqual(315);
    expect(Object.keys(rows[0]!).sort()).toEqual(['birth_date', 'id', 'name', 'national_id_cipher', 'national_id_index']);
    // The blind index is hex, where 18 digits in a row occur by chance: it is checked for its own shape instead.
    const values = rows.flatMap(({ national_id_index: _index, ...row }) => Object.values(row).map(String));
    expect(values.filter((value) => NATIONAL_ID_PATTERN.test(value))).toEqual([]);
    const numbers = roster.students.map((s) => s.nationalId);
    expect(rows.flatMap((row) => Object.values(row).map(String)).filter((value) => numbers.some((n) => value.includes(n)))).toEqual([]);
    expect(rows.every((row) => String(row.national_id_cipher).startsWith('v1:'))).toBe(true);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(String(row.national_id_index)))).toBe(true);
    // Full numbers have been read in this suite: the audit trail names the read, never the number.
    const audit: Record<string, unknown>[] = await hub.audit.dataSource.query('SELECT * FROM audit_entry');
    expect(audit.length).toBeGreaterThan(0);
    // The chain's hashes are hex too, checked for their shape like the blind index.
    expect(audit.flatMap(({ hash: _hash, prev_hash: _prev, ...row }) => Object.values(row).map(String)).filter((value) => NATIONAL_ID_PATTERN.test(value))).toEqual([]);
    expect(audit.every((row) => /^[0-9a-f]{64}$/.test(String(row.hash)) && /^[0-9a-f]{64}$/.test(String(row.prev_hash)))).toBe(true);
  });

  it('a ciphertext copied onto another learner’s row does not decrypt: that learner’s field fails, the others still resolve', async () => {
    const [victim, donor, bystander] = roster.students.slice(200, 203);
    const learners = hub.db.dataSource.getRepository(LearnerEntity);
    const { nationalIdCipher } = await learners.findOneByOrFail({ id: donor!.id });
    await learners.update({ id: victim!.id }, { nationalIdCipher });
    const { data, errors } = await hub.run<{ _entities: { id: string; nationalId: string | null }[] }>(
      callers.admin, READ, { r: [studentRef(victim!.id), studentRef(bystander!.id)], unmasked: true },
    );
    expect(data?._entities).toEqual([{ id: victim!.id, nationalId: null }, { id: bystander!.id, nationalId: bystander!.nationalId }]);
    expect(errors).toMatchObject([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(errors)).not.toMatch(NATIONAL_ID_PATTERN);
  });

  describe('lookup by national ID', () => {
    const LOOKUP = /* GraphQL */ `query($n: String!) { studentByNationalId(nationalId: $n) { id name } }`;
    const lookup = async (actor: Actor, nationalId: string) => {
      const { data, errors, audit } = await hub.runAudited<{ studentByNationalId: { id: string; name: string | null } | null }>(actor, LOOKUP, { n: nationalId });
      return { student: data?.studentByNationalId ?? null, errors, audit };
    };

    it('the enrolling school finds its learner, and the lookup is audited', async () => {
      const { student, errors, audit } = await lookup(callers.riverside, NET_NUMBER);
      expect(errors).toBeUndefined();
      expect(student).toEqual({ id: NET_LEARNER, name: roster.students.find((s) => s.id === NET_LEARNER)!.name });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ studentId: NET_LEARNER, outcome: 'ALLOWED', reason: 'relationship', organizationId: 'sch-riverside' });
      expect(audit[0]!.parts.split(',')).toEqual(['IDENTITY:name', 'IDENTITY:studentByNationalId']);
    });

    it('an admin finds a learner of any school', async () => {
      const { student, audit } = await lookup(callers.admin, EC_NUMBER);
      expect(student?.id).toBe(EC_LEARNER);
      expect(audit[0]).toMatchObject({ outcome: 'ALLOWED', reason: 'administration' });
    });

    it('costs one SQL statement', async () => {
      const before = hub.db.statements.count;
      const { data } = await hub.run<{ studentByNationalId: { id: string } }>(callers.riverside, 'query($n: String!) { studentByNationalId(nationalId: $n) { id } }', { n: NET_NUMBER });
      expect(data?.studentByNationalId.id).toBe(NET_LEARNER);
      expect(hub.db.statements.count - before).toBe(1);
    });

    it.each([
      ['another school', callers.hillview],
      ['the partner college', callers.metroCollege],
      ['an enterprise', callers.huadong],
      ['the learner themself', callers.learner(NET_LEARNER)],
    ])('%s gets null, as for an unknown number, yet the refused attempt is audited', async (_who, actor) => {
      const { student, errors, audit } = await lookup(actor, NET_NUMBER);
      expect(errors).toBeUndefined();
      expect(student).toBeNull();
      expect(audit).toMatchObject([{ studentId: NET_LEARNER, parts: 'IDENTITY:studentByNationalId', outcome: 'DENIED' }]);
    });

    it('a number no learner has is null, with nothing to audit', async () => {
      const { student, errors, audit } = await lookup(callers.riverside, nationalIdFor('19991231', 999, '110105'));
      expect(errors).toBeUndefined();
      expect(student).toBeNull();
      expect(audit).toEqual([]);
    });

    it('refuses a malformed number with BAD_USER_INPUT, without echoing it', async () => {
      const malformed = `${NET_NUMBER.slice(0, 17)}${NET_NUMBER[17] === '0' ? '1' : '0'}`;
      const { errors } = await lookup(callers.riverside, malformed);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalId' });
      expect(errors?.[0]?.message).not.toContain(malformed);
    });

    it('asks an anonymous caller to sign in before looking anything up', async () => {
      const before = hub.db.statements.count;
      const { errors, audit } = await lookup(callers.anonymous, NET_NUMBER);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(hub.db.statements.count).toBe(before);
      expect(audit).toEqual([]);
    });
  });
});
