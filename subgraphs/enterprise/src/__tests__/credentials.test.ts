/**
 * Certificates as signed Open Badges 3.0 credentials, on SQLite and MariaDB:
 * issued, fetched by those who may read the award, verified, revoked through
 * the issuer's status list, and refused when tampered with, from an unknown
 * issuer, expired, or when the status list cannot be fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, DEMO_ISSUER_KEY_SECRETS } from '@guantong/shared/config';
import { deriveIssuer, signCredential, type Credential } from '@guantong/shared/credentials';
import { openBadgeSchemaErrors as obSchemaErrors } from '@guantong/shared/credentials';
import { AuditEntryEntity } from '@guantong/shared/audit';
import { databaseKinds } from '@guantong/shared/testing';
import { StatusEntryEntity, StatusListEntity } from '../entities/credential-status.ts';
import { CredentialShareEntity } from '../entities/credential-share.ts';
import { pinClock } from '@guantong/shared/clock';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { enterpriseSubgraph } from '../definition.ts';
import { callers, codeOf, consentTo, freshLearner, holderNameOf, NET_GRADUATE, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const PUBLIC_URL = loadConfig({}).credentials.publicUrl!;
const NOW = '2026-11-23T04:00:00.000Z';

const CREDENTIALS = /* GraphQL */ `
  query($r: [_Any!]!, $named: Boolean) { _entities(representations: $r) { ... on Student { id certificates { nodes { serial status standard { code } credential(named: $named) } } } } }
`;
const VERIFY = /* GraphQL */ `
  query($c: JSON!) { verifyCredential(credential: $c) { verified summary checks { name passed message } issuer { id name } standard { code } } }
`;
const AWARD = /* GraphQL */ `
  mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial credential } }
`;
const REVOKE = /* GraphQL */ `mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { serial status } }`;

interface Award { serial: string; status: string; standard: { code: string }; credential: Credential }
interface Check { name: string; passed: boolean; message: string }
interface Verification { verified: boolean; summary: string; checks: Check[]; issuer: { id: string; name: string } | null; standard: { code: string } | null }

const byName = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.name, c]));
const subjectOf = (c: Credential) => c.credentialSubject as { identifier: Array<Record<string, unknown>>; achievement: Record<string, unknown> };

