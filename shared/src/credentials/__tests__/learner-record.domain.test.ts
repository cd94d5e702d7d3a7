/**
 * The learner's record as credentials, before anyone signs it: how a learner
 * is named without being named, how a stage's results read as an Open Badges
 * 3.0 credential, and how a CLR 2.0 transcript holds the parts.
 */
import { describe, expect, it } from 'vitest';
import { derivedCredentialId, hashedIdentifier, identityHash, namesLearner } from '../subject.ts';
import { courseResultId, creditsEarned, stageAchievementId, stageCredential, type StageFacts, type StageResult } from '../stage.ts';
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts.ts';
import { isOpenBadgeCredential, openBadgeSchemaCheck, openBadgeSchemaErrors } from '../ob-schema.ts';

const SALT = '0123456789abcdef0123456789abcdef';
const LEARNER = 'GT202200001X';

describe('a learner named by a salted hash', () => {
  it('is the SHA-256 of the id followed by the salt, written as OB 3.0 says', () => {
    // echo -n GT202200001Xsalt | sha256sum
    expect(identityHash('GT202200001X', 'salt')).toBe('sha256$3cc4ea8d877f6bf06aed6980d9fa2f66333237705f469e94b83095273d9a04dd');
    expect(identityHash('GT202200001X', 'salt')).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identityHash('GT202200001X', 'salt')).not.toBe(identityHash('GT202200001X', 'pepper'));
    expect(identityHash('GT202200001X', 'salt')).not.toBe(identityHash('GT2022000028', 'salt'));
    expect(identityHash('ab', 'c')).toBe(identityHash('a', 'bc'));
  });

  it('carries the salt beside the hash, so anyone told the id can check it', () => {
    expect(hashedIdentifier(LEARNER, SALT)).toEqual({ type: 'IdentityObject', hashed: true, identityHash: identityHash(LEARNER, SALT), identityType: 'identifier', salt: SALT });
  });

  it('a credential names the learner only through a hashed identifier of exactly their id', () => {
    const about = (identifier: unknown) => ({ credentialSubject: { identifier } });
    expect(namesLearner(about([hashedIdentifier(LEARNER, SALT)]), LEARNER)).toBe(true);
    expect(namesLearner(about([{ type: 'IdentityObject', hashed: false, identityHash: 'Li Wei', identityType: 'name' }, hashedIdentifier(LEARNER, SALT)]), LEARNER)).toBe(true);
    expect(namesLearner(about([hashedIdentifier('GT2022000028', SALT)]), LEARNER)).toBe(false);
    expect(namesLearner(about([{ ...hashedIdentifier(LEARNER, SALT), salt: 'other' }]), LEARNER)).toBe(false);
    expect(namesLearner(about([{ ...hashedIdentifier(LEARNER, SALT), hashed: false }]), LEARNER)).toBe(false);
    expect(namesLearner(about([{ ...hashedIdentifier(LEARNER, SALT), identityType: 'name' }]), LEARNER)).toBe(false);
    const { salt: _salt, ...unsalted } = hashedIdentifier(LEARNER, '');
    expect(namesLearner(about([unsalted]), LEARNER)).toBe(false);
    expect(namesLearner(about([null, 'x', 7]), LEARNER)).toBe(false);
    // A hash with no salt beside it names no one, even one made with the word a missing salt would print as.
    const { salt: _none, ...saltless } = hashedIdentifier(LEARNER, 'undefined');
    expect(namesLearner(about([saltless]), LEARNER)).toBe(false);
    expect(namesLearner({ credentialSubject: Object.assign([], { identifier: [hashedIdentifier(LEARNER, SALT)] }) }, LEARNER)).toBe(true);
    expect(namesLearner({ credentialSubject: 'GT202200001X' }, LEARNER)).toBe(false);
    expect(namesLearner({ credentialSubject: null }, LEARNER)).toBe(false);
    expect(namesLearner(about(hashedIdentifier(LEARNER, SALT)), LEARNER)).toBe(false);
    expect(namesLearner({ credentialSubject: [{ identifier: [hashedIdentifier(LEARNER, SALT)] }] }, LEARNER)).toBe(false);
    expect(namesLearner({}, LEARNER)).toBe(false);
  });
});

