/**
 * The two bounds on transferred credits, applied after the statuses are
 * decided. Pure.
 *
 * - By the course: a transfer never grants more credits than the course it
 *   exempts is worth. A rule's credits cover its whole exemption: they are
 *   spread over the courses it wins, in the order the rule lists them, each
 *   course taking at most its own credits, so a rule never grants more than
 *   its credits nor more than the courses it wins are worth together.
 * - By the agreement: at most `maxTransferCredits` count in all. APPLIED
 *   transfers fill that room in precedence order (highest priority first);
 *   what does not fit is `cappedCredits`, and a transfer with nothing left
 *   to count is CAPPED.
 */
import type { Transfer } from './transfer.ts';

export interface CreditLimits {
  /** Credits of each college course the rules exempt, by code. */
  courseCredits: ReadonlyMap<string, number>;
  /** The agreement's most transferred credits a learner may count. */
  maxTransferCredits: number;
}

export interface LimitedOutcome {
  transfers: Transfer[];
  totalCredits: number;
  cappedCredits: number;
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

function boundedReason(t: Transfer, course: number, credits: number): string | null {
  if (credits === t.rule.credits) return null;
  const worth = `${t.exemptedCourseCode} is worth ${num(course)}`;
  if (credits === Math.min(t.rule.credits, course)) return `rule ${t.rule.id} gives ${num(t.rule.credits)} credits; ${worth}, so ${num(credits)} count`;
  return `rule ${t.rule.id} gives ${num(t.rule.credits)} credits for all the courses it exempts; ${worth}, and ${num(credits)} of the rule's credits were left for it`;
}

function cappedReason(max: number, credits: number, cut: number): string {
  return cut === credits
    ? `the agreement counts at most ${num(max)} transferred credits, and transfers of higher priority already reach that cap`
    : `the agreement counts at most ${num(max)} transferred credits: ${num(cut)} of these ${num(credits)} credits are over that cap and do not count`;
}

const join = (...parts: (string | null)[]): string | null => parts.filter((p) => p !== null).join('; ') || null;

/** Bounds every transfer by its course and the APPLIED ones by the agreement's cap; `transfers` come in precedence order. */
export function applyLimits(transfers: readonly Transfer[], limits: CreditLimits): LimitedOutcome {
  const ruleLeft = new Map<number, number>();
  let room = limits.maxTransferCredits;
  let totalCredits = 0;
  let cappedCredits = 0;
  const limited = transfers.map((t): Transfer => {
    // A course missing from the catalogue is worth nothing: never more than the course.
    const course = limits.courseCredits.get(t.exemptedCourseCode) ?? 0;
    if (t.status !== 'APPLIED') return { ...t, credits: Math.min(t.rule.credits, course), cappedCredits: 0 };
    const left = ruleLeft.get(t.rule.id) ?? t.rule.credits;
    const credits = Math.min(left, course);
    ruleLeft.set(t.rule.id, left - credits);
    const counted = Math.max(0, Math.min(credits, room));
    room -= counted;
    totalCredits += counted;
    const cut = credits - counted;
    cappedCredits += cut;
    const reason = join(t.reason, boundedReason(t, course, credits), cut > 0 ? cappedReason(limits.maxTransferCredits, credits, cut) : null);
    return { ...t, credits, cappedCredits: cut, status: cut > 0 && counted === 0 ? 'CAPPED' : 'APPLIED', reason };
  });
  return { transfers: limited, totalCredits, cappedCredits };
}
