import { EntitySchema } from 'typeorm';

export type PlacementKind = 'INTERNSHIP' | 'EMPLOYMENT';
export type PlacementOutcome = 'ONGOING' | 'COMPLETED' | 'RETAINED' | 'ENDED_EARLY';

/** An internship or a job a learner took, recorded by an institution of their pathway. Part RESULTS. */
export interface PlacementRow {
  id: number;
  studentId: string;
  kind: PlacementKind;
  employerName: string;
  /** The employer's organisation id on the hub, when it has one. */
  employerId: string | null;
  /** A job position of the enterprise catalogue. */
  jobPositionId: string;
  startedOn: string;
  endedOn: string | null;
  outcome: PlacementOutcome;
  recordedByOrganizationId: string;
  recordedBy: string;
  recordedAt: string;
}

/** The job position a learner aims at: set by the learner, or by an institution of their pathway. Part RESULTS. */
export interface CareerTargetRow {
  studentId: string;
  jobPositionId: string;
  setByRole: string;
  setBy: string;
  setAt: string;
}

/** A certificate training subsidy a learner received (seed 000 §3.3). Part RESULTS. */
export interface SubsidyRow {
  studentId: string;
  scheme: string;
  grantedOn: string;
  recordedByOrganizationId: string;
  recordedBy: string;
  recordedAt: string;
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar', length, nullable }) as const;

export const PlacementEntity = new EntitySchema<PlacementRow>({
  name: 'Placement',
  tableName: 'placement',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    studentId: text('student_id', 32),
    kind: text('kind', 16),
    employerName: text('employer_name', 200),
    employerId: text('employer_id', 64, true),
    jobPositionId: text('job_position_id', 64),
    startedOn: text('started_on', 10),
    endedOn: text('ended_on', 10, true),
    outcome: text('outcome', 16),
    recordedByOrganizationId: text('recorded_by_organization_id', 64),
    recordedBy: text('recorded_by', 200),
    recordedAt: text('recorded_at', 30),
  },
  indices: [{ name: 'idx_placement_student', columns: ['studentId'] }],
});

export const CareerTargetEntity = new EntitySchema<CareerTargetRow>({
  name: 'CareerTarget',
  tableName: 'career_target',
  columns: {
    studentId: { ...text('student_id', 32), primary: true },
    jobPositionId: text('job_position_id', 64),
    setByRole: text('set_by_role', 32),
    setBy: text('set_by', 200),
    setAt: text('set_at', 30),
  },
});

export const SubsidyEntity = new EntitySchema<SubsidyRow>({
  name: 'TrainingSubsidy',
  tableName: 'training_subsidy',
  columns: {
    studentId: { ...text('student_id', 32), primary: true },
    scheme: text('scheme', 200),
    grantedOn: text('granted_on', 10),
    recordedByOrganizationId: text('recorded_by_organization_id', 64),
    recordedBy: text('recorded_by', 200),
    recordedAt: text('recorded_at', 30),
  },
});