describe('the id of a credential', () => {
  it('is a version-8 urn:uuid from the digest of what the credential states, the same each time', () => {
    const id = derivedCredentialId('did:web:x', 'transcript', LEARNER, '2026-11-23T04:00:00.000Z');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedCredentialId('did:web:x', 'transcript', LEARNER, '2026-11-23T04:00:00.000Z')).toBe(id);
    expect(derivedCredentialId('did:web:x', 'transcript', LEARNER, '2026-11-23T04:00:01.000Z')).not.toBe(id);
    expect(derivedCredentialId('a|b')).toBe(derivedCredentialId('a', 'b'));
  });

  it('takes its variant from the digest, within the RFC 9562 variant bits', () => {
    // sha256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb: the 17th hex digit is f.
    expect(derivedCredentialId('a')).toBe('urn:uuid:ca978112-ca1b-8dca-bac2-31b39a23dc4d');
    // sha256("b") = 3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d: the 17th hex digit is 3.
    expect(derivedCredentialId('b')).toBe('urn:uuid:3e23e816-0039-894a-b389-4f6564e1b134');
  });
});

const result = (courseCode: string, term: string, score: number, credits = 4): StageResult => ({ courseCode, title: `Course ${courseCode}`, credits, term, score, passed: score >= 60 });

const facts = (extra: Partial<StageFacts> = {}): StageFacts => ({
  id: 'urn:uuid:00000000-0000-8000-8000-000000000001',
  issuer: { did: 'did:web:hub.example.cn:issuers:sch-riverside', name: 'Riverside Secondary Vocational School' },
  stage: 'SECONDARY',
  program: { code: 'SEC-NET', name: 'Network Technology' },
  enrolledOn: '2022-09-01',
  completedOn: '2025-07-01',
  results: [result('NET-S120', '2023-2024-1', 91, 3), result('NET-S101', '2022-2023-2', 55), result('NET-S101', '2022-2023-1', 48), result('NET-S101', '2023-2024-1', 72)],
  subject: hashedIdentifier(LEARNER, SALT),
  issuedAt: '2026-11-23T04:00:00.000Z',
  ...extra,
});

