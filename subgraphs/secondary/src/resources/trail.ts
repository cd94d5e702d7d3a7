/** The package trail: one append-only row per action, written in the action's own transaction. */
import type { EntityManager } from 'typeorm';
import { nowInstant } from '@guantong/shared/clock';
import type { Decision } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { ResourceAuditEntity, type ResourceAuditRow } from './entities.ts';

export const subjectOf = (ctx: Pick<Context, 'actor'>): string => (ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous');
export const organizationOf = (ctx: Pick<Context, 'actor'>): string | null => (ctx.actor.kind === 'user' ? (ctx.actor.orgId ?? null) : null);

/** Appends the trail entry of `action` inside the transaction `em`. */
export async function recordAction(em: EntityManager, ctx: Pick<Context, 'actor' | 'requestId'>, action: ResourceAuditRow['action'], decision: Extract<Decision, { allowed: true }>, packageId: number, versionId: number | null = null): Promise<void> {
  await em.insert(ResourceAuditEntity, {
    at: nowInstant(),
    requestId: ctx.requestId.slice(0, 64),
    actorSubject: subjectOf(ctx),
    actorRole: ctx.actor.kind === 'user' ? ctx.actor.role : 'ANONYMOUS',
    organizationId: organizationOf(ctx),
    action,
    packageId,
    versionId,
    basis: `${decision.basis}${decision.purpose ? `: ${decision.purpose}` : ''}`.slice(0, 300),
  });
}
