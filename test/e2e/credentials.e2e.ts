/**
 * Verifiable certificates end to end: the hub exports credentials, and a
 * verifier that imports nothing of ours (test/independent/verify-credential.mjs,
 * run as a child process) checks them with Digital Bazaar's libraries, the
 * published contexts and the issuer's DID document fetched from the hub. Every
 * exported credential is also validated against 1EdTech's OB 3.0 JSON Schema.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { openBadgeSchemaErrors as obSchemaErrors } from '@guantong/shared/credentials';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';

const run = promisify(execFile);
const kinds = await databaseKinds();
const NET_GRADUATE = learnerId(2021, 1); // X-NED-1 and X-NE-2, both from Zhongxin
const REVOKED_HOLDER = learnerId(2022, 4); // the demo's revoked X-NED-1
const SCRIPT = path.join(root, 'test/independent/verify-credential.mjs');

type Credential = Record<string, unknown>;
interface Award { serial: string; status: string; standard: { code: string }; credential: Credential }
interface Independent { verified: boolean; proof: boolean; status: string; revoked: boolean; errors: string[] }

describe.each(kinds)('verifiable certificates, checked by an independent verifier (%s)', (kind) => {
  let hub: Hub;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    base = new URL(hub.gateway.url).origin;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-vc-'));
  });
  afterAll(async () => {
    await hub?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function certificatesOf(studentId: string): Promise<Award[]> {
    const token = await hub.token({ role: 'STUDENT', student: studentId });
    const res = await hub.query<{ student: { certificates: { nodes: Award[] } } }>(`query($id: LearnerId!) { student(id: $id) { certificates { nodes { serial status standard { code } credential } } } }`, { id: studentId }, token);
    expect(res.errors).toBeUndefined();
    for (const award of res.data!.student.certificates.nodes) expect(obSchemaErrors(award.credential), award.serial).toEqual([]);
    return res.data!.student.certificates.nodes;
  }

  let counter = 0;
  async function independent(credential: Credential): Promise<Independent> {
    const file = path.join(dir, `credential-${(counter += 1)}.json`);
    fs.writeFileSync(file, JSON.stringify(credential));
    const child = await run(process.execPath, [SCRIPT, base, file], { cwd: root }).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
    );
    const result = JSON.parse(child.stdout) as Independent;
    expect(child.code).toBe(result.verified ? 0 : 1);
    return result;
  }

  it('a valid award passes; after revokeCertificate its status fails while its proof still holds; one changed character fails the proof', async () => {
    const awards = await certificatesOf(NET_GRADUATE);
    const valid = awards.find((a) => a.standard.code === 'X-NED-1')!;
    const toRevoke = awards.find((a) => a.standard.code === 'X-NE-2')!;
    expect(await independent(valid.credential)).toEqual({ verified: true, proof: true, status: 'valid', revoked: false, errors: [] });
    expect((await independent(toRevoke.credential)).verified).toBe(true);

    const staff = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const revoke = await hub.query(`mutation($s: String!) { revokeCertificate(input: { serial: $s, reason: "assessment irregularity" }) { status } }`, { s: toRevoke.serial }, staff);
    expect(revoke.errors).toBeUndefined();
    expect(await independent(toRevoke.credential)).toMatchObject({ verified: false, proof: true, status: 'revoked', revoked: true });

    const text = JSON.stringify(valid.credential);
    const at = text.indexOf('"name":"') + 8;
    const tampered = JSON.parse(text.slice(0, at) + (text[at] === 'X' ? 'Y' : 'X') + text.slice(at + 1)) as Credential;
    expect(await independent(tampered)).toMatchObject({ verified: false, proof: false });
  });

  it('the demo\'s award revoked before any export fails its status too', async () => {
    const revoked = (await certificatesOf(REVOKED_HOLDER)).find((a) => a.status === 'REVOKED')!;
    expect(await independent(revoked.credential)).toMatchObject({ verified: false, proof: true, status: 'revoked' });
  });

  it('the hub\'s own verifyCredential agrees, for anyone and without a token', async () => {
    const awards = await certificatesOf(NET_GRADUATE);
    const query = `query($c: JSON!) { verifyCredential(credential: $c) { verified summary checks { name passed } issuer { name } standard { code recognitions { counterpart { code } } } } }`;
    const valid = await hub.query<{ verifyCredential: { verified: boolean; standard: { code: string } } }>(query, { c: awards.find((a) => a.status === 'VALID')!.credential });
    expect(valid.errors).toBeUndefined();
    expect(valid.data!.verifyCredential).toMatchObject({ verified: true, standard: { code: 'X-NED-1' } });
    const revoked = await hub.query<{ verifyCredential: { verified: boolean; checks: Array<{ name: string; passed: boolean }> } }>(query, { c: awards.find((a) => a.status === 'REVOKED')!.credential });
    expect(revoked.data!.verifyCredential.verified).toBe(false);
    expect(revoked.data!.verifyCredential.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['status']);
  });

  it('serves each issuer\'s DID document and JWKS, for every kind of institution, with cache validators', async () => {
    for (const id of ['org-zhongxin', 'col-metro', 'sch-riverside']) {
      const res = await fetch(`${base}/issuers/${id}/did.json`);
      expect(res.status, id).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      const document = (await res.json()) as { id: string; assertionMethod: string[] };
      expect(document.id).toBe(`did:web:localhost%3A4000:issuers:${id}`);
      expect(document.assertionMethod).toEqual([`${document.id}#key-1`]);
      const again = await fetch(`${base}/issuers/${id}/did.json`, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
      const jwks = (await (await fetch(`${base}/issuers/${id}/jwks.json`)).json()) as { keys: Array<{ kty: string; kid: string }> };
      expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', kid: `${document.id}#key-1` })]);
    }
    for (const missing of ['/issuers/org-nobody/did.json', '/issuers/col-nowhere/jwks.json', '/issuers/org-zhongxin/status/revocation/9']) {
      expect((await fetch(`${base}${missing}`)).status, missing).toBe(404);
    }
    expect((await fetch(`${base}/issuers/org-zhongxin/did.json`, { method: 'POST' })).status).toBe(405);
  });

  it('serves the signed status list for revalidation on every use, and a revocation changes it', async () => {
    const url = `${base}/issuers/org-zhongxin/status/revocation/0`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    const body = await first.text();
    expect(JSON.parse(body)).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { statusPurpose: 'revocation' } });
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const awards = await certificatesOf(REVOKED_HOLDER);
    const staff = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const valid = awards.find((a) => a.status === 'VALID');
    if (valid) {
      await hub.query(`mutation($s: String!) { revokeCertificate(input: { serial: $s, reason: "audit" }) { status } }`, { s: valid.serial }, staff);
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(200);
    }
  });

  it('a learner shares a credential by link; whoever holds it fetches the credential until the learner revokes it', async () => {
    const token = await hub.token({ role: 'STUDENT', student: NET_GRADUATE });
    const award = (await certificatesOf(NET_GRADUATE))[0];
    const made = await hub.query<{ shareCertificateCredential: { url: string; share: { id: string } } }>(
      `mutation($s: ID!) { shareCertificateCredential(serial: $s) { url share { id expiresAt } } }`, { s: award.serial }, token,
    );
    expect(made.errors).toBeUndefined();
    const { url, share } = made.data!.shareCertificateCredential;
    expect(url).toMatch(/^https:\/\/localhost:4000\/credentials\/shared\/[\w-]{43}$/);
    const link = `${base}${new URL(url).pathname}`;
    const fetched = await fetch(link);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('cache-control')).toBe('no-store');
    const credential = (await fetched.json()) as Credential;
    expect(obSchemaErrors(credential)).toEqual([]);
    expect((await independent(credential)).proof).toBe(true);
    const revoked = await hub.query(`mutation($id: ID!) { revokeCredentialShare(id: $id) { revokedAt } }`, { id: share.id }, token);
    expect(revoked.errors).toBeUndefined();
    expect((await fetch(link)).status).toBe(404);
    const issuer = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const refused = await hub.query(`mutation($s: ID!) { shareCertificateCredential(serial: $s) { url } }`, { s: award.serial }, issuer);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
