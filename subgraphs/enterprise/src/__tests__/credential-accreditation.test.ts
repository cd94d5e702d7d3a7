/**
 * verifyCredential's `accredited` check, on SQLite and MariaDB: a certificate
 * credential holds only when its issuer was accredited for the standard on the
 * issue date. Credentials are re-signed with the demo issuers' own keys, so the
 * proof holds and only the accreditation decides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, DEMO_ISSUER_KEY_SECRETS } from '@guantong/shared/config';
import { deriveIssuer, signCredential, type Credential } from '@guantong/shared/credentials';
import { databaseKinds } from '@guantong/shared/testing';
import { callers, NET_GRADUATE, openHarness, studentRef, type Harness } from './harness.ts';
import { issueDayInChina } from '../credentials/accredited.ts';

const kinds = await databaseKinds();
const PUBLIC_URL = loadConfig({}).credentials.publicUrl!;
const NOW = '2026-11-23T04:00:00.000Z';

const CREDENTIALS = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { certificates { nodes { credential } } } } }
`;
const VERIFY = /* GraphQL */ `
  query($c: JSON!) { verifyCredential(credential: $c) { verified summary checks { name passed message } } }
`;

interface Check { name: string; passed: boolean; message: string }

describe('the issue day of a credential', () => {
  it('is the day in China Standard Time on which validFrom falls', () => {
    expect(issueDayInChina('2026-06-20T00:00:00+08:00')).toBe('2026-06-20');
    expect(issueDayInChina('2026-06-19T16:00:00Z')).toBe('2026-06-20');
    expect(issueDayInChina('2026-06-19T15:59:59Z')).toBe('2026-06-19');
    expect(issueDayInChina('not a date')).toBeNull();
    expect(issueDayInChina(undefined)).toBeNull();
  });
});

describe.each(kinds)('verifyCredential checks the issuer\'s accreditation (%s)', (kind) => {
  let hub: Harness;
  let template: Credential;
  beforeAll(async () => {
    hub = await openHarness(kind);
    const res = await hub.run<{ _entities: Array<{ certificates: { nodes: Array<{ credential: Credential }> } }> }>(callers.learner(NET_GRADUATE), CREDENTIALS, { r: [studentRef(NET_GRADUATE, [], [])] });
    template = structuredClone(res.data!._entities[0].certificates.nodes[0].credential);
    delete template.proof;
  });
  afterAll(() => hub?.close());

  /** The template as `organizationId` would sign it for `standardCode` on `day`. */
  async function signedBy(organizationId: string, standardCode: string, day: string): Promise<Credential> {
    const issuer = await deriveIssuer(DEMO_ISSUER_KEY_SECRETS.enterprise, PUBLIC_URL, organizationId);
    const subject = structuredClone(template.credentialSubject) as { achievement: Record<string, unknown> };
    subject.achievement.humanCode = standardCode;
    const validFrom = `${day}T00:00:00+08:00`;
    return signCredential({ ...template, issuer: { ...(template.issuer as object), id: issuer.did }, credentialSubject: subject, validFrom }, issuer, { created: NOW });
  }
  async function checksOf(credential: Credential) {
    const res = await hub.run<{ verifyCredential: { verified: boolean; summary: string; checks: Check[] } }>(callers.anonymous, VERIFY, { c: credential });
    expect(res.errors).toBeUndefined();
    const verdict = res.data!.verifyCredential;
    return { ...verdict, byName: Object.fromEntries(verdict.checks.map((c) => [c.name, c])) };
  }

  it('the demo\'s own certificates pass it, after knownIssuer and before the schema check', async () => {
    const verdict = await checksOf(await signedBy('org-zhongxin', String((template.credentialSubject as { achievement: { humanCode: string } }).achievement.humanCode), '2025-06-20'));
    expect(verdict.checks.map((c) => c.name).slice(0, 7)).toEqual(['proof', 'issuerKey', 'status', 'validity', 'knownIssuer', 'accredited', 'schema']);
    expect(verdict.byName.accredited.passed).toBe(true);
  });

  it('an award made before a suspension keeps its standing; one dated after it fails, though its proof holds', async () => {
    const before = await checksOf(await signedBy('org-xinshang', 'X-OSOP-1', '2026-06-20'));
    expect(before.byName.proof.passed).toBe(true);
    expect(before.byName.accredited).toMatchObject({ passed: true });
    const after = await checksOf(await signedBy('org-xinshang', 'X-OSOP-1', '2026-11-01'));
    expect(after.byName.proof.passed).toBe(true);
    expect(after.byName.accredited.passed).toBe(false);
    expect(after.byName.accredited.message).toMatch(/^org-xinshang was not accredited for X-OSOP-1 on 2026-11-01: .*suspended from 2026-10-15/);
    expect(after.verified).toBe(false);
    expect(after.summary).toMatch(/^This credential is NOT valid: /);
  });

  it('a day no accreditation covers fails, and so does a standard the issuer does not issue', async () => {
    const early = await checksOf(await signedBy('org-xinshang', 'X-OSOP-1', '2015-01-05'));
    expect(early.byName.accredited.passed).toBe(false);
    expect(early.byName.accredited.message).toMatch(/^org-xinshang was not accredited for X-OSOP-1 on 2015-01-05/);
    const foreign = await checksOf(await signedBy('org-xinshang', 'X-NED-1', '2026-06-20'));
    expect(foreign.byName.accredited).toEqual({ name: 'accredited', passed: false, message: 'the achievement is not a certificate standard that org-xinshang issues' });
  });
});
