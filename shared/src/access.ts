/**
 * The request's access guard: asks the policy about one part of a learner's
 * record and writes the answer to the audit trail, allowed or refused. Resolvers
 * use it for every read of a learner's data, so no read goes unrecorded.
 */
import type { AuditRecorder } from './audit.ts';
import type { Actor } from './identity.ts';
import { decide, refusal, type Decision, type Request } from './policy.ts';

export type StudentRead = Omit<Extract<Request, { action: 'student:read' }>, 'action'>;

export interface AccessGuard {
  /** Decides and audits a read of one field of a learner's record; throws the refusal. */
  readStudent(read: StudentRead, field: string): Extract<Decision, { allowed: true }>;
  /**
   * Decides a read for list filtering: allowed rows are audited; a row the caller
   * may not see is left out silently, since the caller never asked for it by name.
   */
  mayReadStudent(read: StudentRead, field: string): boolean;
  /** The request's audit recorder, for reads decided elsewhere (e.g. a refused root query). */
  audit: AuditRecorder;
}

export function createAccessGuard(actor: Actor, audit: AuditRecorder): AccessGuard {
  const check = (read: StudentRead) => decide(actor, { action: 'student:read', ...read });
  return {
    audit,
    readStudent(read, field) {
      const decision = check(read);
      audit.record(read.studentId, `${read.part}:${field}`, decision);
      if (!decision.allowed) throw refusal(decision);
      return decision;
    },
    mayReadStudent(read, field) {
      const decision = check(read);
      if (decision.allowed) audit.record(read.studentId, `${read.part}:${field}`, decision);
      return decision.allowed;
    },
  };
}
