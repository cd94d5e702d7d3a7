/**
 * addCreditRule and retireCreditRule: college staff manage their agreements'
 * credit conversion rules. Rules are never deleted, so a past transfer can
 * always be explained by the rule it rested on.
 */
import { In, IsNull, type EntityManager } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, notFound } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireDate } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { present } from '../resolvers/integrity.ts';
import { validateRuleInput, type NewCreditRule } from '../credit-bank/rule-input.ts';
import { AgreementEntity, type AgreementRow } from '../entities/agreement.ts';
import { CourseEntity } from '../entities/course.ts';
import { CreditRuleEntity, exemptCodesOf, type CreditRuleRow } from '../entities/credit-rule.ts';
import type { AddCreditRuleInput } from '../generated/resolvers.ts';
import { requireRuleEvidence } from '../peers/catalogue.ts';
import { correctionReasonFor, recordRetirement } from '../reviews/retirement.ts';

async function agreementFor(em: EntityManager, ctx: Context, agreementId: string): Promise<AgreementRow> {
  const agreement = await em.findOneBy(AgreementEntity, { id: agreementId });
  if (!agreement) throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  return agreement;
}

/**
 * A rule exempts only courses of its own agreement's college programme, and
 * gives no more credits than those courses are worth together.
 */
async function requireProgrammeCourses(em: EntityManager, agreement: AgreementRow, rule: NewCreditRule): Promise<void> {
  const codes = exemptCodesOf(rule);
  const found = await em.find(CourseEntity, { where: { code: In(codes) } });
  const ours = found.filter((c) => c.programCode === agreement.collegeProgramCode);
  const known = new Set(ours.map((c) => c.code));
  const strangers = codes.filter((code) => !known.has(code));
  if (strangers.length > 0) {
    throw badInput(
      `exemptCourseCodes ${strangers.join(', ')} are not courses of programme ${agreement.collegeProgramCode}, which agreement ${agreement.id} leads to; see the programme's courses`,
      { field: 'exemptCourseCodes' },
    );
  }
  const worth = ours.reduce((sum, c) => sum + c.credits, 0);
  if (rule.credits > worth) {
    throw badInput(`credits ${rule.credits} are more than the exempted courses are worth (${codes.join(', ')}: ${worth} credits together); a transfer never grants more than the courses it replaces`, { field: 'credits' });
  }
}

/** Validates, authorises and writes in one transaction; a refusal writes nothing. */
export async function addCreditRule(ctx: Context, input: AddCreditRuleInput): Promise<CreditRuleRow> {
  const rule = validateRuleInput(input);
  const agreement = await agreementFor(ctx.db.manager, ctx, rule.agreementId);
  // The evidence's owners confirm it exists, before the transaction: the answer comes back through the gateway.
  await requireRuleEvidence(ctx.peers, rule, agreement.secondaryProgramCode);
  return writeTransaction(ctx.db, async (em) => {
    await requireProgrammeCourses(em, agreement, rule);
    const { identifiers } = await em.insert(CreditRuleEntity, rule);
    return { ...rule, id: Number(identifiers[0].id) };
  });
}

/**
 * Ends a rule on a date: today or later, or earlier as a correction with its
 * reason (recorded, and reviews opened: reviews/retirement.ts). Retiring only brings an end forward: pushing it later
 * would revive a rule staff already ended, which is a new rule's job. The
 * UPDATE is conditional on the end date the checks were made against: of two
 * concurrent retirements one applies, the other gets CONFLICT and nothing is
 * lost. The answer is the rule as stored, read back inside the transaction.
 */
export async function retireCreditRule(ctx: Context, id: string, rawEffectiveTo: string, rawReason?: string | null): Promise<CreditRuleRow> {
  const effectiveTo = requireDate(rawEffectiveTo, 'effectiveTo');
  const missing = () => notFound(`credit rule "${id}" does not exist; an agreement's rules are listed by creditRules`);
  if (!/^\d{1,9}$/.test(id)) throw missing();
  return writeTransaction(ctx.db, async (em) => {
    const rule = await em.findOneBy(CreditRuleEntity, { id: Number(id) });
    if (!rule) throw missing();
    await agreementFor(em, ctx, rule.agreementId);
    requireEarlierEnd(rule, effectiveTo);
    const correctionReason = correctionReasonFor(effectiveTo, rawReason);
    const { affected } = await em.update(CreditRuleEntity, { id: rule.id, effectiveTo: rule.effectiveTo ?? IsNull() }, { effectiveTo });
    if (!affected) throw conflict(`credit rule ${rule.id} was changed by another request at the same time; read it again and retry if it still needs retiring`);
    await recordRetirement(em, ctx, rule, effectiveTo, correctionReason);
    return present(await em.findOneBy(CreditRuleEntity, { id: rule.id }), `credit rule ${rule.id}`);
  });
}

function requireEarlierEnd(rule: CreditRuleRow, effectiveTo: string): void {
  if (effectiveTo < rule.effectiveFrom) {
    throw badInput(`effectiveTo ${effectiveTo} is before the rule took effect (${rule.effectiveFrom}); retire it on or after that day`, { field: 'effectiveTo' });
  }
  if (rule.effectiveTo !== null && effectiveTo > rule.effectiveTo) {
    throw badInput(`rule ${rule.id} already ends on ${rule.effectiveTo}; retiring can only bring the end forward, add a new rule to extend it`, { field: 'effectiveTo' });
  }
}
