/**
 * The recorded progression decision as an Open Badges 3.0 credential of the
 * college (unsigned): the achievement is the agreement's progression
 * assessment (转段考核), its results each requirement's check and each credit
 * transfer the decision confirmed, with where that transfer stands now.
 */
import { chinaMidnight, CREDENTIAL_SCHEMA_TYPE, OB_SCHEMA_ID, OB_V3_CONTEXT, VC_V2_CONTEXT, type Credential, type HashedIdentifier } from '@guantong/shared/credentials';

export type TransferStanding = 'CONFIRMED' | 'NEEDS_REVIEW' | 'KEPT' | 'WITHDRAWN';

export interface ProgressionFacts {
  id: string;
  issuer: { did: string; name: string };
  agreement: { id: string; name: string };
  decidedOn: string;
  requirementsVersion: number;
  checks: ReadonlyArray<{ requirementId: string; description: string; met: boolean; explanation: string }>;
  transfers: ReadonlyArray<{ ruleId: number; course: { code: string; title: string }; credits: number; explanation: string; status: TransferStanding }>;
  subject: HashedIdentifier;
  issuedAt: string;
}

/** OB 3.0's result status for where a confirmed transfer stands: a transfer under review is on hold. */
export const TRANSFER_STATUS: Record<TransferStanding, 'Completed' | 'OnHold' | 'Withdrew'> = {
  CONFIRMED: 'Completed',
  KEPT: 'Completed',
  NEEDS_REVIEW: 'OnHold',
  WITHDRAWN: 'Withdrew',
};

const STANDING_TEXT: Record<TransferStanding, string> = {
  CONFIRMED: 'confirmed',
  KEPT: 'kept after review',
  NEEDS_REVIEW: 'under review, as its basis changed after the decision',
  WITHDRAWN: 'withdrawn after review',
};

export const progressionAchievementId = (agreementId: string): string => `urn:guantong:progression:${encodeURIComponent(agreementId)}`;

/** Credits of the transfers that still count: confirmed, or kept after review. */
export const creditsThatCount = (transfers: ProgressionFacts['transfers']): number =>
  transfers.filter((t) => TRANSFER_STATUS[t.status] === 'Completed').reduce((sum, t) => sum + t.credits, 0);

function resultDescriptions(facts: ProgressionFacts, id: string): Array<Record<string, unknown>> {
  return [
    ...facts.checks.map((c) => ({ id: `${id}:requirement:${encodeURIComponent(c.requirementId)}`, type: ['ResultDescription'], name: c.description, resultType: 'Status' })),
    ...facts.transfers.map((t) => ({
      id: `${id}:transfer:${encodeURIComponent(t.course.code)}`,
      type: ['ResultDescription'],
      name: `Credit transfer: exempted from ${t.course.code} ${t.course.title} under credit rule ${t.ruleId}`,
      resultType: 'ext:CreditTransfer',
    })),
  ];
}

function results(facts: ProgressionFacts, id: string): Array<Record<string, unknown>> {
  return [
    ...facts.checks.map((c) => ({ type: ['Result'], resultDescription: `${id}:requirement:${encodeURIComponent(c.requirementId)}`, status: c.met ? 'Completed' : 'Failed' })),
    ...facts.transfers.map((t) => ({ type: ['Result'], resultDescription: `${id}:transfer:${encodeURIComponent(t.course.code)}`, value: String(t.credits), status: TRANSFER_STATUS[t.status] })),
  ];
}

/** The decision's reasons in Markdown, as it explained them the day it was made, with each transfer's standing today. */
function narrative(facts: ProgressionFacts): string {
  const checks = facts.checks.map((c) => `- ${c.explanation}`);
  const transfers = facts.transfers.map((t) => `- ${t.explanation} Now ${STANDING_TEXT[t.status]}.`);
  return [`Decided on ${facts.decidedOn} under version ${facts.requirementsVersion} of the requirements of ${facts.agreement.id}.`, ...checks, ...transfers].join('\n');
}

export function progressionCredential(facts: ProgressionFacts): Credential {
  const id = progressionAchievementId(facts.agreement.id);
  const descriptions = resultDescriptions(facts, id);
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: facts.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Progression to the higher stage: ${facts.agreement.name}`,
    description: `${facts.issuer.name} records that the learner progressed to the higher stage of ${facts.agreement.id} on ${facts.decidedOn}, with ${creditsThatCount(facts.transfers)} transferred credits that count.`,
    issuer: { id: facts.issuer.did, type: ['Profile'], name: facts.issuer.name },
    validFrom: facts.issuedAt,
    awardedDate: facts.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [facts.subject],
      activityEndDate: chinaMidnight(facts.decidedOn),
      creditsEarned: creditsThatCount(facts.transfers),
      narrative: narrative(facts),
      achievement: {
        id,
        type: ['Achievement'],
        achievementType: 'Assessment',
        humanCode: facts.agreement.id,
        name: `Progression assessment: ${facts.agreement.name}`,
        description: `The progression assessment (转段考核) of articulation agreement ${facts.agreement.id}, under version ${facts.requirementsVersion} of its requirements.`,
        criteria: { narrative: facts.checks.length ? `Meet every requirement: ${facts.checks.map((c) => c.description).join('; ')}.` : 'The agreement set no requirement.' },
        creator: { id: facts.issuer.did, type: ['Profile'], name: facts.issuer.name },
        ...(descriptions.length ? { resultDescription: descriptions } : {}),
      },
      ...(descriptions.length ? { result: results(facts, id) } : {}),
    },
    credentialSchema: [{ id: OB_SCHEMA_ID, type: CREDENTIAL_SCHEMA_TYPE }],
  };
}
