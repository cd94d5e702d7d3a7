/**
 * The academic calendar every institution shares. A term is written
 * academic-year-then-semester, e.g. 2024-2025-1: semester 1 runs from
 * 1 September 2024 to 31 January 2025, semester 2 from 1 February to
 * 31 July 2025. A course result exists as evidence from the end of its term,
 * so it counts in no decision before then (README, "One clock").
 */
import { badInput } from './errors.ts';

const TERM = /^(\d{4})-(\d{4})-([12])$/;

function partsOf(term: string): { startYear: number; endYear: number; semester: 1 | 2 } | null {
  const match = TERM.exec(term);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return { startYear: Number(match[1]), endYear: Number(match[2]), semester: match[3] === '1' ? 1 : 2 };
}

/** The first day of a term, or null for a malformed term. */
export function termStart(term: string): string | null {
  const parts = partsOf(term);
  if (!parts) return null;
  return parts.semester === 1 ? `${parts.startYear}-09-01` : `${parts.endYear}-02-01`;
}

/** The last day of a term, or null for a malformed term (which no rule matches). */
export function termEnd(term: string): string | null {
  const parts = partsOf(term);
  if (!parts) return null;
  return parts.semester === 1 ? `${parts.endYear}-01-31` : `${parts.endYear}-07-31`;
}

/** True once the term has ended by `today`: its results count as evidence. */
export function termEnded(term: string, today: string): boolean {
  const end = termEnd(term);
  return end !== null && end <= today;
}

/** The dates a learner was enrolled at one stage; `completedOn` null while they still are. */
export interface StageDates {
  enrolledOn: string;
  completedOn: string | null;
}

/**
 * A result may be recorded only for a term that has started by `today` and
 * that overlaps the learner's enrolment at the stage: a score for a term not
 * yet taught, or one before they arrived or after they left, cannot be true.
 * Shared by the mutations and the demo's own check, so both refuse alike.
 */
export function requireRecordableTerm(term: string, today: string, stage: StageDates, stageName: string): string {
  const start = termStart(term);
  const end = termEnd(term);
  if (start === null || end === null) throw badInput(`term "${term}" is malformed: write the academic year then the semester, e.g. 2024-2025-1`, { field: 'term' });
  if (start > today) {
    throw badInput(`term ${term} starts on ${start}, after today ${today} (China Standard Time); record its results once the term has started`, { field: 'term' });
  }
  if (end < stage.enrolledOn) {
    throw badInput(`term ${term} ended on ${end}, before the learner's ${stageName} enrolment on ${stage.enrolledOn}; record results only for terms of the enrolment`, { field: 'term' });
  }
  if (stage.completedOn !== null && start > stage.completedOn) {
    throw badInput(`term ${term} starts on ${start}, after the learner's ${stageName} stage ended on ${stage.completedOn}; record results only for terms of the enrolment`, { field: 'term' });
  }
  return term;
}
