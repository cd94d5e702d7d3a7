import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { onImportBatch, SimulatedCrash } from '@guantong/shared/bulk/runner';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { download, importCsv, settled, upload, xlsxOf } from '../../helpers/bulk.ts';

const kinds = await databaseKinds();
const JOB = 'collegeImportJob';
const COLLEGE = { institution: 'col-metro', kind: 'results' };

describe.each(kinds)('a college imports and exports its results as CSV (%s)', (kind) => {
  let hub: Hub;
  let staff: string;
  let demo: string;
  const db = () => hub.databases.college.dataSource;
  const count = async () => Number((await db().query('SELECT COUNT(*) AS n FROM college_course_result'))[0].n);
  /** Empties the college's results, keeping the catalogue, registry and enrolments. */
  const emptyResults = () => db().query('DELETE FROM college_course_result');

  beforeAll(async () => {
    hub = await startHub(kind, { env: { IMPORT_DIR: path.join(os.tmpdir(), `guantong-college-imports-${process.pid}-${kind}`), IMPORT_BATCH_SIZE: '10' } });
    staff = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro', subject: 'registrar' });
    demo = await download(hub, staff, 'college', COLLEGE);
  });
  afterAll(() => hub?.stop());
  afterEach(() => onImportBatch(null));

  it('imports the demo results into an empty table, and exports them again byte for byte', async () => {
    const rows = demo.trim().split('\n').length - 1;
    expect(rows).toBeGreaterThan(30);
    await emptyResults();
    const job = await importCsv(hub, staff, 'college', JOB, COLLEGE, demo);
    expect(job).toMatchObject({ status: 'DONE', rowsRead: rows, rowsWritten: rows, rowsBad: 0 });
    expect(await download(hub, staff, 'college', COLLEGE)).toBe(demo);
  });

  it('a re-import reports every row unchanged', async () => {
    const before = await count();
    const job = await importCsv(hub, staff, 'college', JOB, COLLEGE, demo);
    expect(job).toMatchObject({ status: 'DONE', rowsWritten: 0, rowsUnchanged: before });
    expect(await count()).toBe(before);
  });

  it('reports bad rows by line and column and writes nothing', async () => {
    const [header, first, second] = demo.split('\n');
    const [studentId, courseCode, term] = first.split(',');
    const csv = [header, `${studentId},${courseCode},${term},42.5`, second.replace(/,[^,]*$/, ',abc'), `${studentId},SEC-NOPE,${term},70`].join('\n');
    const job = await importCsv(hub, staff, 'college', JOB, COLLEGE, csv);
    expect(job).toMatchObject({ status: 'FAILED', rowsBad: 3, rowsWritten: 0 });
    expect(job.errors.nodes.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 2, column: 'score' }, { line: 3, column: 'score' }, { line: 4, column: 'courseCode' }]);
  });

  it('imports the same results from an XLSX workbook, and reports its bad rows by row number', async () => {
    const rows = await count();
    await emptyResults();
    const job = await importCsv(hub, staff, 'college', JOB, { ...COLLEGE, format: 'xlsx' }, await xlsxOf('results', demo));
    expect(job).toMatchObject({ status: 'DONE', rowsRead: rows, rowsWritten: rows, rowsBad: 0 });
    expect(await download(hub, staff, 'college', COLLEGE)).toBe(demo);
    const [header, first] = demo.split('\n');
    const [studentId, courseCode, term] = first.split(',');
    const bad = await importCsv(hub, staff, 'college', JOB, { ...COLLEGE, format: 'xlsx' }, await xlsxOf('results', [header, `${studentId},SEC-NOPE,${term},70`, `${studentId},${courseCode},${term},42.5`].join('\n')));
    expect(bad).toMatchObject({ status: 'FAILED', rowsBad: 2, rowsWritten: 0 });
    expect(bad.errors.nodes.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 2, column: 'courseCode' }, { line: 3, column: 'score' }]);
    expect(await count()).toBe(rows);
  });

  it('refuses another college’s staff', async () => {
    const other = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-harbour' });
    expect((await upload(hub, other, 'college', COLLEGE, demo)).status).toBe(403);
  });

  it('resumes a job cut short, and every row is there once', async () => {
    const rows = await count();
    await emptyResults();
    onImportBatch((_job, line) => {
      if (line > 20) throw new SimulatedCrash();
    });
    const started = await upload(hub, staff, 'college', COLLEGE, demo);
    const cut = await settled(hub, staff, JOB, started.body.jobId!);
    expect(cut).toMatchObject({ status: 'INTERRUPTED', checkpointLine: 21 });
    expect(await count()).toBe(20);
    onImportBatch(null);
    expect((await hub.query('mutation($id: ID!) { resumeCollegeImport(id: $id) { id } }', { id: cut.id }, staff)).errors).toBeUndefined();
    expect(await settled(hub, staff, JOB, cut.id)).toMatchObject({ status: 'DONE', rowsWritten: rows, rowsUnchanged: 0 });
    expect(await count()).toBe(rows);
    expect(await download(hub, staff, 'college', COLLEGE)).toBe(demo);
  });
});
