/**
 * The request's audit recorder: what one request read or was refused, buffered
 * per learner and outcome, and appended to the chained audit store at once.
 */
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuditEntryRow, AuditOutcome } from './audit-entry.ts';
import type { Actor } from './identity.ts';
import type { Decision } from './policy.ts';
import { appendGrouped } from './audit-group-commit.ts';

/**
 * The audit store could not take the request's entries. Retryable: nothing was
 * written (a write appends its entries before it commits) and nothing is returned.
 */
export class AuditUnavailableError extends GraphQLError {
  constructor(cause: unknown, message = 'the access could not be recorded in the audit trail, so nothing was written or returned; try again') {
    super(message, { originalError: cause instanceof Error ? cause : undefined, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
  }
}

type PendingEntry = Omit<AuditEntryRow, 'id' | 'parts' | 'prevHash' | 'hash'> & { parts: Set<string> };

/**
 * What one request read or was refused, buffered and appended when the response
 * is ready, or earlier when a write must not commit without its entries.
 */
export class AuditRecorder {
  private readonly pending = new Map<string, PendingEntry>();

  constructor(
    private readonly store: DataSource,
    private readonly service: string,
    private readonly actor: Actor,
    readonly requestId: string,
    /** Told how long each append took and whether it was stored (metrics). */
    private readonly observe: (seconds: number, stored: boolean) => void = () => undefined,
  ) {}

  /** Records one decision about one part of one learner's record. */
  record(studentId: string, part: string, decision: Decision): void {
    const outcome: AuditOutcome = decision.allowed ? 'ALLOWED' : 'DENIED';
    const reason = decision.allowed ? decision.basis : decision.reason;
    const purpose = decision.allowed ? (decision.purpose ?? null) : null;
    const key = `${studentId}|${outcome}|${reason}|${purpose ?? ''}`;
    const entry = this.pending.get(key);
    if (entry) return void entry.parts.add(part);
    const user = this.actor.kind === 'user' ? this.actor : undefined;
    this.pending.set(key, {
      at: new Date().toISOString(),
      requestId: this.requestId,
      service: this.service,
      actorSubject: user?.subject ?? 'anonymous',
      actorRole: user?.role ?? 'ANONYMOUS',
      organizationId: user?.orgId ?? null,
      purpose,
      studentId,
      parts: new Set([part]),
      outcome,
      reason: reason.slice(0, 300),
    });
  }

  get size(): number {
    return this.pending.size;
  }

  /**
   * Appends everything recorded so far, in one chained append. Fails with
   * AuditUnavailableError, keeping the entries for the request's final flush:
   * the reads they record did happen.
   */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const taken = [...this.pending.entries()];
    this.pending.clear();
    const started = performance.now();
    try {
      await appendGrouped(this.store, taken.map(([, entry]) => ({ ...entry, parts: [...entry.parts].sort().join(',').slice(0, 1000) })));
      this.observe((performance.now() - started) / 1000, true);
    } catch (err) {
      this.observe((performance.now() - started) / 1000, false);
      for (const [key, entry] of taken) {
        const later = this.pending.get(key);
        if (later) for (const part of entry.parts) later.parts.add(part);
        else this.pending.set(key, entry);
      }
      throw new AuditUnavailableError(err);
    }
  }
}
