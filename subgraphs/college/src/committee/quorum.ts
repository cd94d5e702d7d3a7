/**
 * When a School–Enterprise Curriculum Committee may decide: enterprise
 * members must be at least the committee's share (40% by default) of those
 * voting, that is of the members who voted for or against. An abstention is
 * recorded but is not a vote, so it can neither make nor break the quorum.
 * A quorate proposal is adopted by a majority of those voting; a tie rejects it.
 */

export type MemberKind = 'SCHOOL' | 'COLLEGE' | 'ENTERPRISE';
export type VoteChoice = 'FOR' | 'AGAINST' | 'ABSTAIN';

export interface Ballot {
  kind: MemberKind;
  choice: VoteChoice;
}

export interface Tally {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** Members who voted for or against. */
  voting: number;
  enterpriseVoting: number;
  /** enterpriseVoting / voting, or null when no one voted. */
  enterpriseShare: number | null;
  quorum: number;
  quorate: boolean;
  /** ADOPTED or REJECTED when quorate; null when the committee may not decide. */
  outcome: 'ADOPTED' | 'REJECTED' | null;
}

/** Shares are compared in whole parts per million, so 2 of 5 meets 40% whatever floating point makes of 0.4 × 5. */
const ppm = (fraction: number) => Math.round(fraction * 1_000_000);

export function tally(ballots: readonly Ballot[], quorum: number): Tally {
  const votesFor = ballots.filter((b) => b.choice === 'FOR').length;
  const votesAgainst = ballots.filter((b) => b.choice === 'AGAINST').length;
  const voting = votesFor + votesAgainst;
  const enterpriseVoting = ballots.filter((b) => b.kind === 'ENTERPRISE' && b.choice !== 'ABSTAIN').length;
  const quorate = voting > 0 && enterpriseVoting * 1_000_000 >= ppm(quorum) * voting;
  return {
    votesFor,
    votesAgainst,
    abstentions: ballots.length - voting,
    voting,
    enterpriseVoting,
    enterpriseShare: voting > 0 ? enterpriseVoting / voting : null,
    quorum,
    quorate,
    outcome: quorate ? (votesFor > votesAgainst ? 'ADOPTED' : 'REJECTED') : null,
  };
}

/** Why a committee may not decide, in one sentence; null when it may. */
export function quorumRefusal(t: Tally): string | null {
  if (t.quorate) return null;
  const needed = `enterprise members must be at least ${Math.round(t.quorum * 100)}% of those voting`;
  if (t.voting === 0) return `no member has voted for or against yet; ${needed}`;
  return `enterprise members are ${t.enterpriseVoting} of the ${t.voting} members voting (${Math.round((t.enterpriseShare ?? 0) * 100)}%); ${needed} before the committee may decide`;
}
