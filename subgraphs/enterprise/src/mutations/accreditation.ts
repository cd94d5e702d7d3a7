/**
 * grantAccreditation and setAccreditationStatus: the hub's supervisor (an
 * administrator) decides which organisation may award which 1+X standard.
 * Each decision is the row's change and one appended history event in a
 * single transaction, stamped with who decided, when and why; a refusal
 * writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, notFound } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireDate, requireText } from '@guantong/shared/validation';
import { changeRefusal, EVENT_OF, grantRefusal, overlapping, type AccreditationEventKind, type Refusal } from '../accreditation/rules.ts';
import { readLocked, type AccreditationRecord } from '../accreditation/store.ts';
import type { AccreditationStatus } from '../accreditation/timeline.ts';
import type { Context } from '../context.ts';
import { AccreditationEventEntity } from '../entities/accreditation-event.ts';
import { AccreditationEntity } from '../entities/accreditation.ts';
import { StandardEntity } from '../entities/standard.ts';
import type { GrantAccreditationInput, SetAccreditationStatusInput } from '../generated/resolvers.ts';

const REASON_MAX = 500;

const subjectOf = (ctx: Context): string => (ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous');

function thrown(refusal: Refusal): Error {
  return refusal.code === 'CONFLICT' ? conflict(refusal.message) : badInput(refusal.message, { field: refusal.field });
}

async function appendEvent(ctx: Context, em: EntityManager, accreditationId: string, kind: AccreditationEventKind, status: AccreditationStatus, effectiveOn: string, reason: string) {
  await em.insert(AccreditationEventEntity, { accreditationId, kind, status, effectiveOn, reason, at: nowInstant(), actorSubject: subjectOf(ctx) });
}

/** The row and its history as stored, read inside the transaction. */
async function readBack(em: EntityManager, id: string): Promise<AccreditationRecord> {
  const [record] = await readLocked(em, { id });
  if (!record) throw new Error(`accreditation ${id} vanished inside its own transaction`);
  return record;
}

/**
 * No unique key can say "overlapping days", so the check runs inside the
 * transaction: on MariaDB the standard's row is locked first, so grants for
 * one standard queue and the later one sees the earlier; SQLite runs write
 * transactions one at a time.
 */
export async function grantAccreditation(ctx: Context, input: GrantAccreditationInput): Promise<AccreditationRecord> {
  authorize(ctx.actor, { action: 'supervision:write' });
  const validFrom = requireDate(input.validFrom, 'validFrom');
  const validUntil = requireDate(input.validUntil, 'validUntil');
  const reason = requireText(input.reason, 'reason', REASON_MAX);
  const standard = await ctx.loaders.standardByCode.load(input.standardCode);
  if (!standard) throw badInput(`standardCode "${input.standardCode}" is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
  const terms = { organizationId: input.organizationId, standardCode: standard.code, validFrom, validUntil };
  const refusal = grantRefusal(standard, terms);
  if (refusal) throw thrown(refusal);
  const id = `acc-${randomUUID()}`;
  const record = await writeTransaction(ctx.db, async (em) => {
    if (em.connection.options.type === 'mysql') await em.find(StandardEntity, { where: { code: standard.code }, lock: { mode: 'pessimistic_write' } });
    const other = overlapping(await readLocked(em, { standardCode: standard.code, organizationId: terms.organizationId }), terms);
    if (other) {
      throw conflict(`accreditation ${other.id} (${other.status}) already covers ${terms.organizationId} for ${standard.code} from ${other.validFrom} to ${other.validUntil}; a new one may begin only after it ends or is withdrawn`);
    }
    await em.insert(AccreditationEntity, { id, ...terms, status: 'ACTIVE', statusFrom: validFrom, reason, version: 1 });
    await appendEvent(ctx, em, id, 'GRANTED', 'ACTIVE', validFrom, reason);
    return readBack(em, id);
  });
  ctx.loaders.accreditationsByStandard.clear(standard.code);
  return record;
}

/**
 * A conditional UPDATE on the version read: of two administrators changing
 * one accreditation at once, one wins and the other gets CONFLICT.
 */
export async function setAccreditationStatus(ctx: Context, input: SetAccreditationStatusInput): Promise<AccreditationRecord> {
  authorize(ctx.actor, { action: 'supervision:write' });
  const effectiveOn = input.effectiveOn == null ? todayInChina() : requireDate(input.effectiveOn, 'effectiveOn');
  const reason = requireText(input.reason, 'reason', REASON_MAX);
  const { id, status } = input;
  const outcome = await writeTransaction(ctx.db, async (em) => {
    const [current] = await readLocked(em, { id });
    // MariaDB ignores trailing spaces when it compares; the id must match exactly.
    if (!current || current.id !== id) throw notFound(`no accreditation ${id}; see accreditations`);
    const refusal = changeRefusal(current, status, effectiveOn, todayInChina());
    if (refusal) throw thrown(refusal);
    const result = await em.update(AccreditationEntity, { id, version: current.version }, { status, statusFrom: effectiveOn, reason, version: current.version + 1 });
    if (!result.affected) return null;
    await appendEvent(ctx, em, id, EVENT_OF[status], status, effectiveOn, reason);
    return readBack(em, id);
  });
  if (!outcome) {
    // Read again outside the transaction, whose snapshot (MariaDB, REPEATABLE READ) still shows the state it began with.
    const now = await ctx.db.getRepository(AccreditationEntity).findOneByOrFail({ id });
    throw conflict(`accreditation ${id} was changed by another administrator at the same time: it is now ${now.status} from ${now.statusFrom}; read it again and decide`);
  }
  ctx.loaders.accreditationsByStandard.clear(outcome.standardCode);
  ctx.loaders.accreditationById.clear(id);
  return outcome;
}
