/**
 * Finds an agreement's competing credit rules, so staff see them and fix them.
 * Pure. Two rules of one agreement compete when
 *   (a) they exempt a same course at the same priority, whatever their
 *       evidence and dates: a learner may hold both kinds of evidence, or the
 *       same evidence twice (a re-sit), dated in each rule's range, and then
 *       both rules decide that course and only the rule id breaks the tie; or
 *   (b) they take the same evidence in overlapping dates and score and level
 *       bands, and give different credits for a same course, whatever the
 *       priority.
 * Transfers still decide deterministically (see evaluate.ts); this report is
 * what keeps that resolution from being silent, so every tie a transfer's
 * reason cites is listed here.
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

const rangeOf = (r: CreditRuleRow): string => (r.effectiveTo === null ? `from ${r.effectiveFrom} onwards` : `from ${r.effectiveFrom} to ${r.effectiveTo}`);

/** The common date range, or null when the ranges do not meet. ISO dates compare as text. */
function dateOverlap(a: CreditRuleRow, b: CreditRuleRow): string | null {
  const from = a.effectiveFrom > b.effectiveFrom ? a.effectiveFrom : b.effectiveFrom;
  const ends = [a.effectiveTo, b.effectiveTo].filter((d): d is string => d !== null).sort();
  const to = ends[0] ?? null;
  if (to !== null && to < from) return null;
  return to === null ? `from ${from} onwards` : `from ${from} to ${to}`;
}

/** Score bands are open upward (minScore..100), so two of them always meet, at the higher minimum. */
const scoreOverlap = (a: CreditRuleRow, b: CreditRuleRow): string => `scores ${Math.max(a.minScore ?? 0, b.minScore ?? 0)}–100`;

/** Level bands are open upward too (minLevel..ADVANCED); described only when a level is set. */
function levelOverlap(a: CreditRuleRow, b: CreditRuleRow): string {
  const higher = levelRank(a.minLevel) >= levelRank(b.minLevel) ? a.minLevel : b.minLevel;
  return higher === null ? '' : `, levels ${higher} and above`;
}

function sameEvidence(a: CreditRuleRow, b: CreditRuleRow): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'CERTIFICATE' ? a.standardCode === b.standardCode : a.secondaryCourseCode === b.secondaryCourseCode;
}

/** How one learner can meet both rules, in words. */
function bothMet(a: CreditRuleRow, b: CreditRuleRow): string {
  const dates = dateOverlap(a, b);
  if (sameEvidence(a, b)) {
    return dates
      ? `take the same evidence (${evidenceOf(a)}) in force together ${dates}, for ${scoreOverlap(a, b)}${levelOverlap(a, b)}`
      : `take the same evidence (${evidenceOf(a)}) at different times (${rangeOf(a)}; ${rangeOf(b)}), which a learner meets twice with evidence dated in each, such as a re-sit`;
  }
  return `take different evidence (${evidenceOf(a)}; ${evidenceOf(b)}), which a learner may hold both of`;
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
  // Different priorities settle the course; different credits are worth a report only for the same evidence at once.
  if (a.credits !== b.credits && sameEvidence(a, b) && dateOverlap(a, b)) {
    return `they give different credits for ${courses}: ${a.credits} (priority ${a.priority}) and ${b.credits} (priority ${b.priority})`;
  }
  return null;
}

function conflictOf(a: CreditRuleRow, b: CreditRuleRow): RuleConflict | null {
  if (a.agreementId !== b.agreementId) return null;
  const why = competition(a, b);
  if (!why) return null;
  const [winner, loser] = [a, b].sort(byPrecedence);
  const tie = winner.priority === loser.priority ? 'the lower rule id' : 'the higher priority';
  const explanation =
    `rules ${a.id} and ${b.id} ${bothMet(a, b)}, and ${why}. ` +
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
