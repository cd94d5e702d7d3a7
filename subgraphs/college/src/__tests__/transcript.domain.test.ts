/**
 * The college's part of the five-year transcript, before signing: the
 * progression decision as a credential, which parts the transcript holds and in
 * which order, and the recognitions that applied.
 */
import { describe, expect, it } from 'vitest';
import { hashedIdentifier, openBadgeSchemaErrors, stageCredential, type Credential } from '@guantong/shared/credentials';
import { creditsThatCount, progressionAchievementId, progressionCredential, TRANSFER_STATUS, type ProgressionFacts } from '../transcript/progression-credential.ts';
import { appliedRecognitions, transcriptCredentials, type RawRecognition, type TranscriptParts } from '../transcript/parts.ts';

const LEARNER = 'GT2022000010';
const COLLEGE = { did: 'did:web:hub.example.cn:issuers:col-metro', name: 'Metro Vocational College' };

const decision = (extra: Partial<ProgressionFacts> = {}): ProgressionFacts => ({
  id: 'urn:uuid:00000000-0000-8000-8000-0000000000d1',
  issuer: COLLEGE,
  agreement: { id: 'agr-net', name: 'Network Technology 3+2' },
  decidedOn: '2025-07-01',
  requirementsVersion: 2,
  checks: [
    { requirementId: '1', description: 'Pass NET-S101 and NET-S120', met: true, explanation: 'NET-S101 and NET-S120 are passed.' },
    { requirementId: '3', description: 'Hold X-NED-1', met: true, explanation: 'Certificate NED1-1 counts.' },
  ],
  transfers: [
    { ruleId: 1, course: { code: 'NET-H210', title: 'Network Device Practice' }, credits: 4, explanation: 'Excused from NET-H210 for 4 credits.', status: 'CONFIRMED' },
    { ruleId: 2, course: { code: 'NET-H220', title: 'Routing' }, credits: 3, explanation: 'Excused from NET-H220 for 3 credits.', status: 'NEEDS_REVIEW' },
    { ruleId: 4, course: { code: 'NET-H230', title: 'Switching' }, credits: 2.5, explanation: 'Excused from NET-H230.', status: 'KEPT' },
    { ruleId: 5, course: { code: 'NET-H240', title: 'Security' }, credits: 1, explanation: 'Excused from NET-H240.', status: 'WITHDRAWN' },
  ],
  subject: hashedIdentifier(LEARNER, 'salt'),
  issuedAt: '2026-11-23T04:00:00.000Z',
  ...extra,
});

