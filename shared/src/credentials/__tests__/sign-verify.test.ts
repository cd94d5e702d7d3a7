/**
 * The signing and verifying core on its own, with real Ed25519 keys and the
 * real Digital Bazaar libraries: what a verifier anywhere would conclude.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, DEMO_ISSUER_KEY_SECRETS } from '../../config.ts';
import {
  buildStatusListCredential, createDocumentLoader, deriveIssuer, issuerSeed, OB_V3_CONTEXT, pinnedDids, SHIPPED_CONTEXTS, signCredential,
  statusEntry, subgraphIssuers, VC_V2_CONTEXT, verifyCredentialChecks, STATUS_LIST_LENGTH, CLR_V2_CONTEXT, type Credential, type IssuerIdentity,
} from '../index.ts';

const PUBLIC_URL = 'https://hub.example.cn';
const NOW = '2026-11-23T04:00:00.000Z';
const secret = Buffer.alloc(32, 'a secret for these tests only...');

function badge(issuer: IssuerIdentity, extra: Credential = {}): Credential {
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: 'urn:uuid:6f1c2a3e-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: 'Evaluation organisation' },
    validFrom: '2024-06-20T00:00:00Z',
    name: 'Network device installation (entry)',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: { id: 'urn:guantong:standard:X-NED-1', type: ['Achievement'], name: 'Network device installation', description: 'Entry level', criteria: { narrative: 'Pass the assessment.' } },
    },
    ...extra,
  };
}

const statusUrl = `${PUBLIC_URL}/issuers/org-eval/status/revocation`;
const verifyWith = (issuers: IssuerIdentity[], documents: Record<string, object> = {}) => ({
  now: NOW,
  resolveDid: pinnedDids(issuers.map((i) => i.didDocument)),
  fetchDocument: async (url: string) => documents[url],
});
const byName = (checks: { name: string; passed: boolean; message: string }[]) => Object.fromEntries(checks.map((c) => [c.name, c]));

describe('issuer keys', () => {
  it('are the same for the same secret and organisation, and differ for another organisation or secret', async () => {
    const a = await deriveIssuer(secret, PUBLIC_URL, 'org-eval');
    const again = await deriveIssuer(secret, PUBLIC_URL, 'org-eval');
    const other = await deriveIssuer(secret, PUBLIC_URL, 'org-other');
    const otherSecret = await deriveIssuer(Buffer.alloc(32, 'another secret for these tests.'), PUBLIC_URL, 'org-eval');
    expect(again.keyPair.publicKeyMultibase).toBe(a.keyPair.publicKeyMultibase);
    expect(other.keyPair.publicKeyMultibase).not.toBe(a.keyPair.publicKeyMultibase);
    expect(otherSecret.keyPair.publicKeyMultibase).not.toBe(a.keyPair.publicKeyMultibase);
    expect(a.keyPair.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(a.didDocument.verificationMethod[0].publicKeyMultibase).toBe(a.keyPair.publicKeyMultibase);
    expect(a.jwks.keys[0].x).toMatch(/^[\w-]{43}$/);
  });

  it('refuse a secret shorter than 32 bytes', () => {
    expect(() => issuerSeed(Buffer.alloc(31), 'org-eval')).toThrow(/at least 32 bytes/);
  });

  it('a subgraph derives them from its own secret under the configured public origin', async () => {
    const config = loadConfig({ GUANTONG_MODE: 'demo' });
    const issuers = subgraphIssuers(config, 'enterprise');
    const identity = await issuers.identity('org-eval');
    expect(identity.did).toBe('did:web:localhost%3A4000:issuers:org-eval');
    expect(identity.keyPair.publicKeyMultibase).toBe((await deriveIssuer(DEMO_ISSUER_KEY_SECRETS.enterprise, 'https://localhost:4000', 'org-eval')).keyPair.publicKeyMultibase);
    expect(issuers.statusListUrl('org-eval')).toBe('https://localhost:4000/issuers/org-eval/status/revocation');
  });
});

describe('the document loader', () => {
  it('serves every shipped context: VC 1.1 and 2.0, OB 3.0, CLR 2.0, DID, Multikey, Data Integrity, Bitstring Status List', async () => {
    const loader = createDocumentLoader();
    for (const url of [VC_V2_CONTEXT, 'https://www.w3.org/2018/credentials/v1', OB_V3_CONTEXT, 'https://purl.imsglobal.org/spec/ob/v3p0/context.json', CLR_V2_CONTEXT,
      'https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1', 'https://w3id.org/security/data-integrity/v2', 'https://www.w3.org/ns/credentials/status/v1']) {
      expect((await loader(url)).document, url).toBe(SHIPPED_CONTEXTS.get(url));
    }
  });

  it('refuses any other URL rather than fetching it, and the OB package\'s pre-release aliases', async () => {
    const loader = createDocumentLoader();
    await expect(loader('https://example.com/evil-context.json')).rejects.toThrow(/refused to load https:\/\/example.com\/evil-context.json/);
    await expect(loader('OBv3_beta')).rejects.toThrow(/refused/);
    await expect(loader('did:web:hub.example.cn:issuers:org-eval')).rejects.toThrow(/not one this verifier knows/);
  });

  it('answers a DID with its document and a key id with that key, and refuses a key the document lacks', async () => {
    const issuer = await deriveIssuer(secret, PUBLIC_URL, 'org-eval');
    const loader = createDocumentLoader({ resolveDid: pinnedDids([issuer.didDocument]) });
    expect((await loader(issuer.did)).document).toEqual(issuer.didDocument);
    expect((await loader(issuer.verificationMethod)).document).toMatchObject({ id: issuer.verificationMethod, controller: issuer.did, '@context': 'https://w3id.org/security/multikey/v1' });
    await expect(loader(`${issuer.did}#key-9`)).rejects.toThrow(/no verification method/);
  });
});

describe('signing and verifying a credential', async () => {
  const issuer = await deriveIssuer(secret, PUBLIC_URL, 'org-eval');
  const impostor = await deriveIssuer(secret, PUBLIC_URL, 'org-impostor');

  it('signs with eddsa-rdfc-2022, the proof as an array of one, and a conforming verifier accepts it', async () => {
    const signed = await signCredential(badge(issuer), issuer, { created: NOW });
    expect(signed.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: issuer.verificationMethod, proofPurpose: 'assertionMethod', created: '2026-11-23T04:00:00Z' })]);
    const checks = byName(await verifyCredentialChecks(signed, verifyWith([issuer])));
    expect(Object.values(checks).every((c) => c.passed)).toBe(true);
    expect(Object.keys(checks)).toEqual(['proof', 'issuerKey', 'status', 'validity']);
  });

  it('the same content signed at the same instant gives the same credential (Ed25519 is deterministic)', async () => {
    const a = await signCredential(badge(issuer), issuer, { created: NOW });
    const b = await signCredential(badge(issuer), issuer, { created: NOW });
    expect(a).toEqual(b);
  });

  it('refuses to sign for an issuer other than the key\'s', async () => {
    await expect(signCredential(badge(impostor), issuer, { created: NOW })).rejects.toThrow(/is not the signer/);
  });

  it('one changed character in the content fails the proof', async () => {
    const signed = await signCredential(badge(issuer), issuer, { created: NOW });
    const tampered = JSON.parse(JSON.stringify(signed).replace('Network device installation (entry)', 'Network device installation (entrY)')) as Credential;
    const checks = byName(await verifyCredentialChecks(tampered, verifyWith([issuer])));
    expect(checks.proof).toEqual({ name: 'proof', passed: false, message: 'the signature does not match the credential\'s content: it was changed after signing, or signed with another key' });
  });

  it('a changed proof value fails the proof', async () => {
    const signed = await signCredential(badge(issuer), issuer, { created: NOW });
    const proof = (signed.proof as Array<{ proofValue: string }>)[0];
    const value = proof.proofValue;
    proof.proofValue = value.slice(0, 10) + (value[10] === 'A' ? 'B' : 'A') + value.slice(11);
    expect(byName(await verifyCredentialChecks(signed, verifyWith([issuer]))).proof.passed).toBe(false);
  });

  it('a credential that claims an issuer but is signed with another\'s key fails the issuer key and the proof', async () => {
    const forged = await signCredential(badge(impostor), impostor, { created: NOW });
    const claimed = { ...forged, issuer: { id: issuer.did, type: ['Profile'], name: 'Evaluation organisation' } };
    const checks = byName(await verifyCredentialChecks(claimed, verifyWith([issuer, impostor])));
    expect(checks.issuerKey.passed).toBe(false);
    expect(checks.issuerKey.message).toMatch(/not the issuer's/);
    expect(checks.proof.passed).toBe(false);
  });

  it('an issuer the verifier does not know fails the issuer key check', async () => {
    const signed = await signCredential(badge(impostor), impostor, { created: NOW });
    const checks = byName(await verifyCredentialChecks(signed, verifyWith([issuer])));
    expect(checks.issuerKey).toMatchObject({ passed: false, message: `the issuer ${impostor.did} has no DID document this verifier knows` });
    expect(checks.proof.passed).toBe(false);
  });

  it('an expired credential fails validity but its proof still verifies', async () => {
    const signed = await signCredential(badge(issuer, { validUntil: '2025-06-20T00:00:00Z' }), issuer, { created: NOW });
    const checks = byName(await verifyCredentialChecks(signed, verifyWith([issuer])));
    expect(checks.validity).toMatchObject({ passed: false, message: 'the credential expired at 2025-06-20T00:00:00Z' });
    expect(checks.proof.passed).toBe(true);
  });
});

describe('revocation with a Bitstring Status List', async () => {
  const issuer = await deriveIssuer(secret, PUBLIC_URL, 'org-eval');
  const impostor = await deriveIssuer(secret, PUBLIC_URL, 'org-impostor');
  const list = await buildStatusListCredential(issuer, statusUrl, [7], NOW);

  it('the list is a signed BitstringStatusListCredential of the issuer', () => {
    expect(list).toMatchObject({ id: statusUrl, issuer: issuer.did, type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } });
    expect(list.proof).toHaveLength(1);
  });

  it('a credential whose bit is clear passes; one whose bit is set fails the status check only', async () => {
    const valid = await signCredential(badge(issuer, { credentialStatus: statusEntry(statusUrl, 6) }), issuer, { created: NOW });
    const revoked = await signCredential(badge(issuer, { credentialStatus: statusEntry(statusUrl, 7) }), issuer, { created: NOW });
    const options = verifyWith([issuer], { [statusUrl]: list });
    expect(byName(await verifyCredentialChecks(valid, options)).status).toMatchObject({ passed: true });
    const checks = byName(await verifyCredentialChecks(revoked, options));
    expect(checks.status).toEqual({ name: 'status', passed: false, message: 'the issuer\'s status list marks the credential as revoked' });
    expect(checks.proof.passed).toBe(true);
  });

  it('a status list that cannot be fetched fails the status check, saying so', async () => {
    const credential = await signCredential(badge(issuer, { credentialStatus: statusEntry(statusUrl, 6) }), issuer, { created: NOW });
    const check = byName(await verifyCredentialChecks(credential, verifyWith([issuer]))).status;
    expect(check.passed).toBe(false);
    expect(check.message).toMatch(/^the status list could not be checked: Could not load "BitstringStatusListCredential"; reason: refused to load https:\/\/hub.example.cn\/issuers\/org-eval\/status\/revocation/);
  });

  it('a status list signed by another issuer does not count', async () => {
    const foreign = await buildStatusListCredential(impostor, statusUrl, [], NOW);
    const credential = await signCredential(badge(issuer, { credentialStatus: statusEntry(statusUrl, 6) }), issuer, { created: NOW });
    const check = byName(await verifyCredentialChecks(credential, verifyWith([issuer, impostor], { [statusUrl]: foreign }))).status;
    expect(check).toMatchObject({ passed: false, message: expect.stringMatching(/Issuers of the status list credential and verifiable credential do not match/) });
  });

  it('a status list changed after signing does not count', async () => {
    const cleared = structuredClone(list) as Credential & { credentialSubject: { encodedList: string } };
    const clean = await buildStatusListCredential(issuer, statusUrl, [], NOW);
    cleared.credentialSubject.encodedList = (clean.credentialSubject as { encodedList: string }).encodedList;
    const revoked = await signCredential(badge(issuer, { credentialStatus: statusEntry(statusUrl, 7) }), issuer, { created: NOW });
    const check = byName(await verifyCredentialChecks(revoked, verifyWith([issuer], { [statusUrl]: cleared }))).status;
    expect(check).toMatchObject({ passed: false, message: expect.stringMatching(/not verified/) });
  });

  it('an index outside the list is refused when building an entry', () => {
    expect(() => statusEntry(statusUrl, STATUS_LIST_LENGTH)).toThrow(/from 0 to 131071/);
    expect(() => statusEntry(statusUrl, -1)).toThrow(RangeError);
    expect(statusEntry(statusUrl, 0)).toEqual({ id: `${statusUrl}#0`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '0', statusListCredential: statusUrl });
  });
});
