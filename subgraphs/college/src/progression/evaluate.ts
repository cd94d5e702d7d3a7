/**
 * Whether a learner meets their agreement's progression requirements. Pure:
 * shared by `Student.progression` (evidence from `@requires`) and
 * `progressStudent` (evidence fetched from the owning subgraphs), so the query
 * and the mutation can never disagree.
 */
import { courseCodesOf, type ProgressionRequirementRow } from '../entities/progression-requirement.ts';
import { termEnd, type Evidence, type EvidenceNeeds, type ResultEvidence } from '../evidence/evidence.ts';
import { certificateExists, resultExists } from '../evidence/existing.ts';

export interface RequirementCheckResult {
  requirement: ProgressionRequirementRow;
  met: boolean;
  detail: string;
  missing: string[];
  /** The day the check was judged on, attached where it is shown (for its explanation). */
  asOf?: string;
}

export interface Assessment {
  agreementId: string;
  eligible: boolean;
  checks: RequirementCheckResult[];
  unmet: RequirementCheckResult[];
}

/** Up to one decimal, without a trailing ".0". */
const num = (n: number): string => String(Math.round(n * 10) / 10);

/** The best score per secondary course (re-sits count at their best). */
function bestScores(results: readonly ResultEvidence[]): Map<string, ResultEvidence> {
  const best = new Map<string, ResultEvidence>();
  for (const r of results) {
    const held = best.get(r.courseCode);
    // Stryker disable next-line EqualityOperator: an equal re-sit replaces the attempt held only when it has the same score, and only the score is read
    if (!held || r.score > held.score) best.set(r.courseCode, r);
  }
  return best;
}

/** " (a result of term T counts from D)" for a course whose only results are of terms not yet over. */
function pendingNote(code: string, pending: readonly ResultEvidence[]): string {
  const later = pending.find((r) => r.courseCode === code);
  return later ? `; a result of term ${later.term} is pending until the term ends on ${termEnd(later.term)}` : '';
}

function corePassed(req: ProgressionRequirementRow, results: readonly ResultEvidence[], pending: readonly ResultEvidence[]): Omit<RequirementCheckResult, 'requirement'> {
  const best = bestScores(results);
  const passed = new Set(results.filter((r) => r.passed).map((r) => r.courseCode));
  const codes = courseCodesOf(req);
  const missing = codes.filter((code) => !passed.has(code));
  const detail = codes
    .map((code) => {
      const score = best.get(code)?.score;
      if (passed.has(code)) return `${code} passed (best ${num(score ?? 0)})`;
      const found = score === undefined ? 'no result' : `best ${num(score)}`;
      return `${code} not passed (${found}${pendingNote(code, pending)})`;
    })
    .join('; ');
  return { met: missing.length === 0, detail, missing };
}

function minAverage(req: ProgressionRequirementRow, results: readonly ResultEvidence[]): Omit<RequirementCheckResult, 'requirement'> {
  const min = req.minScore ?? 0;
  const scores = [...bestScores(results).values()].map((r) => r.score);
  if (scores.length === 0) return { met: false, detail: `no secondary results yet; an average of at least ${num(min)} is required`, missing: [`an average score of ${num(min)}`] };
  const average = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const detail = `average of the best score in ${scores.length} secondary courses is ${num(average)}; at least ${num(min)} is required`;
  return average >= min ? { met: true, detail, missing: [] } : { met: false, detail, missing: [`${num(min - average)} points of average score`] };
}

/** A valid award held on the day, or the standard among the learner's recognised certificates on that day. */
function requiredCertificate(req: ProgressionRequirementRow, evidence: Evidence, asOf: string): Omit<RequirementCheckResult, 'requirement'> {
  const code = req.standardCode ?? '';
  const awards = (evidence.certificates ?? []).filter((c) => c.standardCode === code);
  const held = awards.find((c) => c.status === 'VALID' && certificateExists(c, asOf));
  if (held) return { met: true, detail: `holds ${code}: certificate ${held.serial}, issued ${held.issuedOn}`, missing: [] };
  const recognised = (evidence.recognized ?? []).find((r) => r.standardCode === code && r.effectiveFrom <= asOf && (r.effectiveTo === null || asOf <= r.effectiveTo));
  if (recognised) return { met: true, detail: `holds a certificate recognised as ${code} (recognition in force from ${recognised.effectiveFrom})`, missing: [] };
  // Stryker disable next-line ConditionalExpression: reached only when no award is valid, so every award left is revoked
  const revoked = awards.find((c) => c.status === 'REVOKED');
  const later = awards.find((c) => c.status === 'VALID' && !certificateExists(c, asOf));
  const why = later
    ? ` (certificate ${later.serial} is pending: it counts from its issue date ${later.issuedOn})`
    : revoked ? ` (certificate ${revoked.serial} was revoked on ${revoked.revokedOn ?? 'an unrecorded date'})` : '';
  return { met: false, detail: `no valid ${code} certificate or recognised equivalent on ${asOf}${why}`, missing: [code] };
}

function moduleCredits(req: ProgressionRequirementRow, credits: number): Omit<RequirementCheckResult, 'requirement'> {
  const min = req.minCredits ?? 0;
  const detail = `${num(credits)} module credits earned; at least ${num(min)} required`;
  return credits >= min ? { met: true, detail, missing: [] } : { met: false, detail, missing: [`${num(min - credits)} module credits`] };
}

function check(req: ProgressionRequirementRow, evidence: Evidence, asOf: string): RequirementCheckResult {
  // A result counts from the end of its term: one of a term still running is pending, not evidence.
  const all = evidence.results ?? [];
  const results = all.filter((r) => resultExists(r, asOf));
  switch (req.kind) {
    case 'CORE_COURSES_PASSED':
      return { requirement: req, ...corePassed(req, results, all.filter((r) => !resultExists(r, asOf))) };
    case 'MIN_AVERAGE_SCORE':
      return { requirement: req, ...minAverage(req, results) };
    case 'REQUIRED_CERTIFICATE':
      return { requirement: req, ...requiredCertificate(req, evidence, asOf) };
    case 'MIN_MODULE_CREDITS':
      return { requirement: req, ...moduleCredits(req, evidence.moduleCredits ?? 0) };
  }
}

/** The evidence these requirements read: only that must have arrived (see requireEvidence). */
export function progressionNeeds(requirements: readonly ProgressionRequirementRow[]): EvidenceNeeds {
  const has = (...kinds: ProgressionRequirementRow['kind'][]) => requirements.some((r) => kinds.includes(r.kind));
  return {
    results: has('CORE_COURSES_PASSED', 'MIN_AVERAGE_SCORE'),
    certificates: has('REQUIRED_CERTIFICATE'),
    recognized: has('REQUIRED_CERTIFICATE'),
    moduleCredits: has('MIN_MODULE_CREDITS'),
  };
}

/** Checks every requirement on the ISO date `asOf`; an agreement without requirements lets everyone progress. */
export function assessProgression(agreementId: string, requirements: readonly ProgressionRequirementRow[], evidence: Evidence, asOf: string): Assessment {
  const checks = requirements.map((req) => check(req, evidence, asOf));
  const unmet = checks.filter((c) => !c.met);
  return { agreementId, eligible: unmet.length === 0, checks, unmet };
}
