/**
 * One entry of the audit trail, as stored (audit.ts maps it to its table).
 * Types only, so the recorder and the hash chain share them without importing
 * the store that re-exports the recorder.
 */
export type AuditOutcome = 'ALLOWED' | 'DENIED';

export interface AuditEntryRow {
  id: number;
  /** ISO 8601 instant, UTC. */
  at: string;
  requestId: string;
  /** The subgraph that served (or refused) the read. */
  service: string;
  actorSubject: string;
  actorRole: string;
  organizationId: string | null;
  purpose: string | null;
  studentId: string;
  /** The parts and fields read, e.g. "RESULTS:secondaryStage". Comma-separated. */
  parts: string;
  outcome: AuditOutcome;
  /** Why: the basis of an allowed read, or the reason for a refusal. */
  reason: string | null;
  /** SHA-256 (hex) of the entry before, or 64 zeros for a store's first entry. */
  prevHash: string | null;
  /** SHA-256 (hex) of `prevHash` and this entry's content (audit-chain.ts). */
  hash: string | null;
}
