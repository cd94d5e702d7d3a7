/**
 * acceptRecognition, rejectRecognition and withdrawRecognition: a party
 * answers a proposal or takes its word back. Each step is one conditional
 * UPDATE (`WHERE id = ? AND status = ?`) and one appended history event in a
 * single transaction: of two concurrent steps on one agreement exactly one
 * wins, the other gets CONFLICT, and no state changes without its event.
 */
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { writeTransaction } from '@guantong/shared/database';
import { requireDate, requireText } from '@guantong/shared/validation';
import { noSuchAgreement, readableAgreement, speakFor } from '../agreements/access.ts';
import { mayTake, TRANSITIONS, type Step } from '../agreements/rules.ts';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { dayBefore } from '../agreements/dates.ts';
import type { Context } from '../context.ts';
import { RecognitionEventEntity, type RecognitionEventKind, type RecognitionEventRow } from '../entities/recognition-event.ts';
import { RecognitionEntity, type RecognitionRow } from '../entities/recognition.ts';

const REASON_MAX = 500;
const EVENT: Record<Step, RecognitionEventKind> = { ACCEPT: 'ACCEPTED', DECLINE: 'DECLINED', WITHDRAW: 'WITHDRAWN' };

/** What a step changes besides the status, and what its event records. */
interface StepChange {
  changes: Partial<RecognitionRow>;
  effectiveTo: string | null;
  reason: string | null;
}

const stale = (agreement: RecognitionRow, step: Step) =>
  conflict(`recognition agreement ${agreement.id} is ${agreement.status}; ${step.toLowerCase()} needs it ${TRANSITIONS[step].from.join(' or ')}`);

/** Reads, authorises and checks the agreement, then writes the change and its event; returns the row as stored. */
async function takeStep(ctx: Context, id: string, step: Step, change: (agreement: RecognitionRow) => StepChange): Promise<RecognitionRow> {
  const outcome = await writeTransaction(ctx.db, async (em) => {
    const found = await em.findOneBy(RecognitionEntity, { id });
    // MariaDB ignores trailing spaces when it compares; the id must match exactly.
    const agreement = readableAgreement(ctx, found?.id === id ? found : null);
    if (!agreement) throw noSuchAgreement(id);
    const organizationId = speakFor(ctx, mayTake(step, agreement));
    if (!TRANSITIONS[step].from.includes(agreement.status)) throw stale(agreement, step);
    const { changes, effectiveTo, reason } = change(agreement);
    const result = await em.update(RecognitionEntity, { id, status: agreement.status }, { ...changes, status: TRANSITIONS[step].to });
    if (!result.affected) return null;
    await appendEvent(em, { agreementId: id, kind: EVENT[step], actorSubject: subjectOf(ctx), organizationId, effectiveTo, reason });
    return em.findOneByOrFail(RecognitionEntity, { id });
  });
  // Another step got there first. Read again outside the transaction, whose
  // snapshot (MariaDB, REPEATABLE READ) would still show the state it began with.
  if (!outcome) throw stale(await ctx.db.getRepository(RecognitionEntity).findOneByOrFail({ id }), step);
  ctx.loaders.recognitionsByStandard.clear(outcome.fromCode).clear(outcome.toCode);
  ctx.loaders.recognitionGraphOn.clearAll();
  ctx.loaders.recognitionById.clear(id);
  ctx.loaders.eventsByAgreement.clear(id);
  return outcome;
}

/** Appends one history event, stamped now. */
export async function appendEvent(em: EntityManager, event: Omit<RecognitionEventRow, 'id' | 'at'>): Promise<void> {
  await em.insert(RecognitionEventEntity, { ...event, at: nowInstant() });
}

export const subjectOf = (ctx: Context): string => (ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous');

/** The counterpart accepts: from now on the agreement counts between its dates. */
export const acceptRecognition = (ctx: Context, id: string) =>
  takeStep(ctx, id, 'ACCEPT', () => ({ changes: { agreedAt: nowInstant() }, effectiveTo: null, reason: null }));

/** The counterpart declines, saying why. */
export function rejectRecognition(ctx: Context, id: string, reason: string): Promise<RecognitionRow> {
  const why = requireText(reason, 'reason', REASON_MAX);
  return takeStep(ctx, id, 'DECLINE', () => ({ changes: {}, effectiveTo: null, reason: why }));
}

/**
 * The last day a withdrawn agreement counts: not before yesterday, so every
 * decision already made on it stays explainable and it can stop at once; and
 * never later than its own end, since a withdrawal cannot extend it.
 */
function requireWithdrawalEnd(agreement: RecognitionRow, value: string): string {
  const effectiveTo = requireDate(value, 'effectiveTo');
  const earliest = dayBefore(todayInChina());
  const latest = agreement.effectiveTo;
  if (effectiveTo < earliest || (latest !== null && effectiveTo > latest)) {
    const range = latest === null ? `on or after ${earliest}` : `between ${earliest} and ${latest}`;
    throw badInput(`effectiveTo must be ${range} (yesterday in China Standard Time to the agreement's own end), got ${effectiveTo}`, { field: 'effectiveTo' });
  }
  return effectiveTo;
}

/** A party takes its word back: a proposal never counts; an agreement stops counting after `effectiveTo`. */
export function withdrawRecognition(ctx: Context, id: string, effectiveTo: string, reason: string): Promise<RecognitionRow> {
  const why = requireText(reason, 'reason', REASON_MAX);
  requireDate(effectiveTo, 'effectiveTo');
  return takeStep(ctx, id, 'WITHDRAW', (agreement) => {
    if (agreement.status === 'PROPOSED') return { changes: {}, effectiveTo: null, reason: why };
    const end = requireWithdrawalEnd(agreement, effectiveTo);
    return { changes: { effectiveTo: end }, effectiveTo: end, reason: why };
  });
}
