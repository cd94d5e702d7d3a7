/**
 * Webhook subscriptions: an organisation's staff (or an admin) register an
 * HTTPS endpoint for some entity types of one subgraph's feed. The signing
 * secret is shown once, at registration; deliveries start with the next change.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { nowInstant } from '../clock.ts';
import { writeTransaction } from '../database.ts';
import { badInput, notFound } from '../errors.ts';
import type { Actor } from '../identity.ts';
import { authorize, type StaffRole } from '../policy.ts';
import { sealSecret, type WebhookSettings } from './sealing.ts';
import { requireAllowedHost, webhookUrl } from './address.ts';
import { ChangeEntity, WebhookDeliveryEntity, WebhookSubscriptionEntity, type WebhookSubscriptionRow } from './entities.ts';
import { staffRoleOf } from './visibility.ts';

export interface RegisterWebhookInput {
  organizationId: string;
  url: string;
  entityTypes: readonly string[];
}

export interface Registered {
  subscription: WebhookSubscriptionRow;
  secret: string;
}

function roleOf(organizationId: string): StaffRole {
  const role = staffRoleOf(organizationId);
  if (!role) throw badInput(`organizationId must name a school (sch-…), college (col-…) or organisation (org-…), got "${organizationId}"`, { field: 'organizationId' });
  return role;
}

function requireTypes(types: readonly string[], known: readonly string[]): string[] {
  const unique = [...new Set(types)];
  const unknown = unique.filter((t) => !known.includes(t));
  if (unique.length === 0 || unknown.length > 0) {
    throw badInput(`entityTypes must list one or more of ${known.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`, { field: 'entityTypes' });
  }
  return unique;
}

/** Registers a subscription after the URL passed the SSRF check; the secret is returned this once. */
export async function registerWebhook(db: DataSource, actor: Actor, input: RegisterWebhookInput, config: WebhookSettings, knownTypes: readonly string[]): Promise<Registered> {
  authorize(actor, { action: 'org:write', organizationId: input.organizationId, staffRole: roleOf(input.organizationId) });
  const entityTypes = requireTypes(input.entityTypes, knownTypes);
  const url = webhookUrl(input.url, config);
  await requireAllowedHost(url, config);
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const subscription = await writeTransaction(db, async (em) => {
    const cursor = (await em.getRepository(ChangeEntity).maximum('version')) ?? 0;
    const row: WebhookSubscriptionRow = {
      id: `wh_${randomUUID()}`, organizationId: input.organizationId, url: url.toString(), entityTypes: entityTypes.join(','), secret: sealSecret(secret, config.sealingKey),
      status: 'ACTIVE', cursor, lastError: null, createdBy: actor.kind === 'user' ? actor.subject : 'anonymous', createdAt: nowInstant(),
    };
    await em.insert(WebhookSubscriptionEntity, row);
    return row;
  });
  return { subscription, secret };
}

/** An organisation's subscriptions, oldest first: its staff and admins. */
export async function subscriptionsOf(db: DataSource, actor: Actor, organizationId: string): Promise<WebhookSubscriptionRow[]> {
  authorize(actor, { action: 'org:read', organizationId, staffRole: roleOf(organizationId) });
  return db.getRepository(WebhookSubscriptionEntity).find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
}

/** Deletes a subscription and its undelivered deliveries; NOT_FOUND for an unknown id. */
export async function deleteWebhook(db: DataSource, actor: Actor, id: string): Promise<WebhookSubscriptionRow> {
  const row = await db.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
  if (!row) throw notFound(`webhook subscription ${id} does not exist here`);
  authorize(actor, { action: 'org:write', organizationId: row.organizationId, staffRole: roleOf(row.organizationId) });
  await writeTransaction(db, async (em) => {
    await em.delete(WebhookDeliveryEntity, { subscriptionId: id });
    await em.delete(WebhookSubscriptionEntity, { id });
  });
  return row;
}

/** Sets a FAILING subscription back to ACTIVE, so its waiting deliveries are tried again from the first. */
export async function resumeWebhook(db: DataSource, actor: Actor, id: string): Promise<WebhookSubscriptionRow> {
  const row = await db.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
  if (!row) throw notFound(`webhook subscription ${id} does not exist here`);
  authorize(actor, { action: 'org:write', organizationId: row.organizationId, staffRole: roleOf(row.organizationId) });
  await writeTransaction(db, async (em) => {
    await em.update(WebhookDeliveryEntity, { subscriptionId: id, status: 'FAILED' }, { status: 'PENDING', attempts: 0, nextAttemptAt: nowInstant() });
    await em.update(WebhookSubscriptionEntity, { id }, { status: 'ACTIVE', lastError: null });
  });
  return { ...row, status: 'ACTIVE', lastError: null };
}
