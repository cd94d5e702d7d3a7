import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chinaMidnight, identityHash, standardAchievementId as standardUri, statusEntry } from '@guantong/shared/credentials';
import { achievementCredential, type AchievementFacts } from '../credentials/achievement.ts';

const STATUS = statusEntry('https://hub.example.cn/issuers/org-zhongxin/status/revocation/0', 3);
const facts = (over: Partial<AchievementFacts> = {}): AchievementFacts => ({
  id: 'urn:uuid:00000000-0000-8000-8000-000000000000',
  issuer: { did: 'did:web:hub.example.cn:issuers:org-zhongxin', name: 'Zhongxin Evaluation' },
  standard: { code: 'X-NED-1', name: 'Network Device Installation', kind: 'VOCATIONAL_SKILL_LEVEL', level: 'ENTRY', description: 'Installs network devices.' },
  award: { serial: 'NED1-2024-000073', issuedOn: '2024-06-20', score: 85 },
  recognitions: [],
  subject: { learnerId: 'GT202200001X', salt: 'c0ffee' },
  status: STATUS,
  ...over,
});

describe('a certificate award as an OB 3.0 AchievementCredential', () => {
  it('is an OpenBadgeCredential of the issuer, valid from the start of its issue date in China, with its status entry', () => {
    const c = achievementCredential(facts());
    expect(c).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:00000000-0000-8000-8000-000000000000',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'X-NED-1 Network Device Installation',
      description: 'Zhongxin Evaluation certifies that the holder of certificate NED1-2024-000073 passed X-NED-1 Network Device Installation on 2024-06-20.',
      issuer: { id: 'did:web:hub.example.cn:issuers:org-zhongxin', type: ['Profile'], name: 'Zhongxin Evaluation' },
      validFrom: '2024-06-20T00:00:00+08:00',
      awardedDate: '2024-06-20T00:00:00+08:00',
      credentialStatus: STATUS,
    });
    expect(c).not.toHaveProperty('validUntil');
  });

  it('the achievement is the standard: code, name, description, level, kind, issuer, criteria and the score\'s scale', () => {
    const { achievement, result } = achievementCredential(facts()).credentialSubject as { achievement: Record<string, unknown>; result: unknown };
    expect(achievement).toEqual({
      id: 'urn:guantong:standard:X-NED-1',
      type: ['Achievement'],
      achievementType: 'Certificate',
      humanCode: 'X-NED-1',
      name: 'Network Device Installation',
      description: 'Installs network devices.',
      criteria: { narrative: 'Pass the assessment of Zhongxin Evaluation for X-NED-1 Network Device Installation (1+X vocational skill level certificate, ENTRY level).' },
      creator: { id: 'did:web:hub.example.cn:issuers:org-zhongxin', type: ['Profile'], name: 'Zhongxin Evaluation' },
      tag: ['VOCATIONAL_SKILL_LEVEL', 'level:ENTRY'],
      resultDescription: [{ id: 'urn:guantong:standard:X-NED-1:score', type: ['ResultDescription'], name: 'Assessment score', resultType: 'Percent', valueMin: '0', valueMax: '100' }],
    });
    expect(result).toEqual([{ type: ['Result'], resultDescription: 'urn:guantong:standard:X-NED-1:score', value: '85' }]);
  });

  it('an enterprise certificate without a level says so by leaving the level out', () => {
    const standard = { code: 'E-TY-NT', name: 'Network Technician', kind: 'ENTERPRISE_TECHNICAL', level: null, description: 'd' };
    const { achievement } = achievementCredential(facts({ standard })).credentialSubject as { achievement: { tag: string[]; criteria: { narrative: string } } };
    expect(achievement.tag).toEqual(['ENTERPRISE_TECHNICAL']);
    expect(achievement.criteria.narrative).toBe('Pass the assessment of Zhongxin Evaluation for E-TY-NT Network Technician (enterprise technical certificate).');
    const odd = achievementCredential(facts({ standard: { ...standard, kind: 'OTHER' } })).credentialSubject as { achievement: { criteria: { narrative: string } } };
    expect(odd.achievement.criteria.narrative).toBe('Pass the assessment of Zhongxin Evaluation for E-TY-NT Network Technician (OTHER).');
  });

  it('names the learner only by the salted SHA-256 of their hub id, as an OB IdentityHash', () => {
    const { identifier } = achievementCredential(facts()).credentialSubject as { identifier: unknown[] };
    const expected = `sha256$${createHash('sha256').update('GT202200001Xc0ffee').digest('hex')}`;
    expect(identifier).toEqual([{ type: 'IdentityObject', hashed: true, identityHash: expected, identityType: 'identifier', salt: 'c0ffee' }]);
    expect(identityHash('GT202200001X', 'c0ffee')).toBe(expected);
    expect(JSON.stringify(achievementCredential(facts()))).not.toContain('GT202200001X');
  });

  it('a named copy adds the printed name, unhashed, as a second identifier', () => {
    const { identifier } = achievementCredential(facts({ subject: { learnerId: 'GT202200001X', salt: 's', name: '李一诺' } })).credentialSubject as { identifier: unknown[] };
    expect(identifier).toHaveLength(2);
    expect(identifier[1]).toEqual({ type: 'IdentityObject', hashed: false, identityHash: '李一诺', identityType: 'name' });
  });

  it('carries each recognition the hub knows as an alignment saying which way, from when, and on what basis', () => {
    const recognitions = [
      { id: 'rec-1', code: 'E-TY-NT', name: 'Network Technician', level: null, mutual: true, effectiveFrom: '2024-01-01', effectiveTo: null, basis: 'joint pilot' },
      { id: 'rec-2', code: 'X-NE-1', name: 'Network Engineering', level: 'ENTRY', mutual: false, effectiveFrom: '2024-03-01', effectiveTo: '2027-12-31', basis: 'policy' },
    ];
    const { achievement } = achievementCredential(facts({ recognitions })).credentialSubject as { achievement: { alignment: unknown[] } };
    expect(achievement.alignment).toEqual([
      { type: ['Alignment'], targetName: 'Network Technician', targetCode: 'E-TY-NT', targetUrl: 'urn:guantong:standard:E-TY-NT', targetType: 'ext:RecognisedAs', targetFramework: 'Guantong recognition agreements',
        targetDescription: 'Holders count as holders of E-TY-NT under agreement rec-1 (mutual recognition, from 2024-01-01): joint pilot' },
      { type: ['Alignment'], targetName: 'Network Engineering', targetCode: 'X-NE-1', targetUrl: 'urn:guantong:standard:X-NE-1', targetType: 'ext:RecognisedAs', targetFramework: 'Guantong recognition agreements',
        targetDescription: 'Holders count as holders of X-NE-1 (ENTRY) under agreement rec-2 (one-way recognition, from 2024-03-01 until 2027-12-31): policy' },
    ]);
    const none = achievementCredential(facts()).credentialSubject as { achievement: Record<string, unknown> };
    expect(none.achievement).not.toHaveProperty('alignment');
  });

  it('writes instants and URIs the schema accepts', () => {
    expect(chinaMidnight('2026-11-23')).toBe('2026-11-23T00:00:00+08:00');
    expect(standardUri('X NED/1')).toBe('urn:guantong:standard:X%20NED%2F1');
  });
});
