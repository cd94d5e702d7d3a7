/**
 * proposeRecognition: the issuer of one standard gives its word that holders
 * of `fromCode` count as holders of `toCode` (and the reverse, when mutual),
 * and asks the issuer of the other standard for theirs. Until they accept it
 * the proposal counts for nothing (acceptRecognition, recognition-steps.ts).
 */
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '@guantong/shared/errors';
import { writeTransaction } from '@guantong/shared/database';
import { requireDate, requireText } from '@guantong/shared/validation';
import { speakFor } from '../agreements/access.ts';
import { levelRefusal, partiesOf } from '../agreements/rules.ts';
import type { Context } from '../context.ts';
import { RecognitionEntity, type RecognitionRow } from '../entities/recognition.ts';
import { StandardEntity, type StandardRow } from '../entities/standard.ts';
import type { ProposeRecognitionInput } from '../generated/resolvers.ts';
import { duplicates } from '../agreements/terms.ts';
import { appendEvent, subjectOf } from './recognition-steps.ts';

const BASIS_MAX = 500;

type Terms = Pick<RecognitionRow, 'fromCode' | 'toCode' | 'mutual' | 'effectiveFrom' | 'effectiveTo' | 'basis'>;

function validate(input: ProposeRecognitionInput): Terms {
  if (input.fromCode === input.toCode) {
    throw badInput('a standard cannot be recognised as itself: fromCode and toCode must name different standards', { field: 'toCode' });
  }
  const effectiveFrom = requireDate(input.effectiveFrom, 'effectiveFrom');
  const effectiveTo = input.effectiveTo == null ? null : requireDate(input.effectiveTo, 'effectiveTo');
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw badInput(`effectiveTo must be on or after effectiveFrom (${effectiveFrom}), or null for an open-ended agreement; got ${effectiveTo}`, { field: 'effectiveTo' });
  }
  const basis = requireText(input.basis, 'basis', BASIS_MAX);
  return { fromCode: input.fromCode, toCode: input.toCode, mutual: input.direction === 'MUTUAL', effectiveFrom, effectiveTo, basis };
}

async function requireStandard(ctx: Context, field: 'fromCode' | 'toCode', code: string): Promise<StandardRow> {
  const standard = await ctx.loaders.standardByCode.load(code);
  if (!standard) throw badInput(`${field} "${code}" is not a certificate standard on the hub; see certificateStandards`, { field });
  return standard;
}

/** The parties, once the caller is known to speak for the issuer of one of the two standards. */
function requireParties(ctx: Context, from: StandardRow, to: StandardRow): Pick<RecognitionRow, 'proposerOrgId' | 'counterpartOrgId'> {
  const parties = ctx.actor.kind === 'user' && ctx.actor.orgId ? partiesOf(ctx.actor.orgId, from, to) : null;
  // Anonymous callers, administrators and staff of the wrong role get the policy's own refusal.
  if (parties || ctx.actor.kind === 'anonymous' || ctx.actor.role === 'ADMIN') speakFor(ctx, [parties?.proposerOrgId ?? from.issuerId]);
  if (!parties) {
    throw forbidden(`only ENTERPRISE_STAFF of ${from.issuerId} (issuer of ${from.code}) or of ${to.issuerId} (issuer of ${to.code}) may propose this agreement`);
  }
  return parties;
}

/**
 * No unique key can express "overlapping dates", so the check runs inside the
 * transaction. SQLite runs write transactions one at a time (writeTransaction);
 * on MySQL/MariaDB the two standards' rows are locked first, so concurrent
 * proposals about the same pair queue behind each other and the later one
 * sees the earlier. Pending proposals count here: the counterpart answers the
 * one before it, rather than choosing between two.
 */
async function insertUnlessDuplicate(em: EntityManager, row: RecognitionRow, actorSubject: string): Promise<void> {
  const { fromCode, toCode } = row;
  if (em.connection.options.type === 'mysql') {
    await em.find(StandardEntity, { where: { code: In([fromCode, toCode]) }, lock: { mode: 'pessimistic_write' } });
  }
  const samePair = await em.find(RecognitionEntity, { where: [{ fromCode, toCode }, { fromCode: toCode, toCode: fromCode }] });
  const existing = samePair.find((agreement) => duplicates(agreement, row));
  if (existing) {
    throw conflict(`agreement ${existing.id} (${existing.status}) already recognises ${existing.fromCode} as ${existing.toCode}${existing.mutual ? ' (mutually)' : ''} for overlapping dates; it must end, be declined or be withdrawn first`);
  }
  await em.insert(RecognitionEntity, row);
  await appendEvent(em, { agreementId: row.id, kind: 'PROPOSED', actorSubject, organizationId: row.proposerOrgId, effectiveTo: null, reason: null });
}

/** Validates, authorises, checks levels and duplicates, and writes the proposal and its event in one transaction. */
export async function proposeRecognition(ctx: Context, input: ProposeRecognitionInput): Promise<RecognitionRow> {
  const terms = validate(input);
  const [from, to] = await Promise.all([requireStandard(ctx, 'fromCode', terms.fromCode), requireStandard(ctx, 'toCode', terms.toCode)]);
  const parties = requireParties(ctx, from, to);
  const levels = levelRefusal(from, to, terms.mutual);
  if (levels) throw badInput(levels, { field: 'direction' });
  const row: RecognitionRow = { id: `rec-${randomUUID()}`, ...terms, ...parties, status: 'PROPOSED', agreedAt: null };
  await writeTransaction(ctx.db, (em) => insertUnlessDuplicate(em, row, subjectOf(ctx)));
  return row;
}