describe('the progression decision as the college\'s credential', () => {
  it('is an Open Badges 3.0 credential of the college that conforms to 1EdTech\'s schema', () => {
    const credential = progressionCredential(decision());
    expect(openBadgeSchemaErrors({ ...credential, proof: [{ type: 'DataIntegrityProof' }] })).toEqual([]);
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Progression to the higher stage: Network Technology 3+2',
      description: 'Metro Vocational College records that the learner progressed to the higher stage of agr-net on 2025-07-01, with 6.5 transferred credits that count.',
      issuer: { id: COLLEGE.did, type: ['Profile'], name: COLLEGE.name },
      validFrom: '2026-11-23T04:00:00.000Z',
      credentialSchema: [{ type: 'JsonSchema' }],
    });
  });

  it('asserts the progression assessment of the agreement, each requirement and each transfer as a result', () => {
    const subject = progressionCredential(decision()).credentialSubject as Record<string, unknown>;
    const id = 'urn:guantong:progression:agr-net';
    expect(subject).toMatchObject({ identifier: [hashedIdentifier(LEARNER, 'salt')], activityEndDate: '2025-07-01T00:00:00+08:00', creditsEarned: 6.5 });
    expect(subject.achievement).toMatchObject({
      id,
      achievementType: 'Assessment',
      humanCode: 'agr-net',
      name: 'Progression assessment: Network Technology 3+2',
      description: 'The progression assessment (转段考核) of articulation agreement agr-net, under version 2 of its requirements.',
      criteria: { narrative: 'Meet every requirement: Pass NET-S101 and NET-S120; Hold X-NED-1.' },
      creator: { id: COLLEGE.did },
      resultDescription: [
        { id: `${id}:requirement:1`, type: ['ResultDescription'], name: 'Pass NET-S101 and NET-S120', resultType: 'Status' },
        { id: `${id}:requirement:3`, type: ['ResultDescription'], name: 'Hold X-NED-1', resultType: 'Status' },
        { id: `${id}:transfer:NET-H210`, type: ['ResultDescription'], name: 'Credit transfer: exempted from NET-H210 Network Device Practice under credit rule 1', resultType: 'ext:CreditTransfer' },
        expect.objectContaining({ id: `${id}:transfer:NET-H220` }),
        expect.objectContaining({ id: `${id}:transfer:NET-H230` }),
        expect.objectContaining({ id: `${id}:transfer:NET-H240` }),
      ],
    });
    expect(subject.result).toEqual([
      { type: ['Result'], resultDescription: `${id}:requirement:1`, status: 'Completed' },
      { type: ['Result'], resultDescription: `${id}:requirement:3`, status: 'Completed' },
      { type: ['Result'], resultDescription: `${id}:transfer:NET-H210`, value: '4', status: 'Completed' },
      { type: ['Result'], resultDescription: `${id}:transfer:NET-H220`, value: '3', status: 'OnHold' },
      { type: ['Result'], resultDescription: `${id}:transfer:NET-H230`, value: '2.5', status: 'Completed' },
      { type: ['Result'], resultDescription: `${id}:transfer:NET-H240`, value: '1', status: 'Withdrew' },
    ]);
  });

  it('explains the decision in the words it was recorded with, and where each transfer stands today', () => {
    expect((progressionCredential(decision()).credentialSubject as { narrative: string }).narrative).toBe([
      'Decided on 2025-07-01 under version 2 of the requirements of agr-net.',
      '- NET-S101 and NET-S120 are passed.',
      '- Certificate NED1-1 counts.',
      '- Excused from NET-H210 for 4 credits. Now confirmed.',
      '- Excused from NET-H220 for 3 credits. Now under review, as its basis changed after the decision.',
      '- Excused from NET-H230. Now kept after review.',
      '- Excused from NET-H240. Now withdrawn after review.',
    ].join('\n'));
  });

  it('a check that was not met is Failed, and a decision with no requirements and no transfers lists no results', () => {
    const unmet = progressionCredential(decision({ checks: [{ requirementId: '9', description: 'Average 60', met: false, explanation: 'x' }], transfers: [] }));
    expect((unmet.credentialSubject as { result: unknown[] }).result).toEqual([{ type: ['Result'], resultDescription: 'urn:guantong:progression:agr-net:requirement:9', status: 'Failed' }]);
    const empty = progressionCredential(decision({ checks: [], transfers: [] })).credentialSubject as Record<string, unknown>;
    expect(empty).not.toHaveProperty('result');
    expect(empty.achievement).not.toHaveProperty('resultDescription');
    expect((empty.achievement as { criteria: unknown }).criteria).toEqual({ narrative: 'The agreement set no requirement.' });
    expect(empty.creditsEarned).toBe(0);
    expect(openBadgeSchemaErrors({ ...progressionCredential(decision({ checks: [], transfers: [] })), proof: [] })).toEqual([]);
  });

  it('counts only the credits of transfers confirmed or kept', () => {
    expect(creditsThatCount(decision().transfers)).toBe(6.5);
    expect(TRANSFER_STATUS).toEqual({ CONFIRMED: 'Completed', KEPT: 'Completed', NEEDS_REVIEW: 'OnHold', WITHDRAWN: 'Withdrew' });
    expect(progressionAchievementId('agr x')).toBe('urn:guantong:progression:agr%20x');
  });
});

const stage = (learner = LEARNER, name = 'Secondary stage: Network Technology'): Credential => ({
  ...stageCredential({
    id: 'urn:uuid:1', issuer: { did: 'did:web:hub.example.cn:issuers:sch-riverside', name: 'Riverside' }, stage: 'SECONDARY', program: { code: 'SEC-NET', name: 'Network Technology' },
    enrolledOn: '2022-09-01', completedOn: null, results: [], subject: hashedIdentifier(learner, 'school-salt'), issuedAt: '2026-11-23T04:00:00.000Z',
  }),
  name,
  proof: [{ type: 'DataIntegrityProof' }],
});
const badge = (name: string, learner = LEARNER): Credential => ({ ...stage(learner, name), id: `urn:uuid:${name}` });

const parts = (extra: Partial<TranscriptParts> = {}): TranscriptParts => ({
  learnerId: LEARNER,
  secondaryStage: stage(),
  higherStage: stage(LEARNER, 'Higher stage'),
  progression: stage(LEARNER, 'Progression'),
  certificates: [
    { serial: 'NED1-1', status: 'VALID', credential: badge('X-NED-1') },
    { serial: 'NE2-1', status: 'REVOKED', credential: badge('X-NE-2 (revoked)') },
    { serial: 'TY-1', status: 'VALID', credential: badge('E-TY-NT') },
  ],
  ...extra,
});

const names = (credentials: Credential[]) => credentials.map((c) => c.name);

