/**
 * The marketplace's cohort views for a school, computed from the rows with
 * SQL aggregates on every read (never stored): enrolment rate per cohort,
 * pass rate per module, and the modules suggested in reports and not taken.
 * Each is one statement; the few aggregate rows are paged in code.
 */
import type { DataSource } from 'typeorm';
import { compareText } from '@guantong/shared/loaders';
import { PASS_MARK } from '../resolvers/result.ts';

export interface EnrolmentRateRow { cohort: number; learners: number; enrolled: number; rate: number }
export interface PassRateRow { moduleCode: string; assessed: number; passed: number; rate: number }
export interface UptakeRow { moduleCode: string; suggested: number; notTaken: number }

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Learners per cohort of the school, and how many have at least one module enrolment. */
export async function enrolmentRates(db: DataSource, schoolId: string): Promise<EnrolmentRateRow[]> {
  const rows: { cohort: number | string; learners: number | string; enrolled: number | string }[] = await db.query(
    `SELECT e.cohort AS cohort, COUNT(*) AS learners,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM module_enrolment m WHERE m.student_id = e.student_id) THEN 1 ELSE 0 END) AS enrolled
       FROM secondary_enrollment e WHERE e.school_id = ? GROUP BY e.cohort`,
    [schoolId],
  );
  return rows
    .map((r) => ({ cohort: Number(r.cohort), learners: Number(r.learners), enrolled: Number(r.enrolled), rate: ratio(Number(r.enrolled), Number(r.learners)) }))
    .sort((a, b) => a.cohort - b.cohort);
}

/** Per module: the school's learners assessed in it, and those whose best score reaches the pass mark. */
export async function passRates(db: DataSource, schoolId: string): Promise<PassRateRow[]> {
  const rows: { moduleCode: string; assessed: number | string; passed: number | string }[] = await db.query(
    `SELECT b.module_code AS moduleCode, COUNT(*) AS assessed, SUM(CASE WHEN b.best >= ? THEN 1 ELSE 0 END) AS passed
       FROM (SELECT a.student_id, a.module_code, MAX(a.score) AS best
               FROM module_assessment a JOIN secondary_enrollment e ON e.student_id = a.student_id
              WHERE e.school_id = ? GROUP BY a.student_id, a.module_code) b
      GROUP BY b.module_code`,
    [PASS_MARK, schoolId],
  );
  return rows
    .map((r) => ({ moduleCode: r.moduleCode, assessed: Number(r.assessed), passed: Number(r.passed), rate: ratio(Number(r.passed), Number(r.assessed)) }))
    .sort((a, b) => compareText(a.moduleCode, b.moduleCode));
}

/**
 * Per module: the school's learners a stored report suggested it to (a MODULE
 * suggestion), and of them those never enrolled in it. Suggestions are read
 * from the reports' stored JSON with LIKE, which both databases answer alike.
 */
export async function uptake(db: DataSource, schoolId: string, moduleCodes: readonly string[]): Promise<UptakeRow[]> {
  if (moduleCodes.length === 0) return [];
  const patterns = moduleCodes.map((code) => `%"kind":"MODULE","moduleCode":"${code}"%`);
  const rows: { moduleCode: string; suggested: number | string; notTaken: number | string }[] = await db.query(
    `SELECT c.code AS moduleCode, COUNT(DISTINCT r.student_id) AS suggested,
            COUNT(DISTINCT CASE WHEN m.student_id IS NULL THEN r.student_id END) AS notTaken
       FROM (${moduleCodes.map(() => 'SELECT ? AS code, ? AS pattern').join(' UNION ALL ')}) c
       JOIN learning_report r ON r.body LIKE c.pattern
       JOIN secondary_enrollment e ON e.student_id = r.student_id AND e.school_id = ?
       LEFT JOIN module_enrolment m ON m.student_id = r.student_id AND m.module_code = c.code
      GROUP BY c.code`,
    [...moduleCodes.flatMap((code, i) => [code, patterns[i]]), schoolId],
  );
  return rows
    .map((r) => ({ moduleCode: r.moduleCode, suggested: Number(r.suggested), notTaken: Number(r.notTaken) }))
    .sort((a, b) => b.notTaken - a.notTaken || compareText(a.moduleCode, b.moduleCode));
}
