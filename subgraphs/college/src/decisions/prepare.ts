/**
 * What progressStudent decides on and records: the requirements in force on
 * the day (and their version), the evidence fetched from its owners, the
 * assessment, and the credit transfers the credit bank confirms that day, all
 * computed before the write so the transaction only stores them.
 */
import { limitsOf } from '../credit-bank/load-limits.ts';
import type { Actor } from '@guantong/shared/identity';
import type { Context } from '../context.ts';
import { creditNeeds, evaluateCredit } from '../credit-bank/evaluate.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import type { ProgressionDecisionRow } from '../entities/progression-decision.ts';
import { requireEvidence, type EvidenceNeeds } from '../evidence/evidence.ts';
import { remoteEvidence } from '../evidence/remote.ts';
import { assessProgression, progressionNeeds, type Assessment } from '../progression/evaluate.ts';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { confirmedTransfers, recordedChecks } from './record.ts';
import { requirementsOn } from './requirement-versions.ts';

const either = (a: EvidenceNeeds, b: EvidenceNeeds): EvidenceNeeds => ({
  certificates: a.certificates || b.certificates, results: a.results || b.results, recognized: a.recognized || b.recognized, moduleCredits: a.moduleCredits || b.moduleCredits,
});

const whoDecided = (actor: Actor) =>
  actor.kind === 'user' ? { actorSubject: actor.subject, actorOrganizationId: actor.orgId ?? null } : { actorSubject: 'anonymous', actorOrganizationId: null };

export interface Prepared {
  assessment: Assessment;
  decision: Omit<ProgressionDecisionRow, 'id'>;
}

/** Assesses the learner on `decidedOn` and builds the decision to record if they are eligible. */
export async function prepareDecision(ctx: Context, studentId: string, agreement: AgreementRow, decidedOn: string): Promise<Prepared> {
  const [rows, versions, rules] = await Promise.all([
    ctx.loaders.requirementsByAgreement.load(agreement.id),
    ctx.loaders.requirementVersionsByAgreement.load(agreement.id),
    ctx.loaders.creditRulesByAgreement.load(agreement.id),
  ]);
  const { version, requirements } = requirementsOn(rows, versions, decidedOn);
  const needs = either(progressionNeeds(requirements), creditNeeds(rules));
  const evidence = await remoteEvidence(ctx.peers, studentId, needs);
  requireEvidence(evidence, needs, 'progression');
  // Evidence counts only once it exists: a later decision date does not bring tomorrow's evidence forward.
  const today = todayInChina();
  const asOf = decidedOn < today ? decidedOn : today;
  const assessment = assessProgression(agreement.id, requirements, evidence, asOf);
  const input = { certificates: evidence.certificates ?? [], results: evidence.results ?? [] };
  const credit = evaluateCredit(rules, input, await limitsOf(ctx, agreement.id, rules), asOf);
  const transfers = confirmedTransfers(credit);
  return {
    assessment,
    decision: {
      studentId, agreementId: agreement.id, requirementsVersion: version, decidedOn, recordedAt: nowInstant(), ...whoDecided(ctx.actor),
      checks: JSON.stringify(recordedChecks(assessment, evidence, decidedOn)),
      confirmedTransfers: JSON.stringify(transfers),
      totalCredits: credit.totalCredits,
    },
  };
}
