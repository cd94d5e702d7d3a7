import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { download, enrolmentCsv, importCsv } from '../../helpers/bulk.ts';

const kinds = await databaseKinds();
const JOB = 'secondaryImportJob';
const SCHOOL = { institution: 'sch-riverside' };
/** A school's learner records: what "an empty database" lacks, the catalogue staying. */
const LEARNER_TABLES = ['module_assessment', 'preliminary_exam', 'exam_registration', 'secondary_result', 'secondary_enrollment', 'learner', 'learner_serial'];

const env = (kind: string, name: string) => ({ IMPORT_DIR: path.join(os.tmpdir(), `guantong-exports-${process.pid}-${kind}-${name}`) });

async function rowsOf(hub: Hub) {
  const db = hub.databases.secondary.dataSource;
  const enrolments = await db.query("SELECT student_id, school_id, program_code, cohort, enrolled_on FROM secondary_enrollment WHERE school_id = 'sch-riverside' ORDER BY student_id");
  const results = await db.query("SELECT r.student_id, r.course_code, r.term, r.score FROM secondary_result r JOIN secondary_enrollment e ON e.student_id = r.student_id WHERE e.school_id = 'sch-riverside' ORDER BY r.student_id, r.course_code, r.term");
  return { enrolments, results: results.map((r: { score: number }) => ({ ...r, score: Number(r.score) })) };
}

describe.each(kinds)('a school’s export re-imports into an empty database exactly (%s)', (kind) => {
  let source: Hub;
  let empty: Hub;
  let sourceToken: string;
  let emptyToken: string;

  beforeAll(async () => {
    source = await startHub(kind, { env: env(kind, 'source') });
    empty = await startHub(kind, { env: env(kind, 'empty') });
    for (const table of LEARNER_TABLES) await empty.databases.secondary.dataSource.query(`DELETE FROM ${table}`);
    sourceToken = await source.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'registrar' });
    emptyToken = await empty.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'registrar' });
    const results = ['studentId,courseCode,term,score', ...[1, 2, 3].map((i) => `${learnerId(2026, i)},NET-S101,2026-2027-1,${70 + i}`)].join('\n');
    expect(await importCsv(source, sourceToken, 'secondary', JOB, { ...SCHOOL, kind: 'enrolments' }, enrolmentCsv(3))).toMatchObject({ status: 'DONE', rowsWritten: 3 });
    expect(await importCsv(source, sourceToken, 'secondary', JOB, { ...SCHOOL, kind: 'results' }, results)).toMatchObject({ status: 'DONE', rowsWritten: 3 });
  });
  afterAll(async () => {
    await source?.stop();
    await empty?.stop();
  });

  it('exports, re-imports on an empty database, and exports again byte for byte, with equal rows', async () => {
    const enrolments = await download(source, sourceToken, 'secondary', { ...SCHOOL, kind: 'enrolments' });
    const results = await download(source, sourceToken, 'secondary', { ...SCHOOL, kind: 'results' });
    expect(enrolments.split('\n')[0]).toBe('studentId,name,nationalId,schoolId,programCode,cohort,enrolledOn');
    expect(enrolments).toContain(`${learnerId(2026, 3)},学生2,`);
    expect(results).toContain(`${learnerId(2026, 3)},NET-S101,2026-2027-1,73`);

    const reEnrolled = await importCsv(empty, emptyToken, 'secondary', JOB, { ...SCHOOL, kind: 'enrolments' }, enrolments);
    expect(reEnrolled, JSON.stringify(reEnrolled.errors)).toMatchObject({ status: 'DONE', rowsBad: 0, rowsUnchanged: 0 });
    const reResulted = await importCsv(empty, emptyToken, 'secondary', JOB, { ...SCHOOL, kind: 'results' }, results);
    expect(reResulted, JSON.stringify(reResulted.errors)).toMatchObject({ status: 'DONE', rowsBad: 0, rowsUnchanged: 0 });

    expect(await download(empty, emptyToken, 'secondary', { ...SCHOOL, kind: 'enrolments' })).toBe(enrolments);
    expect(await download(empty, emptyToken, 'secondary', { ...SCHOOL, kind: 'results' })).toBe(results);
    expect(await rowsOf(empty)).toEqual(await rowsOf(source));
  });

  it('exports nothing of another school, and only to its staff', async () => {
    const other = await source.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    await expect(download(source, other, 'secondary', { ...SCHOOL, kind: 'results' })).rejects.toThrow(/403/);
    const theirs = await download(source, other, 'secondary', { institution: 'sch-hillview', kind: 'enrolments' });
    expect(theirs).not.toContain('SEC-NET');
  });
});
