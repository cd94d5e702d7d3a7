/**
 * A transcript signed and verified with the real Digital Bazaar libraries: the
 * school signs its stage, the college its own and the whole, and a verifier
 * holding only the shipped contexts and the issuers' DID documents checks the
 * CLR and each credential inside it.
 */
import { describe, expect, it } from 'vitest';
import {
  clrCredential, deriveIssuer, embeddedCredentials, hashedIdentifier, namesLearner, openBadgeSchemaErrors, pinnedDids, signCredential,
  stageAchievementId, stageCredential, verifyCredentialChecks, type Credential, type IssuerIdentity, type StageFacts,
} from '../index.ts';

const PUBLIC_URL = 'https://hub.example.cn';
const NOW = '2026-11-23T04:00:00.000Z';
const secret = Buffer.alloc(32, 'a secret for these tests only...');
const LEARNER = 'GT202200001X';

async function stageOf(issuer: IssuerIdentity, stage: StageFacts['stage'], program: string): Promise<Credential> {
  const unsigned = stageCredential({
    id: `urn:uuid:00000000-0000-8000-8000-00000000000${stage === 'SECONDARY' ? 1 : 2}`,
    issuer: { did: issuer.did, name: issuer.organizationId },
    stage,
    program: { code: program, name: 'Network Technology' },
    enrolledOn: '2022-09-01',
    completedOn: stage === 'SECONDARY' ? '2025-07-01' : null,
    results: [{ courseCode: `${program}-101`, title: 'Network Device Configuration', credits: 4, term: '2022-2023-1', score: 88, passed: true }],
    subject: hashedIdentifier(LEARNER, `salt-of-${issuer.organizationId}`),
    issuedAt: NOW,
  });
  return signCredential(unsigned, issuer, { created: NOW });
}

async function transcript() {
  const school = await deriveIssuer(secret, PUBLIC_URL, 'sch-riverside');
  const college = await deriveIssuer(secret, PUBLIC_URL, 'col-metro');
  const secondary = await stageOf(school, 'SECONDARY', 'SEC-NET');
  const higher = await stageOf(college, 'HIGHER', 'COL-NET');
  const unsigned = clrCredential({
    id: 'urn:uuid:00000000-0000-8000-8000-00000000000c',
    issuer: { did: college.did, name: 'Metro Vocational College' },
    issuedAt: NOW,
    subject: hashedIdentifier(LEARNER, 'salt-of-the-transcript'),
    pathway: { agreementId: 'agr-net', agreementName: 'Network Technology 3+2', stage: 'HIGHER', cohort: '2022' },
    credentials: [secondary, higher],
    recognitions: [{ held: { code: 'X-NED-1', name: 'Network Equipment Debugger', level: 'ENTRY' }, serial: 'NED1-1', counted: { code: 'E-TY-NT', name: 'Tianyi technician', level: null }, agreementIds: ['rec-ned-tianyi'], mutual: false, effectiveFrom: '2024-09-01', effectiveTo: null }],
    stageAchievementIds: [stageAchievementId('SECONDARY', 'SEC-NET'), stageAchievementId('HIGHER', 'COL-NET')],
  });
  const signed = await signCredential(unsigned, college, { created: NOW });
  return { school, college, signed, options: { now: NOW, resolveDid: pinnedDids([school.didDocument, college.didDocument]) } };
}

const failedNames = (checks: { name: string; passed: boolean }[]) => checks.filter((c) => !c.passed).map((c) => c.name);

describe('a signed transcript', () => {
  it('verifies as a whole, and each credential inside verifies on its own with its own issuer\'s key', async () => {
    const { signed, options, school, college } = await transcript();
    expect(failedNames(await verifyCredentialChecks(signed, options))).toEqual([]);
    const [secondary, higher] = embeddedCredentials(signed);
    expect(failedNames(await verifyCredentialChecks(secondary, options))).toEqual([]);
    expect((secondary.proof as Array<{ verificationMethod: string }>)[0].verificationMethod).toBe(`${school.did}#key-1`);
    expect((higher.proof as Array<{ verificationMethod: string }>)[0].verificationMethod).toBe(`${college.did}#key-1`);
    expect(openBadgeSchemaErrors(secondary)).toEqual([]);
    expect(openBadgeSchemaErrors(higher)).toEqual([]);
    expect(namesLearner(secondary, LEARNER) && namesLearner(higher, LEARNER) && namesLearner(signed, LEARNER)).toBe(true);
  });

  it('a changed score inside the school\'s stage breaks both the school\'s signature and the college\'s', async () => {
    const { signed, options } = await transcript();
    const tampered = structuredClone(signed);
    const [secondary] = embeddedCredentials(tampered);
    (secondary.credentialSubject as { result: Array<{ value: string }> }).result[0].value = '98';
    expect(failedNames(await verifyCredentialChecks(tampered, options))).toEqual(['proof']);
    expect(failedNames(await verifyCredentialChecks(secondary, options))).toEqual(['proof']);
  });

  it('a stage credential swapped for one the college never signed breaks the college\'s signature', async () => {
    const { signed, options, school } = await transcript();
    const swapped = structuredClone(signed);
    const other = await stageOf(school, 'SECONDARY', 'SEC-ECOM');
    (swapped.credentialSubject as { verifiableCredential: Credential[] }).verifiableCredential[0] = other;
    expect(failedNames(await verifyCredentialChecks(swapped, options))).toEqual(['proof']);
    expect(failedNames(await verifyCredentialChecks(other, options))).toEqual([]);
  });

  it('the college cannot sign a stage in the school\'s name', async () => {
    const { college, school } = await transcript();
    const forged = stageCredential({
      id: 'urn:uuid:00000000-0000-8000-8000-0000000000ff', issuer: { did: school.did, name: 'Riverside' }, stage: 'SECONDARY',
      program: { code: 'SEC-NET', name: 'Network Technology' }, enrolledOn: '2022-09-01', completedOn: null, results: [],
      subject: hashedIdentifier(LEARNER, 's'), issuedAt: NOW,
    });
    await expect(signCredential(forged, college, { created: NOW })).rejects.toThrow(/is not the signer/);
  });
});
