/**
 * The five-year transcript as a CLR 2.0 ClrCredential: what the college states
 * around the credentials it embeds, and what a verifier requires of a CLR.
 */
import { describe, expect, it } from 'vitest';
import {
  clrCredential, clrStructureCheck, credentialLabel, embeddedCheck, embeddedCredentials, isClrCredential, MAX_EMBEDDED_CREDENTIALS, nestedTooDeep, standardAchievementId, tooManyEmbedded,
  type AppliedRecognition, type ClrFacts,
} from '../clr.ts';
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts.ts';
import { hashedIdentifier } from '../subject.ts';

const COLLEGE = { did: 'did:web:hub.example.cn:issuers:col-metro', name: 'Metro Vocational College' };
const stage = { id: 'urn:uuid:1', type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'Secondary stage: Network Technology' };
const badge = { id: 'urn:uuid:2', type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'X-NED-1 Network Equipment Debugger' };

const recognition = (extra: Partial<AppliedRecognition> = {}): AppliedRecognition => ({
  held: { code: 'X-ICV-2', name: 'ICV Testing and Calibration', level: 'INTERMEDIATE' },
  serial: 'ICV2-2026-000001',
  counted: { code: 'E-HD-ICVT', name: 'Huadong ICV Technician', level: 'INTERMEDIATE' },
  agreementIds: ['rec-icv-huadong'],
  mutual: true,
  effectiveFrom: '2024-09-01',
  effectiveTo: null,
  ...extra,
});

const facts = (extra: Partial<ClrFacts> = {}): ClrFacts => ({
  id: 'urn:uuid:00000000-0000-8000-8000-00000000000c',
  issuer: COLLEGE,
  issuedAt: '2026-11-23T04:00:00.000Z',
  subject: hashedIdentifier('GT202200001X', 'salt'),
  pathway: { agreementId: 'agr-net', agreementName: 'Network Technology 3+2', stage: 'HIGHER', cohort: '2022' },
  credentials: [stage, badge],
  recognitions: [],
  stageAchievementIds: ['urn:guantong:stage:secondary:SEC-NET', 'urn:guantong:stage:higher:COL-NET'],
  ...extra,
});

