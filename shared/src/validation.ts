/**
 * Domain validation shared by every subgraph. Each check throws BAD_USER_INPUT
 * with a message that says what is accepted.
 */
import { badInput } from './errors.ts';

const MOD11_2_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const MOD11_2_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2 check character over a digit string (GB 11643 uses 17 digits). */
export function mod11_2(digits: string): string {
  let sum = 0;
  const offset = MOD11_2_WEIGHTS.length - digits.length;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * MOD11_2_WEIGHTS[i + offset];
  return MOD11_2_CHECK[sum % 11];
}

/** A calendar date written YYYY-MM-DD: it must read back exactly, so 2025-02-29 and 2026-1-1 are refused. */
export function isIsoDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A GB 11643 citizen ID: 6-digit region, birth date, 3-digit sequence, MOD 11-2 check. */
export function isValidNationalId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  return isIsoDate(birth) && mod11_2(value.slice(0, 17)) === value[17];
}

export function birthDateOf(nationalId: string): string {
  return `${nationalId.slice(6, 10)}-${nationalId.slice(10, 12)}-${nationalId.slice(12, 14)}`;
}

/**
 * A hub-wide learner id: "GT", the cohort year, a 5-digit serial and a MOD 11-2
 * check character, e.g. GT202200001 + check. The check lets every institution
 * reject a mistyped id without asking another institution.
 */
export function learnerId(cohortYear: number, serial: number): string {
  const digits = `${cohortYear}${String(serial).padStart(5, '0')}`;
  return `GT${digits}${mod11_2(digits)}`;
}

export function isValidLearnerId(value: string): boolean {
  return /^GT\d{9}[\dX]$/.test(value) && mod11_2(value.slice(2, 11)) === value[11];
}

export function requireLearnerId(value: string): string {
  if (!isValidLearnerId(value)) {
    throw badInput(`studentId "${value}" is not a Guantong learner id: expected GT, 9 digits and a check character, e.g. ${learnerId(2022, 1)}`, { field: 'studentId' });
  }
  return value;
}

export function requireNationalId(value: string): string {
  if (!isValidNationalId(value)) {
    throw badInput('nationalId must be an 18-character GB 11643 citizen ID number with a valid birth date and check digit', { field: 'nationalId' });
  }
  return value;
}

export function requireScore(score: number, field = 'score'): number {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw badInput(`${field} must be a number from 0 to 100, got ${score}`, { field });
  }
  return score;
}

/** Terms are written academic-year-then-semester: 2024-2025-1 or 2024-2025-2. */
export function requireTerm(term: string): string {
  const match = /^(\d{4})-(\d{4})-([12])$/.exec(term);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw badInput(`term "${term}" is malformed: write the academic year then the semester, e.g. 2024-2025-1 or 2024-2025-2`, { field: 'term' });
  }
  return term;
}

export function requireDate(value: string, field: string): string {
  if (!isIsoDate(value)) throw badInput(`${field} must be a calendar date written YYYY-MM-DD, got "${value}"`, { field });
  return value;
}

export function requireText(value: string, field: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw badInput(`${field} must be between 1 and ${max} characters`, { field });
  }
  return trimmed;
}
