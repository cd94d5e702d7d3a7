import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { enterpriseSubgraph } from '../definition.ts';
import { AwardEntity } from '../entities/award.ts';
import { AUTO_GRADUATE, NET_GRADUATE, callers, codeOf, holderNameOf, openHarness, type Harness, type Reply } from './harness.ts';

const kinds = await databaseKinds();

const VERIFY = /* GraphQL */ `
  query($serial: String!, $name: String!) {
    verifyCertificate(serial: $serial, holderName: $name) { authentic status issuedOn revokedOn standard { code name issuer { name } } }
  }
`;
/** Only what the check itself reads: no standard, so only the award lookup runs. */
const VERIFY_BARE = 'query($serial: String!, $name: String!) { verifyCertificate(serial: $serial, holderName: $name) { authentic status } }';
interface Verified { verifyCertificate: { authentic: boolean; status: string | null } & Record<string, unknown> }

const NED_SERIAL = 'NED1-2023-000001';
const NOT_AUTHENTIC = { authentic: false, status: null, issuedOn: null, revokedOn: null, standard: null };

describe('the answer to a certificate check, by its schema', () => {
  it('has exactly authentic, status, dates, standard and the issuer’s accreditation: no learner id, score or name to leak', () => {
    const sdl = parse(fs.readFileSync(enterpriseSubgraph.schemaPath, 'utf8'));
    // The type and every extension of it: a field added in another block counts too.
    const parts = sdl.definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'CertificateVerification',
    );
    expect(parts.flatMap((part) => part.fields ?? []).map((f) => f.name.value).sort()).toEqual(['authentic', 'issuedOn', 'issuerAccreditation', 'revokedOn', 'standard', 'status']);
  });
});

describe.each(kinds)('verifying a certificate by serial and holder name (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const verify = (actor: Actor, serial: string, name: string, query = VERIFY) => hub.run<Verified>(actor, query, { serial, name });
  const authentic = async (serial: string, name: string) => {
    const { data, errors } = await verify(callers.tianyi, serial, name);
    expect(errors).toBeUndefined();
    return data?.verifyCertificate.authentic;
  };
  /** Statements and audit entries one check costs, with its reply. */
  const costOf = async (serial: string, name: string) => {
    const before = hub.db.statements.count;
    let reply: Reply<Verified> | undefined;
    const audit = await hub.auditedBy(async () => {
      reply = await verify(callers.tianyi, serial, name, VERIFY_BARE);
    });
    return { reply, statements: hub.db.statements.count - before, audited: audit.length };
  };

  it('an anonymous caller is asked to sign in, and nothing is looked up or recorded', async () => {
    const before = hub.db.statements.count;
    const audit = await hub.auditedBy(async () => {
      const reply = await verify(callers.anonymous, NED_SERIAL, holderNameOf(NET_GRADUATE));
      expect(reply.data).toBeNull();
      expect(codeOf(reply)).toBe('UNAUTHENTICATED');
    });
    expect(audit).toEqual([]);
    expect(hub.db.statements.count).toBe(before);
  });

  it.each([
    ['a learner, about someone else’s certificate', callers.learner(AUTO_GRADUATE)],
    ['a school unrelated to the holder', callers.hillview],
    ['an admin', callers.admin],
    ['the issuer', callers.zhongxin],
  ])('any signed-in caller may check: %s', async (_who, actor) => {
    const { data, errors } = await verify(actor, NED_SERIAL, holderNameOf(NET_GRADUATE));
    expect(errors).toBeUndefined();
    expect(data?.verifyCertificate).toMatchObject({ authentic: true, status: 'VALID', standard: { code: 'X-NED-1' } });
  });

  it('never answers with the learner id, the score or the holder’s name', async () => {
    const [award] = await hub.db.dataSource.getRepository(AwardEntity).findBy({ serial: NED_SERIAL });
    const { data } = await verify(callers.tianyi, NED_SERIAL, `  ${holderNameOf(NET_GRADUATE)} `);
    const answer = JSON.stringify(data);
    expect(data?.verifyCertificate.authentic).toBe(true);
    for (const secret of [NET_GRADUATE, holderNameOf(NET_GRADUATE), String(award?.score)]) expect(answer).not.toContain(secret);
  });

  it('an unknown serial and a wrong name cost the same one lookup, record nothing, and answer the same', async () => {
    const unknown = await costOf('NED1-2023-999999', holderNameOf(NET_GRADUATE));
    const wrongName = await costOf(NED_SERIAL, holderNameOf(AUTO_GRADUATE));
    expect(unknown).toEqual({ reply: { data: { verifyCertificate: { authentic: false, status: null } }, errors: undefined }, statements: 1, audited: 0 });
    expect(wrongName).toEqual(unknown);
  });

  it('a successful check also costs the one lookup, and leaves one audit entry', async () => {
    const matched = await costOf(NED_SERIAL, holderNameOf(NET_GRADUATE));
    expect(matched).toEqual({ reply: { data: { verifyCertificate: { authentic: true, status: 'VALID' } }, errors: undefined }, statements: 1, audited: 1 });
  });

  it('when not authentic, every field but authentic is null, even the standard asked for', async () => {
    const { data, errors } = await verify(callers.tianyi, 'NO-SUCH-SERIAL', 'anyone');
    expect(errors).toBeUndefined();
    expect(data?.verifyCertificate).toEqual(NOT_AUTHENTIC);
  });

  describe('compares names as people type them', () => {
    const ZHILIAN_AWARD = /* GraphQL */ `mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }`;
    beforeAll(async () => {
      const input = { studentId: learnerId(2023, 3), holderName: 'José  Müller', standardCode: 'X-ICV-2', serial: 'ICV2-NAME-1', issuedOn: '2026-06-20', score: 80 };
      hub.schoolEnrols(input.studentId, 'José Müller');
      const { errors } = await hub.run(callers.zhilian, ZHILIAN_AWARD, { input });
      expect(errors).toBeUndefined();
    });

    it.each([
      ['spaces around it', `  ${'孙一诺'}\t`],
      ['an ideographic space around it', '\u3000孙一诺\u3000'],
    ])('ignores %s', async (_case, name) => {
      expect(await authentic(NED_SERIAL, name)).toBe(true);
    });

    it.each([
      ['decomposed accents (NFD) against a name printed precomposed', 'Jose\u0301 Mu\u0308ller'],
      ['a single space where the certificate has two', 'José Müller'],
      ['tabs and newlines inside', 'José\t\nMüller'],
    ])('accepts %s', async (_case, name) => {
      expect(await authentic('ICV2-NAME-1', name)).toBe(true);
    });

    it.each([
      ['another case', 'josé müller'],
      ['accents dropped', 'Jose Muller'],
      ['a name run together', 'JoséMüller'],
      ['part of the name', 'José'],
      ['an empty name', ''],
    ])('refuses %s', async (_case, name) => {
      expect(await authentic('ICV2-NAME-1', name)).toBe(false);
    });
  });

  it.each([
    ['in another case', NED_SERIAL.toLowerCase()],
    ['with a trailing space (MariaDB would pad it away)', `${NED_SERIAL} `],
    ['with a leading space', ` ${NED_SERIAL}`],
    ['shaped like SQL', "' OR '1'='1"],
    ['with 4-byte characters', 'NED1-𠮷-000001'],
  ])('finds a serial only exactly: not %s', async (_case, serial) => {
    expect(await authentic(serial, holderNameOf(NET_GRADUATE))).toBe(false);
  });

  it('a name shaped like SQL is just a wrong name', async () => {
    expect(await authentic(NED_SERIAL, "' OR 1=1 --")).toBe(false);
  });
});
