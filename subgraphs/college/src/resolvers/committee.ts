/** The committee's GraphQL types: public, like the curriculum they decide. */
import { pageOf, numericKey } from '@guantong/shared/paging';
import { tally, type MemberKind } from '../committee/quorum.ts';
import type { TouchedRow } from '../committee/touched.ts';
import type {
  CommitteeDecisionResolvers, CommitteeProposalResolvers, CommitteeVoteResolvers, CourseVersionResolvers, CurriculumCommitteeResolvers,
} from '../generated/resolvers.ts';
import type { ProposalRow } from '../entities/committee.ts';
import type { Context } from '../context.ts';
import { present } from './integrity.ts';

async function tallyNow(proposal: ProposalRow, ctx: Context) {
  const [votes, members, committee] = await Promise.all([
    ctx.loaders.votesByProposal.load(proposal.id), ctx.loaders.membersByCommittee.load(proposal.committeeId), ctx.loaders.committeeById.load(proposal.committeeId),
  ]);
  const kinds = new Map<number, MemberKind>(members.map((m) => [m.id, m.kind]));
  return tally(votes.map((v) => ({ kind: kinds.get(v.memberId) ?? 'SCHOOL', choice: v.choice })), present(committee, `committee ${proposal.committeeId}`).enterpriseQuorum);
}

export const CurriculumCommittee: CurriculumCommitteeResolvers = {
  college: async (c, _args, ctx) => present(await ctx.loaders.collegeById.load(c.collegeId), `college ${c.collegeId}`),
  agreement: async (c, _args, ctx) => present(await ctx.loaders.agreementById.load(c.agreementId), `agreement ${c.agreementId}`),
  async enterpriseShare(c, _args, ctx) {
    const members = await ctx.loaders.membersByCommittee.load(c.id);
    return members.length ? members.filter((m) => m.kind === 'ENTERPRISE').length / members.length : null;
  },
  members: async (c, args, ctx) => pageOf(await ctx.loaders.membersByCommittee.load(c.id), (m) => numericKey(m.id), args, 50),
  async proposals(c, { status, first, after }, ctx) {
    const proposals = await ctx.loaders.proposalsByCommittee.load(c.id);
    return pageOf(status ? proposals.filter((p) => p.status === status) : proposals, (p) => numericKey(p.id), { first, after });
  },
};

export const CommitteeProposal: CommitteeProposalResolvers = {
  course: async (p, _args, ctx) => present(await ctx.loaders.courseByCode.load(p.courseCode), `course ${p.courseCode}`),
  votes: async (p, args, ctx) => pageOf(await ctx.loaders.votesByProposal.load(p.id), (v) => numericKey(v.memberId), args, 50),
  tally: (p, _args, ctx) => tallyNow(p, ctx),
  decision: (p, _args, ctx) => ctx.loaders.decisionByProposal.load(p.id),
};

export const CommitteeVote: CommitteeVoteResolvers = {
  member: async (v, _args, ctx) => present(await ctx.loaders.memberById.load(v.memberId), `member ${v.memberId}`),
};

export const CommitteeDecision: CommitteeDecisionResolvers = {
  proposal: async (d, _args, ctx) => present(await ctx.loaders.proposalById.load(d.proposalId), `proposal ${d.proposalId}`),
  outcome: (d) => d.outcome,
  // The tally as recorded with the decision, not as the votes stand today.
  tally: (d) => ({
    votesFor: d.votesFor, votesAgainst: d.votesAgainst, abstentions: d.abstentions, voting: d.voting, enterpriseVoting: d.enterpriseVoting,
    enterpriseShare: d.voting > 0 ? d.enterpriseVoting / d.voting : null, quorum: d.quorum, quorate: true, outcome: d.outcome,
  }),
  async versionCreated(d, _args, ctx) {
    if (d.versionCreated === null) return null;
    const proposal = await ctx.loaders.proposalById.load(d.proposalId);
    const versions = proposal ? await ctx.loaders.versionsByCourse.load(proposal.courseCode) : [];
    return versions.find((v) => v.version === d.versionCreated) ?? null;
  },
  async touchedCreditRules(d, _args, ctx) {
    const ids = JSON.parse(d.touchedRules) as number[];
    const rules = await ctx.loaders.creditRuleById.loadMany(ids);
    return rules.map((r, i) => present(r instanceof Error ? null : r, `credit rule ${ids[i]}`));
  },
  touchedMappings: (d) => JSON.parse(d.touchedMappings) as TouchedRow[],
};

export const CourseVersion: CourseVersionResolvers = {
  decision: (v, _args, ctx) => (v.proposalId === null ? null : ctx.loaders.decisionByProposal.load(v.proposalId)),
};
