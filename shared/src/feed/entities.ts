/**
 * The change log and the webhook delivery state, the same three tables in
 * every subgraph's own database.
 */
import { EntitySchema } from 'typeorm';
import type { RecordPart } from '../policy.ts';
import type { Audience } from './tables.ts';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

export interface ChangeRow {
  version: number;
  entityType: string;
  entityId: string;
  kind: ChangeKind;
  changedAt: string;
  audience: Audience;
  studentId: string | null;
  organizationId: string | null;
  part: RecordPart | null;
}

export type WebhookStatus = 'ACTIVE' | 'FAILING';

export interface WebhookSubscriptionRow {
  id: string;
  organizationId: string;
  url: string;
  /** Comma-separated GraphQL entity types. */
  entityTypes: string;
  /** The Standard Webhooks signing secret (`whsec_…`, shown once at registration), sealed (sealing.ts). */
  secret: string;
  status: WebhookStatus;
  /** The last change version fanned out to deliveries. */
  cursor: number;
  lastError: string | null;
  createdBy: string;
  createdAt: string;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookDeliveryRow {
  id: number;
  subscriptionId: string;
  version: number;
  entityType: string;
  entityId: string;
  kind: ChangeKind;
  changedAt: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable });

export const ChangeEntity = new EntitySchema<ChangeRow>({
  name: 'Change',
  tableName: 'change_log',
  columns: {
    version: { type: 'integer', primary: true, generated: 'increment' },
    entityType: text('entity_type', 64),
    entityId: text('entity_id', 255),
    kind: text('kind', 8),
    changedAt: text('changed_at', 24),
    audience: text('audience', 12),
    studentId: text('student_id', 64, true),
    organizationId: text('organization_id', 64, true),
    part: text('part', 16, true),
  },
});

export const WebhookSubscriptionEntity = new EntitySchema<WebhookSubscriptionRow>({
  name: 'WebhookSubscription',
  tableName: 'webhook_subscription',
  columns: {
    id: { type: 'varchar', length: 40, primary: true },
    organizationId: text('organization_id', 64),
    url: text('url', 2000),
    entityTypes: text('entity_types', 2000),
    secret: text('secret', 200),
    status: text('status', 8),
    cursor: { name: 'cursor_version', type: 'integer' },
    lastError: text('last_error', 500, true),
    createdBy: text('created_by', 200),
    createdAt: text('created_at', 24),
  },
});

export const WebhookDeliveryEntity = new EntitySchema<WebhookDeliveryRow>({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    subscriptionId: text('subscription_id', 40),
    version: { type: 'integer' },
    entityType: text('entity_type', 64),
    entityId: text('entity_id', 255),
    kind: text('kind', 8),
    changedAt: text('changed_at', 24),
    status: text('status', 10),
    attempts: { type: 'integer' },
    nextAttemptAt: text('next_attempt_at', 24),
    lastError: text('last_error', 500, true),
    deliveredAt: text('delivered_at', 24, true),
  },
});

export const feedEntities = [ChangeEntity, WebhookSubscriptionEntity, WebhookDeliveryEntity];
