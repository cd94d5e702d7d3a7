/**
 * The articulation engine's fields of a learner: credit transfers, the what-if
 * preview and progression. Each is part RESULTS of the learner's record, and is
 * decided from evidence the gateway brings in with `@requires`.
 */
import { badInput } from '@guantong/shared/errors';
import { readPart, type StudentRef } from '../access/policy.ts';
import type { Context } from '../context.ts';
import { creditNeeds, evaluateCredit } from '../credit-bank/evaluate.ts';
import type { TransferSummary } from '../credit-bank/transfer.ts';
import { NO_EVIDENCE, requireEvidence, type Evidence, type EvidenceNeeds } from '../evidence/evidence.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { limitsOf } from '../credit-bank/load-limits.ts';
import { assessed, past } from '../decisions/progression-view.ts';
import { requirementsOn } from '../decisions/requirement-versions.ts';
import { decisionView } from '../decisions/view.ts';
import { assessProgression, progressionNeeds } from '../progression/evaluate.ts';
import { todayInChina } from '@guantong/shared/clock';

/**
 * The evidence a decision rests on, once the caller may read it. A decision that
 * reads certificates also needs the caller's right to the whole list: the
 * enterprise subgraph shows anyone else only the awards they issued, and a
 * decision on those alone would be made on partial evidence, so it is refused.
 */
async function evidenceFor(ctx: Context, ref: StudentRef, field: string, needs: EvidenceNeeds, decision: string): Promise<Evidence | null> {
  if (needs.certificates || needs.recognized) await readPart(ctx, ref, 'CERTIFICATES', field);
  const evidence = ref.evidence ?? NO_EVIDENCE;
  requireEvidence(evidence, needs, decision);
  return evidence;
}

async function creditSummary(ctx: Context, ref: StudentRef, agreementId: string, field: string): Promise<TransferSummary | null> {
  const rules = await ctx.loaders.creditRulesByAgreement.load(agreementId);
  const evidence = await evidenceFor(ctx, ref, field, creditNeeds(rules), 'credit transfer');
  if (!evidence) return null;
  const limits = await limitsOf(ctx, agreementId, rules);
  const input = { certificates: evidence.certificates ?? [], results: evidence.results ?? [] };
  return { agreementId, maxTransferCredits: limits.maxTransferCredits, ...evaluateCredit(rules, input, limits, todayInChina()) };
}

type ArticulationFields = Pick<StudentResolvers, 'creditTransfers' | 'creditTransferPreview' | 'progression' | 'progressionDecision'>;

export const articulationFields: ArticulationFields = {
  /** Under the learner's own agreement; null when they are not on the registry. */
  async creditTransfers(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'creditTransfers');
    const entry = await ctx.loaders.registryByStudent.load(ref.id);
    return entry ? creditSummary(ctx, ref, entry.pathway.agreementId, 'creditTransfers') : null;
  },

  async creditTransferPreview(ref, { agreementId }, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'creditTransferPreview');
    if (!(await ctx.loaders.agreementById.load(agreementId))) {
      throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
    }
    return creditSummary(ctx, ref, agreementId, 'creditTransferPreview');
  },

  /**
   * Assessed on today's date, with the requirements in force today, for a
   * learner at the SECONDARY stage; the recorded decision for one past it.
   * Null when the learner is not on the registry.
   */
  async progression(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'progression');
    // Both in one tick, so a page costs the same statements whatever its learners' stages.
    const [entry, row] = await Promise.all([ctx.loaders.registryByStudent.load(ref.id), ctx.loaders.decisionByStudent.load(ref.id)]);
    if (!entry) return null;
    if (entry.pathway.stage !== 'SECONDARY') {
      return past(entry.pathway, row && (await decisionView(ctx, row, ref.evidence?.certificates ?? null)));
    }
    const { agreementId } = entry.pathway;
    const today = todayInChina();
    // The agreement is loaded here, in the same tick for every learner, so ProgressionAssessment.agreement finds it cached.
    const [rows, versions] = await Promise.all([
      ctx.loaders.requirementsByAgreement.load(agreementId), ctx.loaders.requirementVersionsByAgreement.load(agreementId), ctx.loaders.agreementById.load(agreementId),
    ]);
    const { requirements } = requirementsOn(rows, versions, today);
    const evidence = await evidenceFor(ctx, ref, 'progression', progressionNeeds(requirements), 'progression');
    return evidence ? assessed(assessProgression(agreementId, requirements, evidence, today), today) : null;
  },

  /**
   * The decision as recorded, with a review beside each confirmed transfer whose
   * basis has failed since. Certificates are compared only as far as the
   * enterprise showed them to this caller (an issuer sees its own awards).
   */
  async progressionDecision(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'progressionDecision');
    const row = await ctx.loaders.decisionByStudent.load(ref.id);
    return row && decisionView(ctx, row, ref.evidence?.certificates ?? null);
  },
};
