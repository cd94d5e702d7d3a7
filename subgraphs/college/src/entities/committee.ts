import { EntitySchema } from 'typeorm';
import type { MemberKind, VoteChoice } from '../committee/quorum.ts';

/** A School–Enterprise Curriculum Committee of one agreement, owned by its college. */
export interface CommitteeRow {
  id: string;
  collegeId: string;
  agreementId: string;
  name: string;
  /** The least share of those voting that must be enterprise members (0.4 by default). */
  enterpriseQuorum: number;
}

export interface MemberRow {
  id: number;
  committeeId: string;
  name: string;
  organizationId: string;
  kind: MemberKind;
  role: string;
}

export type ProposalKind = 'REVISE' | 'REPLACE' | 'RETIRE';
export type ProposalStatus = 'OPEN' | 'ADOPTED' | 'REJECTED';

/** A proposal to revise, replace or retire a college course from a term. */
export interface ProposalRow {
  id: number;
  committeeId: string;
  kind: ProposalKind;
  courseCode: string;
  newTitle: string | null;
  newCredits: number | null;
  newHours: number | null;
  effectiveTerm: string;
  rationale: string;
  proposedBy: string;
  proposedByOrganizationId: string;
  proposedAt: string;
  status: ProposalStatus;
}

export interface VoteRow {
  proposalId: number;
  memberId: number;
  choice: VoteChoice;
  castBy: string;
  castAt: string;
}

/**
 * The committee's recorded decision on a proposal, with the tally it rested on
 * and what the change touches: append-only.
 */
export interface DecisionRow {
  proposalId: number;
  decidedOn: string;
  outcome: 'ADOPTED' | 'REJECTED';
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  voting: number;
  enterpriseVoting: number;
  quorum: number;
  /** The course version the decision created, or null. */
  versionCreated: number | null;
  /** JSON: ids of the credit rules that exempt the course on or after the effective day. */
  touchedRules: string;
  /** JSON: the course's competency and content mapping rows in force on the effective day. */
  touchedMappings: string;
  recordedBy: string;
  recordedAt: string;
}

const serial = { type: 'integer', primary: true, generated: 'increment' } as const;

export const CommitteeEntity = new EntitySchema<CommitteeRow>({
  name: 'CurriculumCommittee',
  tableName: 'curriculum_committee',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    collegeId: { name: 'college_id', type: 'varchar', length: 32 },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    name: { type: 'varchar', length: 200 },
    enterpriseQuorum: { name: 'enterprise_quorum', type: 'double' },
  },
});

export const MemberEntity = new EntitySchema<MemberRow>({
  name: 'CommitteeMember',
  tableName: 'committee_member',
  columns: {
    id: serial,
    committeeId: { name: 'committee_id', type: 'varchar', length: 32 },
    name: { type: 'varchar', length: 100 },
    organizationId: { name: 'organization_id', type: 'varchar', length: 64 },
    kind: { type: 'varchar', length: 16 },
    role: { type: 'varchar', length: 200 },
  },
  indices: [{ name: 'idx_committee_member_committee', columns: ['committeeId'] }],
});

export const ProposalEntity = new EntitySchema<ProposalRow>({
  name: 'CommitteeProposal',
  tableName: 'committee_proposal',
  columns: {
    id: serial,
    committeeId: { name: 'committee_id', type: 'varchar', length: 32 },
    kind: { type: 'varchar', length: 16 },
    courseCode: { name: 'course_code', type: 'varchar', length: 32 },
    newTitle: { name: 'new_title', type: 'varchar', length: 200, nullable: true },
    newCredits: { name: 'new_credits', type: 'double', nullable: true },
    newHours: { name: 'new_hours', type: 'int', nullable: true },
    effectiveTerm: { name: 'effective_term', type: 'varchar', length: 11 },
    rationale: { type: 'varchar', length: 1000 },
    proposedBy: { name: 'proposed_by', type: 'varchar', length: 200 },
    proposedByOrganizationId: { name: 'proposed_by_organization_id', type: 'varchar', length: 64 },
    proposedAt: { name: 'proposed_at', type: 'varchar', length: 30 },
    status: { type: 'varchar', length: 16 },
  },
  indices: [{ name: 'idx_committee_proposal_committee', columns: ['committeeId'] }],
});

export const VoteEntity = new EntitySchema<VoteRow>({
  name: 'CommitteeVote',
  tableName: 'committee_vote',
  columns: {
    proposalId: { name: 'proposal_id', type: 'int', primary: true },
    memberId: { name: 'member_id', type: 'int', primary: true },
    choice: { type: 'varchar', length: 16 },
    castBy: { name: 'cast_by', type: 'varchar', length: 200 },
    castAt: { name: 'cast_at', type: 'varchar', length: 30 },
  },
});

export const DecisionEntity = new EntitySchema<DecisionRow>({
  name: 'CommitteeDecision',
  tableName: 'committee_decision',
  columns: {
    proposalId: { name: 'proposal_id', type: 'int', primary: true },
    decidedOn: { name: 'decided_on', type: 'varchar', length: 10 },
    outcome: { type: 'varchar', length: 16 },
    votesFor: { name: 'votes_for', type: 'int' },
    votesAgainst: { name: 'votes_against', type: 'int' },
    abstentions: { type: 'int' },
    voting: { type: 'int' },
    enterpriseVoting: { name: 'enterprise_voting', type: 'int' },
    quorum: { type: 'double' },
    versionCreated: { name: 'version_created', type: 'int', nullable: true },
    touchedRules: { name: 'touched_rules', type: 'text' },
    touchedMappings: { name: 'touched_mappings', type: 'text' },
    recordedBy: { name: 'recorded_by', type: 'varchar', length: 200 },
    recordedAt: { name: 'recorded_at', type: 'varchar', length: 30 },
  },
});
