/**
 * The cohort's distribution of a module's scores: the best score of each
 * learner of the same school and cohort assessed in the module on or before
 * the day. Pure, plus the one statement that reads the best scores.
 */
import type { EntityManager } from 'typeorm';
import type { CohortBody, ScoreBandBody } from './content.ts';

const BANDS: [number, number][] = [[0, 59], [60, 69], [70, 79], [80, 89], [90, 100]];
const round2 = (n: number) => Math.round(n * 100) / 100;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The band a score falls in: below the next band's lowest score (so 59.5, a fail, is in 0–59). */
export const bandOf = (score: number): number => BANDS.findIndex((_band, i) => i === BANDS.length - 1 || score < BANDS[i + 1]![0]);

/** The distribution of `best` (one score per learner), and where `score` stands in it. */
export function distributionOf(cohort: number, schoolId: string, best: readonly number[], score: number): CohortBody {
  const sorted = [...best].sort((a, b) => a - b);
  const n = sorted.length;
  const bands: ScoreBandBody[] = BANDS.map(([from, to]) => ({ from, to, learners: 0 }));
  for (const s of sorted) bands[bandOf(s)]!.learners += 1;
  if (n === 0) return { cohort, schoolId, learners: 0, mean: null, median: null, min: null, max: null, percentile: null, bands };
  const below = sorted.filter((s) => s < score).length;
  const equal = sorted.filter((s) => s === score).length;
  return {
    cohort, schoolId, learners: n,
    mean: round2(sorted.reduce((a, b) => a + b, 0) / n), median: round2(median(sorted)), min: sorted[0]!, max: sorted[n - 1]!,
    percentile: round2(((below + equal / 2) / n) * 100),
    bands,
  };
}

/** Each cohort learner's best score in the module on or before `on`, in one statement. */
export async function cohortBestScores(em: EntityManager, schoolId: string, cohort: number, moduleCode: string, on: string): Promise<number[]> {
  const rows: { best: number | string }[] = await em.query(
    `SELECT MAX(a.score) AS best FROM module_assessment a JOIN secondary_enrollment e ON e.student_id = a.student_id
      WHERE e.school_id = ? AND e.cohort = ? AND a.module_code = ? AND a.assessed_on <= ? GROUP BY a.student_id`,
    [schoolId, cohort, moduleCode, on],
  );
  return rows.map((r) => Number(r.best));
}
