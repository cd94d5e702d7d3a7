/**
 * Finds an agreement's competing credit rules, so staff see them and fix them.
 * Pure. Two rules compete when they take the same evidence (the same standard,
 * or the same secondary course), their effective date ranges overlap, their
 * score bands (minScore..100) overlap, and their level bands (minLevel..ADVANCED)
 * overlap, and either
 *   (a) they exempt a same course at the same priority, or
 *   (b) they give different credits for a same course, whatever the priority.
 * Transfers still decide deterministically (see evaluate.ts); this report is
 * what keeps that resolution from being silent.
 */
import { exemptCodesOf, type CreditRuleRow } from '../entities/credit-rule.ts';
import { byPrecedence } from './evaluate.ts';
import { levelRank } from './match.ts';

export interface RuleConflict {
  rules: [CreditRuleRow, CreditRuleRow];
  explanation: string;
}

const evidenceOf = (r: CreditRuleRow): string =>
  r.kind === 'CERTIFICATE' ? `certificate ${r.standardCode}` : `secondary course result ${r.secondaryCourseCode}`;

/** The common date range, or null when the ranges do not meet. ISO dates compare as text. */
function dateOverlap(a: CreditRuleRow, b: CreditRuleRow): string | null {
  const from = a.effectiveFrom > b.effectiveFrom ? a.effectiveFrom : b.effectiveFrom;
  const ends = [a.effectiveTo, b.effectiveTo].filter((d): d is string => d !== null).sort();
  const to = ends[0] ?? null;
  if (to !== null && to < from) return null;
  return to === null ? `from ${from} onwards` : `from ${from} to ${to}`;
}

/**
 * The common score band, or null. Bands are open upward (minScore..100), so
 * they always meet today; the check stays so that a band with an upper bound
 * would be handled by the same code.
 */
function scoreOverlap(a: CreditRuleRow, b: CreditRuleRow): string | null {
  const low = Math.max(a.minScore ?? 0, b.minScore ?? 0);
  return low <= 100 ? `scores ${low}–100` : null;
}

/** Level bands are open upward too (minLevel..ADVANCED); described only when a level is set. */
function levelOverlap(a: CreditRuleRow, b: CreditRuleRow): string {
  const higher = levelRank(a.minLevel) >= levelRank(b.minLevel) ? a.minLevel : b.minLevel;
  return higher === null ? '' : `, levels ${higher} and above`;
}

function competition(a: CreditRuleRow, b: CreditRuleRow): string | null {
  const codesOfB = new Set(exemptCodesOf(b));
  const shared = exemptCodesOf(a).filter((code) => codesOfB.has(code));
  if (shared.length === 0) return null;
  const courses = shared.join(', ');
  if (a.priority === b.priority) {
    const credits = a.credits === b.credits ? '' : `, giving ${a.credits} and ${b.credits} credits`;
    return `both exempt ${courses} at the same priority (${a.priority})${credits}`;
  }
  if (a.credits !== b.credits) return `they give different credits for ${courses}: ${a.credits} (priority ${a.priority}) and ${b.credits} (priority ${b.priority})`;
  return null;
}

function sameEvidence(a: CreditRuleRow, b: CreditRuleRow): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'CERTIFICATE' ? a.standardCode === b.standardCode : a.secondaryCourseCode === b.secondaryCourseCode;
}

function conflictOf(a: CreditRuleRow, b: CreditRuleRow): RuleConflict | null {
  if (a.agreementId !== b.agreementId || !sameEvidence(a, b)) return null;
  const dates = dateOverlap(a, b);
  const scores = scoreOverlap(a, b);
  const why = dates && scores ? competition(a, b) : null;
  if (!why) return null;
  const [winner, loser] = [a, b].sort(byPrecedence);
  const tie = winner.priority === loser.priority ? 'the lower rule id' : 'the higher priority';
  const explanation =
    `rules ${a.id} and ${b.id} take the same evidence (${evidenceOf(a)}) in force together ${dates}, ` +
    `for ${scores}${levelOverlap(a, b)}, and ${why}. ` +
    `Transfers apply rule ${winner.id} (${tie}) and supersede rule ${loser.id} until one is retired or reprioritised.`;
  return { rules: [a, b], explanation };
}

/** Every competing pair, ordered by the lower then the higher rule id. */
export function findConflicts(rules: readonly CreditRuleRow[]): RuleConflict[] {
  const sorted = [...rules].sort((x, y) => x.id - y.id);
  const conflicts: RuleConflict[] = [];
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      const conflict = conflictOf(a, b);
      if (conflict) conflicts.push(conflict);
    }
  });
  return conflicts;
}
