/**
 * Who may see a recognition agreement beyond the public catalogue, and speak
 * in it. Agreed agreements are public (their terms appear in `recognitions`);
 * a proposal never agreed to, its history, and every agreement's history are
 * the two parties' business (and an administrator's).
 */
import { decide, refusal } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import type { RecognitionRow } from '../entities/recognition.ts';
import { notFound } from '@guantong/shared/errors';
import { wasAgreed } from './terms.ts';

const STAFF = 'ENTERPRISE_STAFF' as const;

/** Staff of either party, or an administrator (the policy's `org:read`), may read the agreement and its history. */
export function mayReadAgreement(ctx: Context, agreement: Pick<RecognitionRow, 'proposerOrgId' | 'counterpartOrgId'>): boolean {
  return [agreement.proposerOrgId, agreement.counterpartOrgId].some(
    (organizationId) => decide(ctx.actor, { action: 'org:read', organizationId, staffRole: STAFF }).allowed,
  );
}

/**
 * The agreement for a reader: null when there is none, or when it was never
 * agreed and the caller is not a party (a pending proposal is not even known to
 * exist outside the parties); the policy's refusal for an agreed one.
 */
export function readableAgreement(ctx: Context, agreement: RecognitionRow | null): RecognitionRow | null {
  if (!agreement) return null;
  if (mayReadAgreement(ctx, agreement)) return agreement;
  const decision = decide(ctx.actor, { action: 'org:read', organizationId: agreement.proposerOrgId, staffRole: STAFF });
  if (!decision.allowed && (decision.code === 'UNAUTHENTICATED' || wasAgreed(agreement))) throw refusal(decision);
  return null;
}

/**
 * Allows a step only to staff of one of `parties`, giving that organisation's
 * word; an administrator is refused by the policy (`org:agree`), and told why.
 * Returns the organisation the caller speaks for.
 */
export function speakFor(ctx: Context, parties: readonly string[]): string {
  const actor = ctx.actor;
  const own = actor.kind === 'user' ? parties.find((id) => id === actor.orgId) : undefined;
  const organizationId = own ?? parties[0] ?? '';
  const decision = decide(ctx.actor, { action: 'org:agree', organizationId, staffRole: STAFF });
  if (!decision.allowed) throw refusal(decision);
  return organizationId;
}

export const noSuchAgreement = (id: string) =>
  notFound(`no recognition agreement ${id} that you are a party to; see recognitionAgreements(organizationId)`);
