/**
 * The School–Enterprise Curriculum Committee's writes: set up a committee,
 * add members, propose, vote and record decisions. The college owns the
 * committee; each organisation speaks only for its own members.
 */
import type { EntityManager } from 'typeorm';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, forbidden, notFound } from '@guantong/shared/errors';
import { authorize, decide, refusal, type StaffRole } from '@guantong/shared/policy';
import { termStart } from '@guantong/shared/terms';
import { requireDate, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { CommitteeEntity, DecisionEntity, MemberEntity, ProposalEntity, VoteEntity, type CommitteeRow, type DecisionRow, type MemberRow, type ProposalRow, type VoteRow } from '../entities/committee.ts';
import { CourseEntity } from '../entities/course.ts';
import type { AddCommitteeMemberInput, CastCommitteeVoteInput, CreateCommitteeInput, ProposeCourseChangeInput } from '../generated/resolvers.ts';
import { organizationExists } from '../peers/catalogue.ts';
import { quorumRefusal, tally, type MemberKind, type Tally } from './quorum.ts';
import { touchedBy } from './touched.ts';
import { applyToVersions } from './versions.ts';

const KIND_OF_PREFIX: [string, MemberKind, StaffRole][] = [['sch-', 'SCHOOL', 'SECONDARY_STAFF'], ['col-', 'COLLEGE', 'COLLEGE_STAFF'], ['org-', 'ENTERPRISE', 'ENTERPRISE_STAFF']];
const subject = (ctx: Context) => (ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous');
const staffRoleOf = (kind: MemberKind): StaffRole => KIND_OF_PREFIX.find(([, k]) => k === kind)![2];

function requireId(value: string, field: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw badInput(`${field} must be a number as listed, got "${value}"`, { field });
  return Number(value);
}

async function committeeFor(ctx: Context, id: string): Promise<CommitteeRow> {
  const committee = await ctx.loaders.committeeById.load(id);
  if (!committee) throw notFound(`curriculum committee ${id} does not exist; see curriculumCommittees`);
  return committee;
}

export async function createCommittee(ctx: Context, input: CreateCommitteeInput): Promise<CommitteeRow> {
  if (!/^[a-z0-9-]{2,32}$/.test(input.id)) throw badInput(`id must be 2 to 32 lower-case letters, digits and hyphens, e.g. cmt-net, got "${input.id}"`, { field: 'id' });
  const agreement = await ctx.loaders.agreementById.load(input.agreementId);
  if (!agreement) throw badInput(`agreementId "${input.agreementId}" is not an articulation agreement on this hub`, { field: 'agreementId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  const quorum = input.enterpriseQuorum ?? 0.4;
  if (!(quorum > 0 && quorum <= 1)) throw badInput(`enterpriseQuorum must be more than 0 and at most 1, e.g. 0.4, got ${quorum}`, { field: 'enterpriseQuorum' });
  const row: CommitteeRow = { id: input.id, collegeId: agreement.collegeId, agreementId: agreement.id, name: requireText(input.name, 'name'), enterpriseQuorum: quorum };
  try {
    await writeTransaction(ctx.db, (em) => em.insert(CommitteeEntity, row));
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`a committee with id ${row.id} exists already`);
    throw err;
  }
  return row;
}

export async function addMember(ctx: Context, input: AddCommitteeMemberInput): Promise<MemberRow> {
  const committee = await committeeFor(ctx, input.committeeId);
  authorize(ctx.actor, { action: 'org:write', organizationId: committee.collegeId, staffRole: 'COLLEGE_STAFF' });
  const kind = KIND_OF_PREFIX.find(([prefix]) => input.organizationId.startsWith(prefix))?.[1];
  if (!kind || !(await organizationExists(ctx.peers, input.organizationId))) {
    throw badInput(`organizationId "${input.organizationId}" is not a school (sch-…), college (col-…) or enterprise (org-…) on the hub`, { field: 'organizationId' });
  }
  const row = { committeeId: committee.id, name: requireText(input.name, 'name', 100), organizationId: input.organizationId, kind, role: requireText(input.role, 'role') };
  const { identifiers } = await writeTransaction(ctx.db, (em) => em.insert(MemberEntity, row));
  return { ...row, id: Number(identifiers[0].id) };
}

function validateChange(input: ProposeCourseChangeInput): Pick<ProposalRow, 'newTitle' | 'newCredits' | 'newHours'> {
  const changes = { newTitle: input.newTitle == null ? null : requireText(input.newTitle, 'newTitle'), newCredits: input.newCredits ?? null, newHours: input.newHours ?? null };
  if (input.kind === 'RETIRE' && (changes.newTitle ?? changes.newCredits ?? changes.newHours) !== null) throw badInput('a RETIRE proposal takes no newTitle, newCredits or newHours', { field: 'kind' });
  if (input.kind === 'REPLACE' && changes.newTitle === null) throw badInput('a REPLACE proposal needs the new course’s newTitle', { field: 'newTitle' });
  if (input.kind === 'REVISE' && changes.newTitle === null && changes.newCredits === null && changes.newHours === null) throw badInput('a REVISE proposal changes at least one of newTitle, newCredits and newHours', { field: 'kind' });
  if (changes.newCredits !== null && !(changes.newCredits > 0 && changes.newCredits <= 30)) throw badInput(`newCredits must be more than 0 and at most 30, got ${changes.newCredits}`, { field: 'newCredits' });
  if (changes.newHours !== null && !(Number.isInteger(changes.newHours) && changes.newHours >= 1 && changes.newHours <= 1000)) throw badInput(`newHours must be a whole number from 1 to 1000, got ${changes.newHours}`, { field: 'newHours' });
  return changes;
}

export async function propose(ctx: Context, input: ProposeCourseChangeInput): Promise<ProposalRow> {
  const committee = await committeeFor(ctx, input.committeeId);
  const members = await ctx.loaders.membersByCommittee.load(committee.id);
  const orgId = ctx.actor.kind === 'user' ? ctx.actor.orgId : undefined;
  const own = orgId ? members.find((m) => m.organizationId === orgId) : undefined;
  if (!own) throw forbidden(`only staff of an organisation with a member on committee ${committee.id} propose course changes`);
  const decision = decide(ctx.actor, { action: 'org:agree', organizationId: own.organizationId, staffRole: staffRoleOf(own.kind) });
  if (!decision.allowed) throw refusal(decision);
  const start = termStart(input.effectiveTerm);
  if (start === null || start <= todayInChina()) throw badInput(`effectiveTerm must be a term not yet begun, written like 2027-2028-1, got "${input.effectiveTerm}"`, { field: 'effectiveTerm' });
  const changes = validateChange(input);
  const agreement = await ctx.loaders.agreementById.load(committee.agreementId);
  const course = await ctx.loaders.courseByCode.load(input.courseCode);
  if (!course || course.programCode !== agreement?.collegeProgramCode) {
    throw badInput(`courseCode "${input.courseCode}" is not a course of ${agreement?.collegeProgramCode}, the programme committee ${committee.id} reviews`, { field: 'courseCode' });
  }
  const row = {
    committeeId: committee.id, kind: input.kind, courseCode: course.code, ...changes, effectiveTerm: input.effectiveTerm, rationale: requireText(input.rationale, 'rationale', 1000),
    proposedBy: subject(ctx), proposedByOrganizationId: own.organizationId, proposedAt: nowInstant(), status: 'OPEN' as const,
  };
  const { identifiers } = await writeTransaction(ctx.db, (em) => em.insert(ProposalEntity, row));
  return { ...row, id: Number(identifiers[0].id) };
}

/**
 * The proposal, locked for the rest of the transaction on MariaDB, so that
 * votes and the decision on one proposal happen one after another (SQLite's
 * write transactions already do): no vote slips in under a decision, and two
 * first votes for one member cannot deadlock.
 */
async function openProposal(em: EntityManager, id: number): Promise<ProposalRow> {
  const lock = em.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  const proposal = await em.findOne(ProposalEntity, { where: { id }, lock });
  if (!proposal) throw notFound(`proposal ${id} does not exist; see the committee's proposals`);
  if (proposal.status !== 'OPEN') throw conflict(`proposal ${id} was decided already (${proposal.status}); its votes can no longer change`);
  return proposal;
}

export async function castVote(ctx: Context, input: CastCommitteeVoteInput): Promise<VoteRow> {
  const proposalId = requireId(input.proposalId, 'proposalId');
  const memberId = requireId(input.memberId, 'memberId');
  try {
    return await writeVote(ctx, proposalId, memberId, input.choice);
  } catch (err) {
    // Two first votes for one member at once (SQLite; MariaDB takes them in turn on the proposal's lock): the primary key keeps one.
    if (isUniqueViolation(err)) throw conflict(`member ${memberId}'s vote on proposal ${proposalId} was cast by another request at the same time; read it and vote again if needed`);
    throw err;
  }
}

function writeVote(ctx: Context, proposalId: number, memberId: number, choice: CastCommitteeVoteInput['choice']): Promise<VoteRow> {
  return writeTransaction(ctx.db, async (em) => {
    const proposal = await openProposal(em, proposalId);
    const member = await em.findOneBy(MemberEntity, { id: memberId, committeeId: proposal.committeeId });
    if (!member) throw badInput(`member ${memberId} is not on the committee proposal ${proposalId} was made to`, { field: 'memberId' });
    const decision = decide(ctx.actor, { action: 'org:agree', organizationId: member.organizationId, staffRole: staffRoleOf(member.kind) });
    if (!decision.allowed) throw refusal(decision);
    const row: VoteRow = { proposalId, memberId, choice, castBy: subject(ctx), castAt: nowInstant() };
    const { affected } = await em.update(VoteEntity, { proposalId, memberId }, row);
    if (!affected) await em.insert(VoteEntity, row);
    return row;
  });
}

/** The votes of a proposal counted against its committee's quorum. */
export async function tallyOf(em: EntityManager, proposal: ProposalRow, quorum: number): Promise<Tally> {
  const [votes, members] = await Promise.all([em.findBy(VoteEntity, { proposalId: proposal.id }), em.findBy(MemberEntity, { committeeId: proposal.committeeId })]);
  const kinds = new Map(members.map((m) => [m.id, m.kind]));
  return tally(votes.map((v) => ({ kind: kinds.get(v.memberId) ?? 'SCHOOL', choice: v.choice })), quorum);
}

/** Records the decision and applies it, in the caller's transaction (the API's and the demo seed's). */
export async function recordDecision(em: EntityManager, proposal: ProposalRow, decidedOn: string, recordedBy: string, recordedAt: string): Promise<DecisionRow> {
  const committee = await em.findOneByOrFail(CommitteeEntity, { id: proposal.committeeId });
  const t = await tallyOf(em, proposal, committee.enterpriseQuorum);
  const refused = quorumRefusal(t);
  if (refused !== null || t.outcome === null) throw conflict(`committee ${committee.id} may not decide proposal ${proposal.id} yet: ${refused}`);
  const from = termStart(proposal.effectiveTerm)!;
  if (from <= decidedOn) throw badInput(`proposal ${proposal.id} takes effect on ${from}; it must be decided before then (decidedOn ${decidedOn})`, { field: 'decidedOn' });
  const { affected } = await em.update(ProposalEntity, { id: proposal.id, status: 'OPEN' }, { status: t.outcome });
  if (!affected) throw conflict(`proposal ${proposal.id} was decided by another request at the same time`);
  const agreement = await em.findOneByOrFail(AgreementEntity, { id: committee.agreementId });
  const touched = await touchedBy(em, agreement.id, proposal.courseCode, from);
  const course = await em.findOneByOrFail(CourseEntity, { code: proposal.courseCode });
  const versionCreated = t.outcome === 'ADOPTED' ? await applyToVersions(em, course, proposal, from) : null;
  const row: DecisionRow = {
    proposalId: proposal.id, decidedOn, outcome: t.outcome, votesFor: t.votesFor, votesAgainst: t.votesAgainst, abstentions: t.abstentions, voting: t.voting,
    enterpriseVoting: t.enterpriseVoting, quorum: t.quorum, versionCreated, touchedRules: JSON.stringify(touched.ruleIds), touchedMappings: JSON.stringify(touched.mappings), recordedBy, recordedAt,
  };
  await em.insert(DecisionEntity, row);
  return row;
}

export async function decideProposal(ctx: Context, rawId: string, rawDecidedOn?: string | null): Promise<DecisionRow> {
  const id = requireId(rawId, 'proposalId');
  const today = todayInChina();
  const decidedOn = rawDecidedOn == null ? today : requireDate(rawDecidedOn, 'decidedOn');
  if (decidedOn > today) throw badInput(`decidedOn ${decidedOn} is after today ${today}`, { field: 'decidedOn' });
  return writeTransaction(ctx.db, async (em) => {
    const proposal = await openProposal(em, id);
    const committee = await em.findOneByOrFail(CommitteeEntity, { id: proposal.committeeId });
    authorize(ctx.actor, { action: 'org:write', organizationId: committee.collegeId, staffRole: 'COLLEGE_STAFF' });
    if (decidedOn < proposal.proposedAt.slice(0, 10)) throw badInput(`decidedOn ${decidedOn} is before the proposal was made`, { field: 'decidedOn' });
    return recordDecision(em, proposal, decidedOn, subject(ctx), nowInstant());
  });
}
