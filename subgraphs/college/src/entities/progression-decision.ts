import { EntitySchema } from 'typeorm';

/**
 * What progressStudent decided for one learner: the day, the agreement and the
 * version of its requirements, each check with the evidence it used, who
 * decided, and the credit transfers confirmed then. Append-only: the table's
 * triggers refuse UPDATE and DELETE, and no API path writes it twice.
 */
export interface ProgressionDecisionRow {
  id: number;
  studentId: string;
  agreementId: string;
  requirementsVersion: number;
  /** ISO date the learner progressed on. */
  decidedOn: string;
  /** ISO 8601 instant the decision was written. */
  recordedAt: string;
  actorSubject: string;
  actorOrganizationId: string | null;
  /** JSON: RecordedCheck[] (decisions/record.ts). */
  checks: string;
  /** JSON: RecordedTransfer[] (decisions/record.ts). */
  confirmedTransfers: string;
  totalCredits: number;
}

export const ProgressionDecisionEntity = new EntitySchema<ProgressionDecisionRow>({
  name: 'ProgressionDecision',
  tableName: 'progression_decision',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: { name: 'student_id', type: 'varchar', length: 12 },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    requirementsVersion: { name: 'requirements_version', type: 'int' },
    decidedOn: { name: 'decided_on', type: 'varchar', length: 10 },
    recordedAt: { name: 'recorded_at', type: 'varchar', length: 30 },
    actorSubject: { name: 'actor_subject', type: 'varchar', length: 200 },
    actorOrganizationId: { name: 'actor_organization_id', type: 'varchar', length: 64, nullable: true },
    checks: { type: 'text' },
    confirmedTransfers: { name: 'confirmed_transfers', type: 'text' },
    totalCredits: { name: 'total_credits', type: 'double' },
  },
  indices: [
    { name: 'uq_progression_decision_student', columns: ['studentId'], unique: true },
    { name: 'idx_progression_decision_agreement', columns: ['agreementId'] },
  ],
});
