/**
 * Webhook delivery state, all in the subgraph's database so it survives a
 * restart: the fan-out turns new changes into one delivery per subscription
 * that may learn of them, and the sender works through pending deliveries in
 * order, an entity's later change waiting for its earlier one.
 */
import { In, type DataSource } from 'typeorm';
import { nowInstant } from '../clock.ts';
import { insertInChunks, writeTransaction } from '../database.ts';
import type { Actor } from '../identity.ts';
import { openSecret, type WebhookSettings } from './sealing.ts';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity, type ChangeRow, type WebhookDeliveryRow, type WebhookSubscriptionRow } from './entities.ts';
import { scanChanges } from './scan.ts';
import { send, type Outcome } from './send.ts';
import { mayLearnOf, staffRoleOf } from './visibility.ts';

const FAN_OUT_BATCH = 500;
const SEND_BATCH = 200;

/** The subscribing organisation, as the policy function sees it: deliveries obey its read rules. */
export function subscriberOf(sub: Pick<WebhookSubscriptionRow, 'id' | 'organizationId'>): Actor {
  const role = staffRoleOf(sub.organizationId);
  return role ? { kind: 'user', subject: `webhook:${sub.id}`, role, orgId: sub.organizationId } : { kind: 'anonymous' };
}

const deliveryOf = (sub: WebhookSubscriptionRow, change: ChangeRow, now: string): Omit<WebhookDeliveryRow, 'id'> => ({
  subscriptionId: sub.id, version: change.version, entityType: change.entityType, entityId: change.entityId, kind: change.kind, changedAt: change.changedAt,
  status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null, deliveredAt: null,
});

/** Queues deliveries for the changes each active subscription has not seen yet. Returns how many were queued. */
export async function fanOut(db: DataSource): Promise<number> {
  let queued = 0;
  for (const sub of await db.getRepository(WebhookSubscriptionEntity).findBy({ status: 'ACTIVE' })) {
    const { rows } = await scanChanges(db, sub.cursor, FAN_OUT_BATCH, Date.now());
    if (rows.length === 0) continue;
    const actor = subscriberOf(sub);
    const types = new Set(sub.entityTypes.split(','));
    const now = nowInstant();
    const deliveries = rows.filter((c) => types.has(c.entityType) && mayLearnOf(actor, c)).map((c) => deliveryOf(sub, c, now));
    const last = rows[rows.length - 1].version;
    await writeTransaction(db, async (em) => {
      // Conditional on the cursor read: a second worker on the same database fans out nothing twice.
      const moved = await em.update(WebhookSubscriptionEntity, { id: sub.id, cursor: sub.cursor }, { cursor: last });
      if (moved.affected !== 1) return;
      await insertInChunks(em, WebhookDeliveryEntity, deliveries);
      queued += deliveries.length;
    });
  }
  return queued;
}

/** Exponential backoff: the first retry waits `backoffMs`, each further one twice as long. */
export const retryDelayMs = (attempts: number, backoffMs: number): number => backoffMs * 2 ** Math.max(0, attempts - 1);

/** The pending deliveries to try now: the earliest pending one of each entity per subscription, when due. */
export function dueInOrder(pending: readonly WebhookDeliveryRow[], now: string): WebhookDeliveryRow[] {
  const seen = new Set<string>();
  const due: WebhookDeliveryRow[] = [];
  for (const d of pending) {
    const entity = `${d.subscriptionId}\u0000${d.entityType}\u0000${d.entityId}`;
    if (seen.has(entity)) continue;
    seen.add(entity);
    if (d.nextAttemptAt <= now) due.push(d);
  }
  return due;
}

export const payloadOf = (d: WebhookDeliveryRow, source: string): string =>
  JSON.stringify({
    type: `${d.entityType}.${d.kind.toLowerCase()}`,
    timestamp: d.changedAt,
    data: { source, version: d.version, entityType: d.entityType, entityId: d.entityId, kind: d.kind, changedAt: d.changedAt },
  });

async function record(db: DataSource, d: WebhookDeliveryRow, outcome: Outcome, config: WebhookSettings): Promise<void> {
  const attempts = d.attempts + 1;
  const now = nowInstant();
  if (outcome.ok) return void (await db.getRepository(WebhookDeliveryEntity).update({ id: d.id }, { status: 'DELIVERED', attempts, deliveredAt: now, lastError: null }));
  const giveUp = attempts >= config.maxAttempts;
  const next = new Date(Date.parse(now) + retryDelayMs(attempts, config.backoffMs)).toISOString();
  await writeTransaction(db, async (em) => {
    await em.update(WebhookDeliveryEntity, { id: d.id }, { status: giveUp ? 'FAILED' : 'PENDING', attempts, nextAttemptAt: next, lastError: outcome.error });
    if (giveUp) await em.update(WebhookSubscriptionEntity, { id: d.subscriptionId }, { status: 'FAILING', lastError: `${outcome.error} (${attempts} attempts)` });
  });
}

/** Tries every due delivery once. Returns how many were attempted. */
export async function deliverDue(db: DataSource, config: WebhookSettings, source: string): Promise<number> {
  const pending = await db.getRepository(WebhookDeliveryEntity).find({ where: { status: 'PENDING' }, order: { id: 'ASC' }, take: SEND_BATCH });
  if (pending.length === 0) return 0;
  const subs = await db.getRepository(WebhookSubscriptionEntity).findBy({ id: In([...new Set(pending.map((d) => d.subscriptionId))]), status: 'ACTIVE' });
  const active = new Map(subs.map((s) => [s.id, s]));
  const due = dueInOrder(pending.filter((d) => active.has(d.subscriptionId)), nowInstant());
  for (const d of due) {
    const sub = active.get(d.subscriptionId);
    // A subscription that failed during this round stops here too.
    if (!sub || sub.status !== 'ACTIVE') continue;
    const outcome = await send(sub.url, openSecret(sub.secret, config.sealingKey), { id: `msg_${d.subscriptionId}_${d.version}`, payload: payloadOf(d, source) }, config);
    await record(db, d, outcome, config);
    if (!outcome.ok && d.attempts + 1 >= config.maxAttempts) sub.status = 'FAILING';
  }
  return due.length;
}
