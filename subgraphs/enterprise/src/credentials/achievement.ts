/**
 * A certificate award as an Open Badges 3.0 AchievementCredential (unsigned).
 * The achievement is the standard (code, level, issuer, criteria, the score's
 * scale); the subject is the learner, named only by a salted SHA-256 of their
 * hub id unless they asked for a named copy; the recognitions the hub knows on
 * the issue date travel as alignments; `credentialStatus` is the award's bit.
 */
import {
  chinaMidnight, hashedIdentifier, OB_V3_CONTEXT, standardAchievementId as standardUri, VC_V2_CONTEXT, type Credential, type StatusListEntry,
} from '@guantong/shared/credentials';

export interface AchievementFacts {
  /** The credential's own id, a URI. */
  id: string;
  issuer: { did: string; name: string };
  standard: { code: string; name: string; kind: string; level: string | null; description: string };
  award: { serial: string; issuedOn: string; score: number };
  /** Agreements in force on the issue date from this standard (or mutual ones to it). */
  recognitions: ReadonlyArray<{ id: string; code: string; name: string; level: string | null; mutual: boolean; effectiveFrom: string; effectiveTo: string | null; basis: string }>;
  subject: { learnerId: string; salt: string; name?: string };
  status: StatusListEntry;
}

const KIND_LABEL: Record<string, string> = {
  VOCATIONAL_SKILL_LEVEL: '1+X vocational skill level certificate',
  ENTERPRISE_TECHNICAL: 'enterprise technical certificate',
};

function subjectIdentifiers(subject: AchievementFacts['subject']): object[] {
  const hashed = hashedIdentifier(subject.learnerId, subject.salt);
  if (subject.name === undefined) return [hashed];
  return [hashed, { type: 'IdentityObject', hashed: false, identityHash: subject.name, identityType: 'name' }];
}

function recognitionAlignment(r: AchievementFacts['recognitions'][number]): object {
  const until = r.effectiveTo ? ` until ${r.effectiveTo}` : '';
  const way = r.mutual ? 'mutual recognition' : 'one-way recognition';
  return {
    type: ['Alignment'],
    targetName: r.name,
    targetCode: r.code,
    targetUrl: standardUri(r.code),
    targetType: 'ext:RecognisedAs',
    targetFramework: 'Guantong recognition agreements',
    targetDescription: `Holders count as holders of ${r.code}${r.level ? ` (${r.level})` : ''} under agreement ${r.id} (${way}, from ${r.effectiveFrom}${until}): ${r.basis}`,
  };
}

function achievement(facts: AchievementFacts): Record<string, unknown> {
  const { standard, issuer } = facts;
  const id = standardUri(standard.code);
  const level = standard.level ? `, ${standard.level} level` : '';
  return {
    id,
    type: ['Achievement'],
    achievementType: 'Certificate',
    humanCode: standard.code,
    name: standard.name,
    description: standard.description,
    criteria: { narrative: `Pass the assessment of ${issuer.name} for ${standard.code} ${standard.name} (${KIND_LABEL[standard.kind] ?? standard.kind}${level}).` },
    creator: { id: issuer.did, type: ['Profile'], name: issuer.name },
    tag: [standard.kind, ...(standard.level ? [`level:${standard.level}`] : [])],
    resultDescription: [{ id: `${id}:score`, type: ['ResultDescription'], name: 'Assessment score', resultType: 'Percent', valueMin: '0', valueMax: '100' }],
    ...(facts.recognitions.length ? { alignment: facts.recognitions.map(recognitionAlignment) } : {}),
  };
}

export function achievementCredential(facts: AchievementFacts): Credential {
  const { award, standard, issuer } = facts;
  const validFrom = chinaMidnight(award.issuedOn);
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: facts.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${standard.code} ${standard.name}`,
    description: `${issuer.name} certifies that the holder of certificate ${award.serial} passed ${standard.code} ${standard.name} on ${award.issuedOn}.`,
    issuer: { id: issuer.did, type: ['Profile'], name: issuer.name },
    validFrom,
    awardedDate: validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: subjectIdentifiers(facts.subject),
      achievement: achievement(facts),
      result: [{ type: ['Result'], resultDescription: `${standardUri(standard.code)}:score`, value: String(award.score) }],
    },
    credentialStatus: facts.status,
  };
}