describe('the transcript as a CLR 2.0 ClrCredential', () => {
  it('is a complete ClrCredential of the college, holding the credentials as they were signed', () => {
    const clr = clrCredential(facts());
    expect(clr).toEqual({
      '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT],
      id: 'urn:uuid:00000000-0000-8000-8000-00000000000c',
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Five-year transcript: Network Technology 3+2',
      description: "Metro Vocational College states the learner's record on the pathway agr-net (cohort 2022, now HIGHER): each stage as its institution signed it, the certificates as their issuers signed them, the progression decision and the recognitions that applied.",
      partial: false,
      issuer: { id: COLLEGE.did, type: ['Profile'], name: COLLEGE.name },
      validFrom: '2026-11-23T04:00:00.000Z',
      credentialSubject: {
        type: ['ClrSubject'],
        identifier: [hashedIdentifier('GT202200001X', 'salt')],
        verifiableCredential: [stage, badge],
        association: [{ type: 'Association', associationType: 'precedes', sourceId: 'urn:guantong:stage:secondary:SEC-NET', targetId: 'urn:guantong:stage:higher:COL-NET' }],
      },
    });
  });

  it('a learner still at the secondary stage has one stage, so nothing precedes anything', () => {
    const subject = clrCredential(facts({ stageAchievementIds: ['urn:guantong:stage:secondary:SEC-NET'] })).credentialSubject as Record<string, unknown>;
    expect(subject).not.toHaveProperty('association');
    expect(subject).not.toHaveProperty('achievement');
  });

  it('states each recognition that applied as an achievement counted as held, associated with the standard held', () => {
    const oneWay = recognition({ held: { code: 'X-NED-1', name: 'Network Equipment Debugger', level: 'ENTRY' }, serial: 'NED1-2026-000002', counted: { code: 'E-TY-NT', name: 'Tianyi Network Technician', level: null }, agreementIds: ['rec-ned-tianyi', 'rec-x'], mutual: false, effectiveTo: '2027-08-31' });
    const subject = clrCredential(facts({ recognitions: [recognition(), oneWay], stageAchievementIds: [] })).credentialSubject as Record<string, unknown>;
    expect(subject.achievement).toEqual([
      {
        id: 'urn:guantong:standard:E-HD-ICVT',
        type: ['Achievement'],
        achievementType: 'Certificate',
        humanCode: 'E-HD-ICVT',
        name: 'Huadong ICV Technician',
        description: 'Counted as held: certificate ICV2-2026-000001 of X-ICV-2 ICV Testing and Calibration (INTERMEDIATE) counts as E-HD-ICVT (INTERMEDIATE) under rec-icv-huadong (mutual recognition, in force from 2024-09-01).',
        criteria: { narrative: 'Hold X-ICV-2, recognised as E-HD-ICVT by agreement of both issuers.' },
      },
      expect.objectContaining({
        id: 'urn:guantong:standard:E-TY-NT',
        description: 'Counted as held: certificate NED1-2026-000002 of X-NED-1 Network Equipment Debugger (ENTRY) counts as E-TY-NT under rec-ned-tianyi, rec-x (one-way recognition, in force from 2024-09-01 until 2027-08-31).',
      }),
    ]);
    expect(subject.association).toEqual([
      { type: 'Association', associationType: 'isPeerOf', sourceId: 'urn:guantong:standard:X-ICV-2', targetId: 'urn:guantong:standard:E-HD-ICVT' },
      { type: 'Association', associationType: 'isRelatedTo', sourceId: 'urn:guantong:standard:X-NED-1', targetId: 'urn:guantong:standard:E-TY-NT' },
    ]);
  });

  it('lists a standard counted as held once, even when two certificates lead to it, but each path as an association', () => {
    const other = recognition({ held: { code: 'E-XH-ADAS', name: 'Xinghe ADAS', level: 'INTERMEDIATE' }, serial: 'XH-1' });
    const subject = clrCredential(facts({ recognitions: [recognition(), other], stageAchievementIds: [] })).credentialSubject as { achievement: Array<{ description: string }>; association: unknown[] };
    expect(subject.achievement).toHaveLength(1);
    expect(subject.achievement[0].description).toContain('ICV2-2026-000001');
    expect(subject.association).toHaveLength(2);
  });

  it('gives standards the achievement ids the issuers\' own credentials use', () => {
    expect(standardAchievementId('X-NED-1')).toBe('urn:guantong:standard:X-NED-1');
    expect(standardAchievementId('E HD/1')).toBe('urn:guantong:standard:E%20HD%2F1');
  });
});

const proof = [{ type: 'DataIntegrityProof', proofValue: 'z1' }];
const wellFormed = () => ({ ...clrCredential(facts()), proof });

