/**
 * The committee's quorum: enterprise members must be at least the
 * committee's share (40% by default) of those voting for or against.
 */
import { describe, expect, it } from 'vitest';
import { quorumRefusal, tally, type Ballot, type MemberKind, type VoteChoice } from '../committee/quorum.ts';

const ballots = (...spec: [MemberKind, VoteChoice, number][]): Ballot[] => spec.flatMap(([kind, choice, n]) => Array.from({ length: n }, () => ({ kind, choice })));

describe('the enterprise quorum', () => {
  it('refuses below 40%: one enterprise member of four voting', () => {
    const t = tally(ballots(['ENTERPRISE', 'FOR', 1], ['COLLEGE', 'FOR', 2], ['SCHOOL', 'FOR', 1]), 0.4);
    expect(t).toEqual({ votesFor: 4, votesAgainst: 0, abstentions: 0, voting: 4, enterpriseVoting: 1, enterpriseShare: 0.25, quorum: 0.4, quorate: false, outcome: null });
    expect(quorumRefusal(t)).toBe('enterprise members are 1 of the 4 members voting (25%); enterprise members must be at least 40% of those voting before the committee may decide');
  });

  it('accepts exactly 40%: two of five, however floating point rounds 0.4 × 5', () => {
    const t = tally(ballots(['ENTERPRISE', 'FOR', 2], ['COLLEGE', 'AGAINST', 3]), 0.4);
    expect(t).toMatchObject({ voting: 5, enterpriseVoting: 2, enterpriseShare: 0.4, quorate: true, outcome: 'REJECTED' });
    expect(quorumRefusal(t)).toBeNull();
    expect(tally(ballots(['ENTERPRISE', 'FOR', 3], ['SCHOOL', 'FOR', 7]), 0.3).quorate).toBe(true);
    expect(tally(ballots(['ENTERPRISE', 'FOR', 1], ['SCHOOL', 'FOR', 2]), 1 / 3).quorate).toBe(true);
    expect(tally(ballots(['ENTERPRISE', 'FOR', 29], ['SCHOOL', 'FOR', 71]), 0.3).quorate).toBe(false);
  });

  it('takes the committee’s own share: 3 of 6 meets 50%, 2 of 5 does not', () => {
    expect(tally(ballots(['ENTERPRISE', 'FOR', 3], ['SCHOOL', 'FOR', 3]), 0.5).quorate).toBe(true);
    expect(tally(ballots(['ENTERPRISE', 'FOR', 2], ['SCHOOL', 'FOR', 3]), 0.5).quorate).toBe(false);
  });

  it('an abstention is recorded but is not a vote: an abstaining enterprise member can break the quorum', () => {
    const t = tally(ballots(['ENTERPRISE', 'FOR', 1], ['ENTERPRISE', 'ABSTAIN', 1], ['COLLEGE', 'FOR', 2]), 0.4);
    expect(t).toMatchObject({ abstentions: 1, voting: 3, enterpriseVoting: 1, quorate: false });
    const schoolAbstains = tally(ballots(['ENTERPRISE', 'FOR', 2], ['SCHOOL', 'ABSTAIN', 3], ['COLLEGE', 'AGAINST', 3]), 0.4);
    expect(schoolAbstains).toMatchObject({ abstentions: 3, voting: 5, enterpriseShare: 0.4, quorate: true });
  });

  it('adopts on a majority of those voting; a tie rejects', () => {
    expect(tally(ballots(['ENTERPRISE', 'FOR', 2], ['COLLEGE', 'AGAINST', 1]), 0.4).outcome).toBe('ADOPTED');
    expect(tally(ballots(['ENTERPRISE', 'FOR', 1], ['ENTERPRISE', 'AGAINST', 1]), 0.4).outcome).toBe('REJECTED');
    expect(tally(ballots(['ENTERPRISE', 'AGAINST', 2], ['COLLEGE', 'FOR', 1]), 0.4)).toMatchObject({ votesFor: 1, votesAgainst: 2, outcome: 'REJECTED' });
  });

  it('with no one voting the committee may not decide', () => {
    const t = tally(ballots(['ENTERPRISE', 'ABSTAIN', 2]), 0.4);
    expect(t).toMatchObject({ voting: 0, enterpriseVoting: 0, enterpriseShare: null, quorate: false, outcome: null, abstentions: 2 });
    expect(quorumRefusal(t)).toBe('no member has voted for or against yet; enterprise members must be at least 40% of those voting');
  });

  it('the demo’s 4G → 5G decision: 9 voting, 4 from enterprises (44%), 8 for', async () => {
    const { committee } = await import('@guantong/shared/demo');
    const [replace, revise] = committee.demoProposals;
    const kindOf = (member: number) => committee.demoMembers[member].kind;
    expect(tally(replace.votes.map((v) => ({ kind: kindOf(v.member), choice: v.choice })), 0.4)).toMatchObject({ voting: 9, enterpriseVoting: 4, votesFor: 8, outcome: 'ADOPTED' });
    expect(tally(revise.votes.map((v) => ({ kind: kindOf(v.member), choice: v.choice })), 0.4)).toMatchObject({ voting: 4, enterpriseVoting: 1, quorate: false });
  });
});