describe('a stage of the pathway as an Open Badges 3.0 credential', () => {
  it('is an OpenBadgeCredential of the issuing institution, valid from the instant it is stated', () => {
    const credential = stageCredential(facts());
    expect(credential).toMatchObject({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: 'urn:uuid:00000000-0000-8000-8000-000000000001',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Secondary stage: Network Technology',
      description: "Riverside Secondary Vocational School states the learner's 4 course results in SEC-NET, enrolled on 2022-09-01, completed on 2025-07-01.",
      issuer: { id: 'did:web:hub.example.cn:issuers:sch-riverside', type: ['Profile'], name: 'Riverside Secondary Vocational School' },
      validFrom: '2026-11-23T04:00:00.000Z',
      awardedDate: '2026-11-23T04:00:00.000Z',
      credentialSchema: [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json-ld/ob_v3p0_achievementcredential_schema.json', type: 'JsonSchema' }],
    });
    expect(openBadgeSchemaErrors(credential)).toEqual([]);
  });

  it('names the learner by the hashed identifier only, with the stage dates and the credits of the courses passed', () => {
    const subject = stageCredential(facts()).credentialSubject as Record<string, unknown>;
    expect(subject).toMatchObject({ type: ['AchievementSubject'], identifier: [hashedIdentifier(LEARNER, SALT)], activityStartDate: '2022-09-01T00:00:00+08:00', activityEndDate: '2025-07-01T00:00:00+08:00', creditsEarned: 7 });
    expect(JSON.stringify(subject)).not.toContain(LEARNER);
  });

  it('the achievement is the programme\'s stage, created by the institution, with every course result described', () => {
    const achievement = (stageCredential(facts()).credentialSubject as { achievement: Record<string, unknown> }).achievement;
    const id = 'urn:guantong:stage:secondary:SEC-NET';
    expect(achievement).toMatchObject({
      id,
      type: ['Achievement'],
      achievementType: 'LearningProgram',
      humanCode: 'SEC-NET',
      name: 'Secondary stage: Network Technology',
      description: 'The secondary stage of Network Technology (SEC-NET) at Riverside Secondary Vocational School, with every course result recorded.',
      criteria: { narrative: 'Courses of SEC-NET taught and assessed by Riverside Secondary Vocational School; a score of 60 or more out of 100 passes a course.' },
      creator: { id: 'did:web:hub.example.cn:issuers:sch-riverside', type: ['Profile'], name: 'Riverside Secondary Vocational School' },
    });
    expect(achievement.resultDescription).toEqual([
      { id: `${id}:course:NET-S101:2022-2023-1`, type: ['ResultDescription'], name: 'NET-S101 Course NET-S101, term 2022-2023-1 (4 credits)', resultType: 'Percent', valueMin: '0', valueMax: '100', requiredValue: '60' },
      expect.objectContaining({ id: `${id}:course:NET-S101:2022-2023-2` }),
      expect.objectContaining({ id: `${id}:course:NET-S101:2023-2024-1` }),
      expect.objectContaining({ id: `${id}:course:NET-S120:2023-2024-1`, name: 'NET-S120 Course NET-S120, term 2023-2024-1 (3 credits)' }),
    ]);
  });

  it('lists the results in term order, then by course, each Completed when passed and Failed when not', () => {
    const subject = stageCredential(facts()).credentialSubject as { result: unknown[] };
    const id = 'urn:guantong:stage:secondary:SEC-NET';
    expect(subject.result).toEqual([
      { type: ['Result'], resultDescription: `${id}:course:NET-S101:2022-2023-1`, value: '48', status: 'Failed' },
      { type: ['Result'], resultDescription: `${id}:course:NET-S101:2022-2023-2`, value: '55', status: 'Failed' },
      { type: ['Result'], resultDescription: `${id}:course:NET-S101:2023-2024-1`, value: '72', status: 'Completed' },
      { type: ['Result'], resultDescription: `${id}:course:NET-S120:2023-2024-1`, value: '91', status: 'Completed' },
    ]);
  });

  it('orders results by term, then by course within a term, whatever order they were recorded in', () => {
    const terms = ['2024-2025-2', '2022-2023-1', '2023-2024-2', '2022-2023-2', '2023-2024-1', '2024-2025-1'];
    const courses = ['NET-S140', 'NET-S101', 'NET-S130', 'NET-S120', 'NET-S110'];
    const shuffled = terms.flatMap((term, t) => courses.map((code, c) => result(code, term, 50 + ((t * 7 + c * 3) % 50))));
    const subject = stageCredential(facts({ results: shuffled })).credentialSubject as { result: Array<{ resultDescription: string }> };
    const order = subject.result.map((r) => r.resultDescription.split(':course:')[1]);
    expect(order).toEqual([...terms].sort().flatMap((term) => [...courses].sort().map((code) => `${code}:${term}`)));
  });

  it('a stage still running has no end date, and a stage with no results yet lists none', () => {
    const running = stageCredential(facts({ completedOn: null, results: [], stage: 'HIGHER', program: { code: 'COL-NET', name: 'Network Engineering' } }));
    const subject = running.credentialSubject as Record<string, unknown>;
    expect(subject).not.toHaveProperty('activityEndDate');
    expect(subject).not.toHaveProperty('result');
    expect(subject.achievement).not.toHaveProperty('resultDescription');
    expect(subject.creditsEarned).toBe(0);
    expect(running.name).toBe('Higher stage: Network Engineering');
    expect(running.description).toBe("Riverside Secondary Vocational School states the learner's 0 course results in COL-NET, enrolled on 2022-09-01, in progress.");
    expect((subject.achievement as { description: string }).description).toBe('The higher stage of Network Engineering (COL-NET) at Riverside Secondary Vocational School, with every course result recorded.');
    expect(openBadgeSchemaErrors(running)).toEqual([]);
  });

  it('counts a course\'s credits once however often it was passed, and never a failed course', () => {
    expect(creditsEarned([result('A', '2022-2023-1', 70, 4), result('A', '2022-2023-2', 80, 4), result('B', '2022-2023-1', 59, 2), result('C', '2022-2023-1', 60, 1.5)])).toBe(5.5);
    expect(creditsEarned([])).toBe(0);
  });

  it('gives stage achievements and course results URIs that a code cannot break', () => {
    expect(stageAchievementId('HIGHER', 'COL NET/1')).toBe('urn:guantong:stage:higher:COL%20NET%2F1');
    expect(courseResultId('urn:x', { courseCode: 'A B', term: '2024-2025-1' })).toBe('urn:x:course:A%20B:2024-2025-1');
  });
});

describe("1EdTech's Open Badges 3.0 JSON Schema", () => {
  const signedLike = (credential: Record<string, unknown>) => ({ ...credential, proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:web:x#key-1', proofValue: 'z1' }] });

  it('accepts a stage credential with its proof as an array', () => {
    expect(openBadgeSchemaCheck(signedLike(stageCredential(facts())))).toEqual({ name: 'schema', passed: true, message: "the credential conforms to 1EdTech's Open Badges 3.0 JSON Schema" });
  });

  it('refuses a proof written as one object, as the schema expects an array', () => {
    const check = openBadgeSchemaCheck({ ...stageCredential(facts()), proof: { type: 'DataIntegrityProof' } });
    expect(check).toEqual({ name: 'schema', passed: false, message: "the credential does not conform to 1EdTech's Open Badges 3.0 JSON Schema: /proof must be array" });
  });

  it('names every reason when there are three, and a date that is not one', () => {
    const { id: _id, ...noId } = signedLike(stageCredential(facts())) as Record<string, unknown>;
    const three = { ...noId, validFrom: 'yesterday', awardedDate: 'today' };
    expect(openBadgeSchemaCheck(three).message).toBe("the credential does not conform to 1EdTech's Open Badges 3.0 JSON Schema: (the credential) must have required property 'id'; /awardedDate must match format \"date-time\"; /validFrom must match format \"date-time\"");
  });

  it('names at most three reasons, then how many more', () => {
    const check = openBadgeSchemaCheck({});
    expect(check.passed).toBe(false);
    expect(check.message).toBe("the credential does not conform to 1EdTech's Open Badges 3.0 JSON Schema: (the credential) must have required property '@context'; (the credential) must have required property 'id'; (the credential) must have required property 'type' and 3 more");
  });

  it('applies to credentials that say they are Open Badges or achievement credentials', () => {
    expect(isOpenBadgeCredential({ type: ['VerifiableCredential', 'OpenBadgeCredential'] })).toBe(true);
    expect(isOpenBadgeCredential({ type: ['VerifiableCredential', 'AchievementCredential'] })).toBe(true);
    expect(isOpenBadgeCredential({ type: 'AchievementCredential' })).toBe(true);
    expect(isOpenBadgeCredential({ type: ['VerifiableCredential', 'ClrCredential'] })).toBe(false);
    expect(isOpenBadgeCredential({ type: ['VerifiableCredential', 'BitstringStatusListCredential'] })).toBe(false);
    expect(isOpenBadgeCredential({})).toBe(false);
  });

  it('refuses a CLR, which is not an achievement credential', () => {
    const clr = { ...stageCredential(facts()), '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT], type: ['VerifiableCredential', 'ClrCredential'] };
    expect(openBadgeSchemaErrors(clr)).toContain('/type must contain at least 1 valid item(s)');
  });
});