describe('what CLR 2.0 requires of a ClrCredential', () => {
  it('tells a CLR from other credentials by its type', () => {
    expect(isClrCredential(wellFormed())).toBe(true);
    expect(isClrCredential({ type: 'ClrCredential' })).toBe(true);
    expect(isClrCredential({ type: ['VerifiableCredential', 'OpenBadgeCredential'] })).toBe(false);
    expect(isClrCredential({})).toBe(false);
  });

  it('a signed transcript has every required field', () => {
    expect(clrStructureCheck(wellFormed())).toEqual({ name: 'clr', passed: true, message: 'a CLR 2.0 ClrCredential holding 2 credentials' });
    expect(clrStructureCheck({ ...wellFormed(), proof: proof[0] }).passed).toBe(true);
  });

  it('names each required field that is missing', () => {
    const check = clrStructureCheck({ type: ['ClrCredential'], credentialSubject: { type: ['AchievementSubject'], verifiableCredential: [] }, proof: [] });
    expect(check).toEqual({
      name: 'clr',
      passed: false,
      message: 'not a well-formed CLR 2.0 ClrCredential: its type must include VerifiableCredential and ClrCredential; it names no issuer; it has no validFrom; it carries no proof; its credentialSubject is not a ClrSubject; its credentialSubject.verifiableCredential must list at least one credential',
    });
  });

  it('refuses each shortcoming on its own', () => {
    const without = (field: string) => Object.fromEntries(Object.entries(wellFormed()).filter(([key]) => key !== field));
    expect(clrStructureCheck({ ...wellFormed(), type: ['VerifiableCredential'] }).message).toBe('not a well-formed CLR 2.0 ClrCredential: its type must include VerifiableCredential and ClrCredential');
    expect(clrStructureCheck({ ...wellFormed(), type: ['ClrCredential'] }).passed).toBe(false);
    expect(clrStructureCheck(without('issuer')).message).toBe('not a well-formed CLR 2.0 ClrCredential: it names no issuer');
    expect(clrStructureCheck({ ...wellFormed(), validFrom: 20261123 }).message).toBe('not a well-formed CLR 2.0 ClrCredential: it has no validFrom');
    expect(clrStructureCheck(without('proof')).message).toBe('not a well-formed CLR 2.0 ClrCredential: it carries no proof');
    expect(clrStructureCheck({ ...wellFormed(), proof: 'z1' }).passed).toBe(false);
    expect(clrStructureCheck(without('credentialSubject')).message).toBe('not a well-formed CLR 2.0 ClrCredential: it has no credentialSubject');
    expect(clrStructureCheck({ ...wellFormed(), credentialSubject: [{ type: 'ClrSubject' }] }).message).toBe('not a well-formed CLR 2.0 ClrCredential: it has no credentialSubject');
    const subject = (extra: object) => ({ ...wellFormed(), credentialSubject: { type: 'ClrSubject', verifiableCredential: [stage], ...extra } });
    expect(clrStructureCheck(subject({})).passed).toBe(true);
    expect(clrStructureCheck(subject({ verifiableCredential: [stage, 'urn:uuid:2'] })).message).toBe('not a well-formed CLR 2.0 ClrCredential: its credentialSubject.verifiableCredential must list at least one credential');
    expect(clrStructureCheck(subject({ verifiableCredential: stage })).passed).toBe(false);
  });

  it('finds the credentials a CLR holds, leaving out anything that is not one', () => {
    expect(embeddedCredentials(wellFormed())).toEqual([stage, badge]);
    expect(embeddedCredentials({ credentialSubject: { verifiableCredential: [stage, null, 'x', [badge]] } })).toEqual([stage]);
    expect(embeddedCredentials({ credentialSubject: { verifiableCredential: stage } })).toEqual([]);
    expect(embeddedCredentials({ credentialSubject: [{ verifiableCredential: [stage] }] })).toEqual([]);
    expect(embeddedCredentials({})).toEqual([]);
  });
});

describe('the verdict on the credentials a CLR holds', () => {
  const ok = { name: 'Secondary stage', issuer: 'sch-riverside', verified: true, failures: [] };

  it('passes when each verifies on its own', () => {
    expect(embeddedCheck([ok, { ...ok, name: 'X-NED-1' }])).toEqual({ name: 'embedded', passed: true, message: 'each of the 2 credentials it holds verifies on its own' });
  });

  it('names each one that does not, with its issuer and why', () => {
    const revoked = { name: 'X-NED-1 Network Equipment Debugger', issuer: 'org-zhongxin', verified: false, failures: ["the issuer's status list marks the credential as revoked"] };
    const forged = { name: 'credential 3', issuer: 'did:key:z6Mk', verified: false, failures: ['the signature does not match', 'unknown issuer'] };
    expect(embeddedCheck([ok, revoked, forged])).toEqual({
      name: 'embedded',
      passed: false,
      message: `2 of the 3 credentials it holds do not verify: "X-NED-1 Network Equipment Debugger" from org-zhongxin (the issuer's status list marks the credential as revoked); "credential 3" from did:key:z6Mk (the signature does not match; unknown issuer)`,
    });
  });

  it('does not verify more than a hundred credentials in one record, nor a record inside a record', () => {
    expect(tooManyEmbedded(101)).toEqual({ name: 'embedded', passed: false, message: 'it holds 101 credentials; this verifier checks at most 100 in one record' });
    expect(MAX_EMBEDDED_CREDENTIALS).toBe(100);
    expect(nestedTooDeep()).toEqual({ name: 'embedded', passed: false, message: 'it is a record inside a record: the credentials it holds are not verified at this depth' });
  });

  it('fails a CLR that holds nothing to verify', () => {
    expect(embeddedCheck([])).toEqual({ name: 'embedded', passed: false, message: 'it holds no credential to verify' });
  });

  it('labels a credential by its name, or by its place when it has none', () => {
    expect(credentialLabel({ name: 'Higher stage' }, 0)).toBe('Higher stage');
    expect(credentialLabel({ name: '  ' }, 1)).toBe('credential 2');
    expect(credentialLabel({ name: 7 }, 2)).toBe('credential 3');
    expect(credentialLabel({}, 0)).toBe('credential 1');
  });
});
