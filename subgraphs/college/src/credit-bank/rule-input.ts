/**
 * What `addCreditRule` accepts. Everything that can be checked without the
 * database is checked here, so a bad input is refused before any statement runs.
 */
import { badInput } from '@guantong/shared/errors';
import { requireDate, requireScore, requireText } from '@guantong/shared/validation';
import type { CreditRuleRow } from '../entities/credit-rule.ts';
import type { AddCreditRuleInput } from '../generated/resolvers.ts';

export type NewCreditRule = Omit<CreditRuleRow, 'id'>;

export const MAX_RULE_CREDITS = 30;
export const MAX_EXEMPT_COURSES = 10;
export const MAX_PRIORITY = 1000;
/**
 * The secondary school's pass mark (its `passed` flag is score >= 60). A failed
 * course earns no credit, so a COURSE_RESULT rule's minimum cannot be below
 * it: a lower minimum would read as a promise the rule cannot keep.
 */
export const PASS_MARK = 60;
/** Catalogue codes across the hub: upper-case letters, digits and hyphens, e.g. X-NED-1 or NET-S120. */
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

function requireCode(value: string, field: string): string {
  if (!CODE.test(value)) throw badInput(`${field} must be a catalogue code of 2 to 32 upper-case letters, digits and hyphens, e.g. NET-H210, got "${value}"`, { field });
  return value;
}

const absent = (value: unknown) => value === null || value === undefined;

/** The evidence columns: a CERTIFICATE rule names a standard, a COURSE_RESULT rule a secondary course and a minimum score. */
function evidenceOf(input: AddCreditRuleInput): Pick<NewCreditRule, 'standardCode' | 'minLevel' | 'minScore' | 'secondaryCourseCode'> {
  const minScore = absent(input.minScore) ? null : requireScore(input.minScore as number, 'minScore');
  if (input.kind === 'CERTIFICATE') {
    if (absent(input.standardCode)) throw badInput('a CERTIFICATE rule needs standardCode, the certificate standard it takes, e.g. X-NED-1', { field: 'standardCode' });
    if (!absent(input.secondaryCourseCode)) throw badInput('a CERTIFICATE rule takes a standardCode, not a secondaryCourseCode; use kind COURSE_RESULT for a course result', { field: 'secondaryCourseCode' });
    return { standardCode: requireCode(input.standardCode as string, 'standardCode'), minLevel: input.minLevel ?? null, minScore, secondaryCourseCode: null };
  }
  if (absent(input.secondaryCourseCode)) throw badInput('a COURSE_RESULT rule needs secondaryCourseCode, the secondary course it takes, e.g. NET-S120', { field: 'secondaryCourseCode' });
  if (minScore === null) throw badInput(`a COURSE_RESULT rule needs minScore, the lowest course score (${PASS_MARK} to 100) that earns the credit`, { field: 'minScore' });
  if (minScore < PASS_MARK) {
    throw badInput(`minScore ${minScore} is below the pass mark of ${PASS_MARK}: a failed course earns no credit, so a COURSE_RESULT rule's minScore must be from ${PASS_MARK} to 100`, { field: 'minScore' });
  }
  for (const field of ['standardCode', 'minLevel'] as const) {
    if (!absent(input[field])) throw badInput(`a COURSE_RESULT rule takes no ${field}; use kind CERTIFICATE for a certificate`, { field });
  }
  return { standardCode: null, minLevel: null, minScore, secondaryCourseCode: requireCode(input.secondaryCourseCode as string, 'secondaryCourseCode') };
}

function requireExemptCodes(codes: readonly string[]): string[] {
  const field = 'exemptCourseCodes';
  if (codes.length === 0 || codes.length > MAX_EXEMPT_COURSES) throw badInput(`${field} must list 1 to ${MAX_EXEMPT_COURSES} college courses`, { field });
  if (new Set(codes).size !== codes.length) throw badInput(`${field} lists a course twice: list each exempted course once`, { field });
  return codes.map((code) => requireCode(code, field));
}

function requireCredits(credits: number): number {
  if (!Number.isFinite(credits) || credits <= 0 || credits > MAX_RULE_CREDITS) {
    throw badInput(`credits must be more than 0 and at most ${MAX_RULE_CREDITS}, got ${credits}`, { field: 'credits' });
  }
  return credits;
}

function requirePriority(priority: number | null | undefined): number {
  const value = priority ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PRIORITY) {
    throw badInput(`priority must be a whole number from 0 to ${MAX_PRIORITY} (higher wins), got ${value}`, { field: 'priority' });
  }
  return value;
}

/** Dates the rule applies between; the end, when given, may not be before the start. */
export function requireRange(effectiveFrom: string, effectiveTo: string | null): { effectiveFrom: string; effectiveTo: string | null } {
  requireDate(effectiveFrom, 'effectiveFrom');
  if (effectiveTo !== null) {
    requireDate(effectiveTo, 'effectiveTo');
    // ISO dates compare correctly as text.
    if (effectiveTo < effectiveFrom) throw badInput(`effectiveTo ${effectiveTo} is before effectiveFrom ${effectiveFrom}: a rule must be in force for at least one day`, { field: 'effectiveTo' });
  }
  return { effectiveFrom, effectiveTo };
}

export function validateRuleInput(input: AddCreditRuleInput): NewCreditRule {
  return {
    agreementId: input.agreementId,
    kind: input.kind,
    ...evidenceOf(input),
    exemptCourseCodes: requireExemptCodes(input.exemptCourseCodes).join(','),
    credits: requireCredits(input.credits),
    ...requireRange(input.effectiveFrom, input.effectiveTo ?? null),
    priority: requirePriority(input.priority),
    description: requireText(input.description, 'description', 500),
  };
}
