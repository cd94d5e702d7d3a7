import { describe, expect, it } from 'vitest';
import { failed, issuerIdOf, passed, validityCheck, verdictSentence } from '../checks.ts';
import { buildDidDocument, buildJwks, didWebDomain, findVerificationMethod, issuerDid, issuerPaths, organizationOfDid, verificationMethodId } from '../did.ts';

const NOW = '2026-11-23T04:00:00.000Z';

describe('the validity dates of a credential', () => {
  it('a certificate valid from its issue date, with no end, is valid today', () => {
    expect(validityCheck({ validFrom: '2024-06-20T00:00:00Z' }, NOW)).toEqual({
      name: 'validity', passed: true, message: 'the credential is valid from 2024-06-20T00:00:00Z with no end date',
    });
  });

  it('a credential that starts later than now is not yet valid', () => {
    const check = validityCheck({ validFrom: '2026-11-24T00:00:00Z' }, NOW);
    expect(check).toEqual({ name: 'validity', passed: false, message: 'the credential is not valid before 2026-11-24T00:00:00Z' });
  });

  it('a credential is valid from the very instant it starts, and up to the instant it ends', () => {
    expect(validityCheck({ validFrom: NOW }, NOW).passed).toBe(true);
    expect(validityCheck({ validFrom: '2024-01-01T00:00:00Z', validUntil: NOW }, NOW)).toEqual({
      name: 'validity', passed: true, message: `the credential is valid from 2024-01-01T00:00:00Z until ${NOW}`,
    });
  });

  it('an expired credential fails, naming when it expired', () => {
    const check = validityCheck({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2026-11-23T03:59:59Z' }, NOW);
    expect(check).toEqual({ name: 'validity', passed: false, message: 'the credential expired at 2026-11-23T03:59:59Z' });
  });

  it('reads the VC 1.1 issuanceDate and expirationDate when the 2.0 fields are absent', () => {
    expect(validityCheck({ issuanceDate: '2024-01-01T00:00:00Z' }, NOW).passed).toBe(true);
    const expired = validityCheck({ issuanceDate: '2024-01-01T00:00:00Z', expirationDate: '2025-01-01T00:00:00Z' }, NOW);
    expect(expired).toEqual({ name: 'validity', passed: false, message: 'the credential expired at 2025-01-01T00:00:00Z' });
  });

  it('a credential that does not say from when it is valid fails', () => {
    expect(validityCheck({}, NOW)).toEqual({ name: 'validity', passed: false, message: 'the credential has no valid issuanceDate date (an ISO 8601 date-time is required)' });
    expect(validityCheck({ validFrom: 'yesterday' }, NOW).message).toBe('the credential has no valid validFrom date (an ISO 8601 date-time is required)');
    expect(validityCheck({ validFrom: 20240101 }, NOW).passed).toBe(false);
  });

  it('dates must be full ISO 8601 date-times, with a zone', () => {
    expect(validityCheck({ validFrom: '2024-06-20' }, NOW).passed).toBe(false);
    expect(validityCheck({ validFrom: '2024-06-20T00:00:00' }, NOW).passed).toBe(false);
    expect(validityCheck({ validFrom: 'x2024-06-20T00:00:00Z' }, NOW).passed).toBe(false);
    expect(validityCheck({ validFrom: '2024-06-20T00:00:00Zx' }, NOW).passed).toBe(false);
    expect(validityCheck({ validFrom: '2024-06-20T00:00:00.123+08:00' }, NOW).passed).toBe(true);
    expect(validityCheck({ validFrom: '2024-06-20T00:00:00-05:00' }, NOW).passed).toBe(true);
    expect(validityCheck({ validFrom: '2024-13-45T00:00:00Z' }, NOW).passed).toBe(false);
  });

  it('an end date that is not a date-time fails rather than being ignored', () => {
    const check = validityCheck({ validFrom: '2024-01-01T00:00:00Z', validUntil: 'never' }, NOW);
    expect(check).toEqual({ name: 'validity', passed: false, message: 'the credential\'s validUntil is not an ISO 8601 date-time' });
    expect(validityCheck({ issuanceDate: '2024-01-01T00:00:00Z', expirationDate: '' }, NOW).message).toBe('the credential\'s expirationDate is not an ISO 8601 date-time');
  });

  it('compares instants, not text: a start given in China time is converted', () => {
    // 2026-11-23T12:30+08:00 is 04:30 UTC, after NOW (04:00 UTC).
    expect(validityCheck({ validFrom: '2026-11-23T12:30:00+08:00' }, NOW).passed).toBe(false);
    expect(validityCheck({ validFrom: '2026-11-23T11:30:00+08:00' }, NOW).passed).toBe(true);
  });
});

describe('the verdict a person reads', () => {
  it('a valid credential says so and lists what was found', () => {
    const sentence = verdictSentence([passed('proof', 'the signature matches'), passed('status', 'not revoked')]);
    expect(sentence).toBe('This credential is valid: the signature matches; not revoked.');
  });

  it('a failed check makes it not valid, and only the failures are given as reasons', () => {
    const sentence = verdictSentence([passed('proof', 'the signature matches'), failed('status', 'revoked'), failed('validity', 'expired')]);
    expect(sentence).toBe('This credential is NOT valid: revoked; expired.');
  });

  it('checks carry their name and outcome', () => {
    expect(passed('a', 'b')).toEqual({ name: 'a', passed: true, message: 'b' });
    expect(failed('a', 'b')).toEqual({ name: 'a', passed: false, message: 'b' });
  });
});

describe('the issuer a credential names', () => {
  it('is a URL or an object with an id', () => {
    expect(issuerIdOf({ issuer: 'did:web:x' })).toBe('did:web:x');
    expect(issuerIdOf({ issuer: { id: 'did:web:y', name: 'Y' } })).toBe('did:web:y');
  });

  it('is nothing when missing or malformed', () => {
    expect(issuerIdOf({})).toBeUndefined();
    expect(issuerIdOf({ issuer: null })).toBeUndefined();
    expect(issuerIdOf({ issuer: { name: 'no id' } })).toBeUndefined();
    expect(issuerIdOf({ issuer: { id: 7 } })).toBeUndefined();
    expect(issuerIdOf({ issuer: 7 })).toBeUndefined();
  });
});

describe('issuer DIDs under the hub\'s public origin', () => {
  it('an organisation is did:web at the path its DID document is served from', () => {
    expect(issuerDid('https://hub.example.cn', 'org-miit-evaluation')).toBe('did:web:hub.example.cn:issuers:org-miit-evaluation');
    expect(issuerPaths('org-miit-evaluation')).toEqual({
      didDocument: '/issuers/org-miit-evaluation/did.json',
      jwks: '/issuers/org-miit-evaluation/jwks.json',
      statusList: '/issuers/org-miit-evaluation/status/revocation',
    });
  });

  it('a port is part of the domain, with its colon percent-encoded', () => {
    expect(didWebDomain('https://localhost:4000')).toBe('localhost%3A4000');
    expect(didWebDomain('https://hub.example.cn')).toBe('hub.example.cn');
    expect(issuerDid('https://localhost:4000', 'col-metro')).toBe('did:web:localhost%3A4000:issuers:col-metro');
  });

  it('only organisation ids of the hub\'s naming rule become DIDs', () => {
    expect(issuerDid('https://h.cn', 'sch-riverside')).toBe('did:web:h.cn:issuers:sch-riverside');
    expect(() => issuerDid('https://h.cn', 'GT202200001X')).toThrow('"GT202200001X" is not an organisation id (org-…, col-… or sch-…)');
    expect(() => issuerDid('https://h.cn', 'org-x:evil')).toThrow(/not an organisation id/);
    expect(() => issuerDid('https://h.cn', 'xorg-x')).toThrow(/not an organisation id/);
    expect(() => issuerDid('https://h.cn', 'org-')).toThrow(/not an organisation id/);
  });

  it('reads the organisation back from a DID or a key id, and only from the hub\'s own DIDs', () => {
    expect(organizationOfDid('https://h.cn', 'did:web:h.cn:issuers:org-x')).toBe('org-x');
    expect(organizationOfDid('https://h.cn', 'did:web:h.cn:issuers:col-metro#key-1')).toBe('col-metro');
    expect(organizationOfDid('https://h.cn', 'did:web:other.cn:issuers:org-x')).toBeUndefined();
    expect(organizationOfDid('https://h.cn', 'did:web:h.cn:issuers:Robert')).toBeUndefined();
    expect(organizationOfDid('https://h.cn', 'xdid:web:h.cn:issuers:org-x')).toBeUndefined();
  });

  it('the DID document lists one Multikey with an absolute id, for assertions and authentication', () => {
    const did = 'did:web:h.cn:issuers:org-x';
    const document = buildDidDocument(did, 'z6Mkabc');
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6Mkabc' }],
      assertionMethod: [`${did}#key-1`],
      authentication: [`${did}#key-1`],
    });
    expect(verificationMethodId(did)).toBe(`${did}#key-1`);
  });

  it('a loader is handed a verification method with its context, and nothing for an unknown key', () => {
    const did = 'did:web:h.cn:issuers:org-x';
    const document = buildDidDocument(did, 'z6Mkabc');
    expect(findVerificationMethod(document, `${did}#key-1`)).toEqual({
      '@context': 'https://w3id.org/security/multikey/v1', id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6Mkabc',
    });
    expect(findVerificationMethod(document, `${did}#key-2`)).toBeUndefined();
  });

  it('the JWKS names the key by its verification method', () => {
    expect(buildJwks('did:web:h.cn:issuers:org-x', 'abc')).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'abc', kid: 'did:web:h.cn:issuers:org-x#key-1', alg: 'EdDSA', use: 'sig' }],
    });
  });
});