describe('the credentials a transcript holds', () => {
  it('are the secondary stage, the progression, the higher stage, then each standing certificate; a revoked one is left out', () => {
    expect(names(transcriptCredentials(parts()))).toEqual(['Secondary stage: Network Technology', 'Progression', 'Higher stage', 'X-NED-1', 'E-TY-NT']);
  });

  it('for a learner still at the secondary stage, the school\'s stage and the certificates alone', () => {
    expect(names(transcriptCredentials(parts({ higherStage: null, progression: null, certificates: [] })))).toEqual(['Secondary stage: Network Technology']);
  });

  it('are refused, naming the part, when the school or the enterprise subgraph did not give it to this caller', () => {
    expect(() => transcriptCredentials(parts({ secondaryStage: null }))).toThrow("the transcript cannot be made: the secondary school's record of the secondary stage is not readable to you, and the college signs only a complete record");
    expect(() => transcriptCredentials(parts({ certificates: null }))).toThrow("the transcript cannot be made: the learner's certificates (enterprise subgraph) are not readable to you");
    const unsigned = parts({ certificates: [{ serial: 'NED1-1', status: 'VALID', credential: null }] });
    expect(() => transcriptCredentials(unsigned)).toThrow('the transcript cannot be made: the credential of certificate NED1-1 is not readable to you');
    try {
      transcriptCredentials(parts({ secondaryStage: null }));
    } catch (err) {
      expect((err as { extensions: { code: string } }).extensions.code).toBe('FORBIDDEN');
    }
    expect(transcriptCredentials(parts({ certificates: [{ serial: 'R', status: 'REVOKED', credential: null }] }))).toHaveLength(3);
  });

  it('are never signed when a part names another learner', () => {
    expect(() => transcriptCredentials(parts({ secondaryStage: stage('GT2022000028') }))).toThrow(`the secondary stage credential does not name learner ${LEARNER}: the transcript is not signed`);
    expect(() => transcriptCredentials(parts({ progression: stage('GT2022000028', 'Progression') }))).toThrow(`the college's credential "Progression" does not name learner ${LEARNER}`);
    expect(() => transcriptCredentials(parts({ certificates: [{ serial: 'NED1-1', status: 'VALID', credential: badge('X', 'GT2022000028') }] }))).toThrow(`the credential of certificate NED1-1 does not name learner ${LEARNER}`);
  });

  it('are never signed when a part is not a conforming Open Badge', () => {
    const broken = { ...stage(), validFrom: undefined, awardedDate: 'today' };
    expect(() => transcriptCredentials(parts({ secondaryStage: broken }))).toThrow("the secondary stage credential does not conform to the Open Badges 3.0 schema ((the credential) must have required property 'validFrom'; /awardedDate must match format \"date-time\"): the transcript is not signed");
  });
});

const raw = (extra: Partial<RawRecognition> = {}): RawRecognition => ({
  standard: { code: 'E-HD-ICVT', name: 'Huadong ICV Technician', level: 'INTERMEDIATE' },
  award: { serial: 'ICV2-1', standard: { code: 'X-ICV-2', name: 'ICV Testing', level: 'INTERMEDIATE' } },
  path: [{ id: 'rec-icv-huadong', mutual: true }],
  effectiveFrom: '2024-09-01',
  effectiveTo: null,
  ...extra,
});

describe('the recognitions that applied', () => {
  it('are read from the enterprise subgraph\'s answer: the standard held, its certificate, the standard it counts as, and the path', () => {
    expect(appliedRecognitions([raw()])).toEqual([{
      held: { code: 'X-ICV-2', name: 'ICV Testing', level: 'INTERMEDIATE' },
      serial: 'ICV2-1',
      counted: { code: 'E-HD-ICVT', name: 'Huadong ICV Technician', level: 'INTERMEDIATE' },
      agreementIds: ['rec-icv-huadong'],
      mutual: true,
      effectiveFrom: '2024-09-01',
      effectiveTo: null,
    }]);
  });

  it('a path is mutual only when every agreement on it is', () => {
    const path = [{ id: 'a', mutual: true }, { id: 'b', mutual: false }];
    expect(appliedRecognitions([raw({ path })])[0]).toMatchObject({ agreementIds: ['a', 'b'], mutual: false });
    expect(appliedRecognitions([raw({ path: [] })])[0]).toMatchObject({ agreementIds: [], mutual: false });
    expect(appliedRecognitions([raw({ path: null })])[0]).toMatchObject({ agreementIds: [], mutual: false });
  });

  it('never lets a holder count at a higher level, and leaves out a recognition with no award', () => {
    const higher = raw({ standard: { code: 'X-NE-2', name: 'Network Engineer', level: 'INTERMEDIATE' }, award: { serial: 'NED1-1', standard: { code: 'X-NED-1', level: 'ENTRY' } } });
    const unlevelled = raw({ standard: { code: 'E-TY-NT', level: null }, award: { serial: 'NED1-1', standard: { code: 'X-NED-1', level: 'ENTRY' } }, effectiveTo: '2027-01-01' });
    expect(appliedRecognitions([higher, raw({ award: null }), unlevelled])).toEqual([
      { held: { code: 'X-NED-1', name: 'X-NED-1', level: 'ENTRY' }, serial: 'NED1-1', counted: { code: 'E-TY-NT', name: 'E-TY-NT', level: null }, agreementIds: ['rec-icv-huadong'], mutual: true, effectiveFrom: '2024-09-01', effectiveTo: '2027-01-01' },
    ]);
    expect(appliedRecognitions(null)).toEqual([]);
    expect(appliedRecognitions(undefined)).toEqual([]);
  });
});
