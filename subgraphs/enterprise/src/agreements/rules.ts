/**
 * The rules of a two-party recognition agreement, kept apart from storage and
 * GraphQL: which levels may be linked in which direction, who the parties
 * are, and which step each party may take from each status.
 */
import type { RecognitionRow, RecognitionStatus } from '../entities/recognition.ts';
import type { CertificateLevel, StandardRow } from '../entities/standard.ts';

const RANK: Record<CertificateLevel, number> = { ENTRY: 1, INTERMEDIATE: 2, ADVANCED: 3 };

const named = (s: Pick<StandardRow, 'code' | 'level'>) => `${s.code} (${s.level ?? 'no level'})`;

/**
 * Why the levels of `from` and `to` forbid the agreement, or null when they
 * allow it. Holders may count as holders of a standard at the same level, or
 * of a lower one (one-way, higher to lower), never of a higher one. A standard
 * without a level (some enterprise certificates declare none) cannot be
 * compared: a levelled standard may count as it one-way, but it may not count
 * as a levelled one, nor be mutual with one; two standards without a level may
 * be linked either way.
 */
export function levelRefusal(from: Pick<StandardRow, 'code' | 'level'>, to: Pick<StandardRow, 'code' | 'level'>, mutual: boolean): string | null {
  if (from.level === to.level) return null;
  const allowed =
    'agreements may link standards of the same level in either direction or mutually; between different levels only one-way from the higher level to the lower; ' +
    'a standard without a level may be counted as only one-way, from a levelled standard, never the reverse or mutually';
  if (from.level === null || to.level === null) {
    if (!mutual && from.level !== null) return null;
    return `${named(from)} and ${named(to)} cannot be compared by level: ${allowed}`;
  }
  // Stryker disable next-line EqualityOperator: equal levels returned above, and different levels never rank equal
  if (!mutual && RANK[from.level] > RANK[to.level]) return null;
  const what = mutual ? 'a mutual agreement' : 'a one-way agreement from the lower level to the higher';
  return `${named(from)} and ${named(to)} are of different levels, and ${what} would let holders count at a level they were not assessed at: ${allowed}`;
}

/** The two parties: the proposer speaks for the standard it issues, the counterpart for the other. */
export function partiesOf(proposerOrgId: string, from: StandardRow, to: StandardRow): { proposerOrgId: string; counterpartOrgId: string } | null {
  if (from.issuerId === proposerOrgId) return { proposerOrgId, counterpartOrgId: to.issuerId };
  if (to.issuerId === proposerOrgId) return { proposerOrgId, counterpartOrgId: from.issuerId };
  return null;
}

export type Step = 'ACCEPT' | 'DECLINE' | 'WITHDRAW';

/** The status a step may be taken from, and the status it leads to. */
export const TRANSITIONS: Record<Step, { from: RecognitionStatus[]; to: RecognitionStatus }> = {
  ACCEPT: { from: ['PROPOSED'], to: 'AGREED' },
  DECLINE: { from: ['PROPOSED'], to: 'DECLINED' },
  WITHDRAW: { from: ['PROPOSED', 'AGREED'], to: 'WITHDRAWN' },
};

/**
 * Which organisations may take `step` on `agreement`: the counterpart accepts
 * or declines a proposal; the proposer withdraws its proposal; either party
 * withdraws an agreement in force. When both standards have one issuer it is
 * both parties, and still gives its word twice: once to propose, once to accept.
 */
export function mayTake(step: Step, agreement: Pick<RecognitionRow, 'status' | 'proposerOrgId' | 'counterpartOrgId'>): string[] {
  if (step === 'WITHDRAW' && agreement.status === 'AGREED') return [agreement.proposerOrgId, agreement.counterpartOrgId];
  if (step === 'WITHDRAW') return [agreement.proposerOrgId];
  return [agreement.counterpartOrgId];
}