describe.each(kinds)('certificates as verifiable credentials (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  async function credentialsOf(actor: Parameters<Harness['run']>[0], studentId: string, options: { named?: boolean; grants?: ReturnType<typeof consentTo>[] } = {}) {
    const res = await hub.run<{ _entities: Array<{ certificates: { nodes: Award[] } | null }> }>(actor, CREDENTIALS, { r: [studentRef(studentId, [], options.grants ?? [])], named: options.named ?? false });
    return { awards: res.data?._entities[0]?.certificates?.nodes ?? null, errors: res.errors ?? [] };
  }
  const verify = async (credential: unknown) => {
    const res = await hub.run<{ verifyCredential: Verification }>(callers.anonymous, VERIFY, { c: credential });
    expect(res.errors).toBeUndefined();
    return res.data!.verifyCredential;
  };

  it('the learner fetches each certificate as a signed OB 3.0 credential that conforms to 1EdTech\'s schema and names them only by a salted hash', async () => {
    const { awards, errors } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    expect(errors).toEqual([]);
    expect(awards!.length).toBeGreaterThan(0);
    for (const award of awards!) {
      const c = award.credential;
      expect(obSchemaErrors(c)).toEqual([]);
      expect(c).toMatchObject({
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: 'did:web:localhost%3A4000:issuers:org-zhongxin', name: expect.any(String) },
        credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `${PUBLIC_URL}/issuers/org-zhongxin/status/revocation/0` },
        proof: [expect.objectContaining({ cryptosuite: 'eddsa-rdfc-2022', verificationMethod: 'did:web:localhost%3A4000:issuers:org-zhongxin#key-1' })],
      });
      expect(c.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
      expect(subjectOf(c).achievement).toMatchObject({ humanCode: award.standard.code, type: ['Achievement'], criteria: { narrative: expect.any(String) } });
      const text = JSON.stringify(c);
      expect(text).not.toContain(NET_GRADUATE);
      expect(text).not.toContain(holderNameOf(NET_GRADUATE));
      expect(subjectOf(c).identifier).toEqual([expect.objectContaining({ type: 'IdentityObject', hashed: true, identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/) })]);
    }
    const verdict = await verify(awards![0].credential);
    expect(verdict).toMatchObject({ verified: true, issuer: { id: 'org-zhongxin' }, standard: { code: awards![0].standard.code } });
    expect(verdict.checks.map((c) => c.name)).toEqual(['proof', 'issuerKey', 'status', 'validity', 'knownIssuer', 'accredited', 'schema']);
    expect(verdict.summary).toMatch(/^This credential is valid: /);
  });

  it('the recognitions the hub knows travel with the credential as alignments', async () => {
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const aligned = awards!.map((a) => subjectOf(a.credential).achievement.alignment as Array<{ targetCode: string; targetDescription: string }> | undefined).filter(Boolean);
    expect(aligned.length).toBeGreaterThan(0);
    expect(aligned[0]![0]).toMatchObject({ targetCode: expect.any(String), targetDescription: expect.stringMatching(/^Holders count as holders of /) });
  });

  it('a named copy carries the printed name, for the learner and the guardian only', async () => {
    const own = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE, { named: true });
    expect(own.errors).toEqual([]);
    expect(subjectOf(own.awards![0].credential).identifier).toContainEqual({ type: 'IdentityObject', hashed: false, identityHash: holderNameOf(NET_GRADUATE), identityType: 'name' });
    expect(obSchemaErrors(own.awards![0].credential)).toEqual([]);
    expect((await credentialsOf(callers.guardian(NET_GRADUATE), NET_GRADUATE, { named: true })).errors).toEqual([]);
    const issuer = await credentialsOf(callers.zhongxin, NET_GRADUATE, { named: true });
    expect(issuer.errors.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(issuer.awards ?? [])).not.toContain(holderNameOf(NET_GRADUATE));
  });

  it('only those who may read the award fetch its credential: not another learner, not an enterprise without consent', async () => {
    const other = await credentialsOf(callers.learner(freshLearner()), NET_GRADUATE);
    expect(other.awards ?? []).toEqual([]);
    const stranger = await credentialsOf(callers.zhilian, NET_GRADUATE);
    expect(stranger.awards ?? []).toEqual([]);
    const consented = await credentialsOf(callers.zhilian, NET_GRADUATE, { grants: [consentTo('org-zhilian', 'CERTIFICATES')] });
    expect(consented.errors).toEqual([]);
    expect(consented.awards!.length).toBeGreaterThan(0);
    const anonymous = await credentialsOf(callers.anonymous, NET_GRADUATE);
    expect(anonymous.awards).toBeNull();
  });

  it('a new award takes the next index of its issuer\'s list in its own transaction, and concurrent awards never share one', async () => {
    const learners = Array.from({ length: 5 }, () => freshLearner());
    for (const id of learners) hub.schoolEnrols(id, `学员${id.slice(-4)}`);
    const replies = await Promise.all(learners.map((id, i) => hub.run<{ awardCertificate: { serial: string; credential: Credential } }>(callers.zhongxin, AWARD, {
      input: { studentId: id, holderName: `学员${id.slice(-4)}`, standardCode: 'X-NED-1', serial: `VC-${kind}-${i}`, issuedOn: '2026-11-20', score: 80 + i },
    })));
    expect(replies.map((r) => r.errors)).toEqual(learners.map(() => undefined));
    const entries = await hub.db.dataSource.getRepository(StatusEntryEntity).findBy({ issuerId: 'org-zhongxin' });
    const indexes = entries.map((e) => e.statusIndex);
    expect(new Set(indexes).size).toBe(indexes.length);
    const list = await hub.db.dataSource.getRepository(StatusListEntity).findOneByOrFail({ issuerId: 'org-zhongxin' });
    expect(list.nextIndex).toBe(Math.max(...indexes) + 1);
    for (const reply of replies) expect((await verify(reply.data!.awardCertificate.credential)).verified).toBe(true);
  });

  it('revocation sets the award\'s bit in the same transaction: the credential still verifies cryptographically, and fails its status', async () => {
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const award = awards!.find((a) => a.status === 'VALID')!;
    const before = await hub.db.dataSource.getRepository(StatusListEntity).findOneByOrFail({ issuerId: 'org-zhongxin' });
    const res = await hub.run(callers.zhongxin, REVOKE, { input: { serial: award.serial, reason: 'assessment irregularity' } });
    expect(res.errors).toBeUndefined();
    const after = await hub.db.dataSource.getRepository(StatusListEntity).findOneByOrFail({ issuerId: 'org-zhongxin' });
    expect(after.revision).toBe(before.revision + 1);
    const checks = byName((await verify(award.credential)).checks);
    expect(checks.proof.passed).toBe(true);
    expect(checks.status).toEqual({ name: 'status', passed: false, message: 'the issuer\'s status list marks the credential as revoked' });
  });

  it('a changed proof, a changed subject and a changed character fail the proof', async () => {
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const original = awards!.find((a) => a.status === 'VALID')!.credential;
    const proof = structuredClone(original) as Credential & { proof: Array<{ proofValue: string }> };
    proof.proof[0].proofValue = proof.proof[0].proofValue.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    const subject = structuredClone(original);
    subjectOf(subject).identifier[0].identityHash = `sha256$${'0'.repeat(64)}`;
    const score = JSON.parse(JSON.stringify(original).replace(/"value":"(\d)/, (_m, d: string) => `"value":"${d === '9' ? '8' : '9'}`)) as Credential;
    for (const tampered of [proof, subject, score]) {
      expect(JSON.stringify(tampered)).not.toBe(JSON.stringify(original));
      const verdict = await verify(tampered);
      expect(verdict.verified).toBe(false);
      expect(byName(verdict.checks).proof.passed).toBe(false);
      expect(verdict.summary).toMatch(/^This credential is NOT valid: /);
    }
  });

  it('a credential from an issuer the hub does not know fails, even when well signed', async () => {
    const stranger = await deriveIssuer(Buffer.alloc(32, 'someone else entirely, not a hub'), PUBLIC_URL, 'org-nobody');
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const copy = structuredClone(awards![0].credential);
    delete copy.proof;
    const forged = await signCredential({ ...copy, issuer: { id: stranger.did, type: ['Profile'], name: 'Nobody' } }, stranger, { created: NOW });
    const checks = byName((await verify(forged)).checks);
    expect(checks.knownIssuer).toEqual({ name: 'knownIssuer', passed: false, message: `the issuer ${stranger.did} is not an organisation on this hub` });
    expect(checks.issuerKey.passed).toBe(false);
    expect(checks.proof.passed).toBe(false);
  });

  it('an expired credential fails its validity; a status list that cannot be fetched fails its status, saying so', async () => {
    const issuer = await deriveIssuer(DEMO_ISSUER_KEY_SECRETS.enterprise, PUBLIC_URL, 'org-zhongxin');
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const copy = structuredClone(awards![0].credential);
    delete copy.proof;
    // Valid for one day after its issue, long before today.
    const validUntil = `${new Date(Date.parse(String(copy.validFrom)) + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10)}T00:00:00+08:00`;
    expect(validUntil < NOW).toBe(true);
    const expired = await signCredential({ ...copy, validUntil }, issuer, { created: NOW });
    const expiredChecks = byName((await verify(expired)).checks);
    expect(expiredChecks.validity).toEqual({ name: 'validity', passed: false, message: `the credential expired at ${validUntil}` });
    expect(expiredChecks.proof.passed).toBe(true);
    const status = { ...(copy.credentialStatus as object), statusListCredential: `${PUBLIC_URL}/issuers/org-zhongxin/status/revocation/7`, id: `${PUBLIC_URL}/issuers/org-zhongxin/status/revocation/7#1` };
    const unreachable = await signCredential({ ...copy, credentialStatus: status }, issuer, { created: NOW });
    const statusCheck = byName((await verify(unreachable)).checks).status;
    expect(statusCheck.passed).toBe(false);
    expect(statusCheck.message).toMatch(/^the status list could not be checked: Could not load "BitstringStatusListCredential"; reason: refused to load https:\/\/localhost:4000\/issuers\/org-zhongxin\/status\/revocation\/7/);
  });

  it('verification is open to anyone and writes nothing: no audit entry, no row', async () => {
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const count = async () => [await hub.audit.dataSource.getRepository(AuditEntryEntity).count(), await hub.count(StatusEntryEntity), await hub.count(StatusListEntity), await hub.count(CredentialShareEntity)];
    const before = await count();
    await verify(awards![0].credential);
    expect(await count()).toEqual(before);
  });

  it('what is not a credential is refused with BAD_USER_INPUT, saying what is accepted', async () => {
    const res = await hub.run(callers.anonymous, VERIFY, { c: 'not a credential' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('credential must be a verifiable credential: a JSON object, or a string holding one');
    const text = await hub.run<{ verifyCredential: Verification }>(callers.anonymous, VERIFY, { c: JSON.stringify({ hello: 'world' }) });
    expect(text.data!.verifyCredential.verified).toBe(false);
  });

  it('each issuer publishes its DID document and JWKS, and its signed status list; an unknown organisation has none', async () => {
    const res = await hub.run<{ certificationIssuer: { did: string; didDocument: { verificationMethod: Array<{ id: string }> }; jwks: { keys: Array<{ kid: string }> } } | null; none: null; list: Credential | null; missing: null }>(callers.anonymous, `{
      certificationIssuer(organizationId: "org-zhongxin") { did didDocument jwks }
      none: certificationIssuer(organizationId: "org-nobody") { did }
      list: certificateStatusList(organizationId: "org-zhongxin", list: 0)
      missing: certificateStatusList(organizationId: "org-zhongxin", list: 1)
    }`);
    expect(res.errors).toBeUndefined();
    const { certificationIssuer, none, list, missing } = res.data!;
    expect(certificationIssuer!.did).toBe('did:web:localhost%3A4000:issuers:org-zhongxin');
    expect(certificationIssuer!.didDocument.verificationMethod[0].id).toBe(`${certificationIssuer!.did}#key-1`);
    expect(certificationIssuer!.jwks.keys[0].kid).toBe(`${certificationIssuer!.did}#key-1`);
    expect(none).toBeNull();
    expect(list).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: certificationIssuer!.did });
    expect(missing).toBeNull();
  });

  it('the learner\'s share link works for anyone until it expires or is revoked; making and revoking it are audited; nobody else may', async () => {
    const SHARE = `mutation($s: ID!, $on: Date) { shareCertificateCredential(serial: $s, expiresOn: $on) { url share { id serial named expiresAt revokedAt } } }`;
    const REVOKE_SHARE = `mutation($id: ID!) { revokeCredentialShare(id: $id) { id revokedAt } }`;
    const FETCH = `query($secret: String!) { sharedCredential(secret: $secret) }`;
    const { awards } = await credentialsOf(callers.learner(NET_GRADUATE), NET_GRADUATE);
    const serial = awards![0].serial;
    const entries = await hub.auditedBy(() => hub.run(callers.guardian(NET_GRADUATE), SHARE, { s: serial, on: '2026-12-31' }));
    expect(entries.map((e) => [e.studentId, e.parts, e.outcome, e.reason])).toEqual([[NET_GRADUATE, 'CERTIFICATES:shareCertificateCredential', 'ALLOWED', 'guardian']]);
    const made = await hub.run<{ shareCertificateCredential: { url: string; share: { id: string; expiresAt: string } } }>(callers.learner(NET_GRADUATE), SHARE, { s: serial, on: '2026-12-31' });
    expect(made.errors).toBeUndefined();
    const { url, share } = made.data!.shareCertificateCredential;
    expect(share.expiresAt).toBe('2026-12-31T16:00:00.000Z');
    const secret = url.split('/').pop()!;
    const fetched = await hub.auditedBy(async () => {
      const res = await hub.run<{ sharedCredential: Credential | null }>(callers.anonymous, FETCH, { secret });
      // (An earlier story revoked one of this learner's awards: the proof is what the link must keep intact.)
      expect(byName((await verify(res.data!.sharedCredential)).checks).proof.passed).toBe(true);
    });
    expect(fetched.map((e) => [e.parts, e.reason, e.purpose])).toEqual([['CERTIFICATES:sharedCredential', 'consent', `share link ${share.id}`]]);
    expect((await hub.run<{ sharedCredential: null }>(callers.anonymous, FETCH, { secret: `${secret}x` })).data!.sharedCredential).toBeNull();

    try {
      pinClock('2027-01-01');
      expect((await hub.run<{ sharedCredential: null }>(callers.anonymous, FETCH, { secret })).data!.sharedCredential).toBeNull();
    } finally {
      pinClock(DEMO_TODAY);
    }
    expect(codeOf(await hub.run(callers.learner(NET_GRADUATE), SHARE, { s: serial, on: '2028-01-01' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hub.run(callers.zhongxin, SHARE, { s: serial }))).toBe('NOT_FOUND');
    expect(codeOf(await hub.run(callers.admin, SHARE, { s: serial }))).toBe('NOT_FOUND');
    expect(codeOf(await hub.run(callers.anonymous, SHARE, { s: serial }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await hub.run(callers.learner(freshLearner()), REVOKE_SHARE, { id: share.id }))).toBe('NOT_FOUND');

    const first = await hub.run<{ revokeCredentialShare: { revokedAt: string } }>(callers.learner(NET_GRADUATE), REVOKE_SHARE, { id: share.id });
    const again = await hub.run<{ revokeCredentialShare: { revokedAt: string } }>(callers.learner(NET_GRADUATE), REVOKE_SHARE, { id: share.id });
    expect(again.data!.revokeCredentialShare.revokedAt).toBe(first.data!.revokeCredentialShare.revokedAt);
    expect((await hub.run<{ sharedCredential: null }>(callers.anonymous, FETCH, { secret })).data!.sharedCredential).toBeNull();
    const listed = await hub.run<{ _entities: Array<{ certificates: { nodes: Array<{ credentialShares: { nodes: Array<{ id: string; revokedAt: string | null }> } }> } }> }>(
      callers.learner(NET_GRADUATE), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { certificates { nodes { credentialShares { nodes { id revokedAt } } } } } } }`, { r: [studentRef(NET_GRADUATE, [])] },
    );
    expect(listed.data!._entities[0].certificates.nodes[0].credentialShares.nodes.map((x) => x.id)).toContain(share.id);
  });
});

describe('issuer keys in production', () => {
  it('the enterprise subgraph refuses to start without its own issuer secret and the public URL', () => {
    const production = { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: 'p'.repeat(40), GATEWAY_PUBLIC_KEY: JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: 'eW5eCHVIOF8-gQAH0Kz68OxLuQa8IWiVIt6oEE-QP4Z' }), PII_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'), PII_INDEX_KEY: Buffer.alloc(32, 2).toString('base64') };
    expect(() => enterpriseSubgraph.checkConfig!(loadConfig(production))).toThrow(/CREDENTIALS_PUBLIC_URL/);
    expect(() => enterpriseSubgraph.checkConfig!(loadConfig({ ...production, CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn', COLLEGE_ISSUER_KEY_SECRET: Buffer.alloc(32, 3).toString('base64') }))).toThrow(/ENTERPRISE_ISSUER_KEY_SECRET/);
    expect(() => enterpriseSubgraph.checkConfig!(loadConfig({ ...production, CREDENTIALS_PUBLIC_URL: 'https://hub.example.cn', ENTERPRISE_ISSUER_KEY_SECRET: Buffer.alloc(32, 3).toString('base64') }))).not.toThrow();
  });
});
