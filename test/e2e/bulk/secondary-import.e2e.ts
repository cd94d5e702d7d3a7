import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { onImportBatch, SimulatedCrash } from '@guantong/shared/bulk/runner';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { bulkUrl, enrolmentCsv, importCsv, nationalIdFor, settled, upload } from '../../helpers/bulk.ts';

const kinds = await databaseKinds();
const JOB = 'secondaryImportJob';
const RESUME = 'mutation($id: ID!) { resumeSecondaryImport(id: $id) { id } }';

function resultCsv(learners: number, courses = ['NET-S101', 'NET-S110']): string {
  const lines = ['studentId,courseCode,term,score'];
  for (let i = 1; i <= learners; i++) for (const [c, course] of courses.entries()) lines.push(`${learnerId(2026, i)},${course},2026-2027-1,${60 + ((i * 7 + c * 3) % 40)}.5`);
  return `${lines.join('\n')}\n`;
}

describe.each(kinds)('a school imports its enrolments and results as CSV (%s)', (kind) => {
  let hub: Hub;
  let school: string;
  const count = async (table: string) => Number((await hub.databases.secondary.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    hub = await startHub(kind, { env: { IMPORT_DIR: path.join(os.tmpdir(), `guantong-imports-${process.pid}-${kind}`), IMPORT_BATCH_SIZE: '7' } });
    school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'registrar' });
  });
  afterAll(() => hub?.stop());
  afterEach(() => onImportBatch(null));

  it('imports the demo-shaped enrolments, issuing learner ids in file order, and the learners read back', async () => {
    const job = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'enrolments' }, enrolmentCsv(20));
    expect(job).toMatchObject({ status: 'DONE', rowsRead: 20, rowsValid: 20, rowsBad: 0, rowsWritten: 20, rowsUnchanged: 0, checkpointLine: 21 });
    const [learner] = await hub.databases.secondary.dataSource.query('SELECT name FROM learner WHERE id = ?', [learnerId(2026, 20)]);
    expect(learner.name).toBe('学生19');
  });

  it('reports every bad row with its line, column and message, and writes nothing', async () => {
    const before = await count('secondary_result');
    const csv = [
      'studentId,courseCode,term,score',
      `${learnerId(2026, 1)},NET-S101,2026-2027-1,101`,
      `${learnerId(2026, 2)},EC-S101,2026-2027-1,80`,
      `${learnerId(2026, 3)},NET-S101,2026-2027-1,81.5`,
      `GT202600003Q,NET-S101,2026-2027-1,80`,
    ].join('\n');
    const job = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'results' }, csv);
    expect(job).toMatchObject({ status: 'FAILED', rowsRead: 4, rowsValid: 1, rowsBad: 3, rowsWritten: 0 });
    expect(job.errors.nodes.map(({ line, column }) => ({ line, column })), JSON.stringify(job.errors)).toEqual([
      { line: 2, column: 'score' }, { line: 3, column: 'courseCode' }, { line: 5, column: 'studentId' },
    ]);
    expect(job.errors.nodes[0].message).toMatch(/score/);
    expect(await count('secondary_result')).toBe(before);

    const validOnly = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'results', validOnly: 'true' }, csv);
    expect(validOnly).toMatchObject({ status: 'DONE', rowsBad: 3, rowsWritten: 1 });
    expect(await count('secondary_result')).toBe(before + 1);
  });

  it('serves each kind’s template, and refuses an upload without a token', async () => {
    const template = await fetch(bulkUrl(hub, '/bulk/secondary/templates/enrolments.csv'));
    expect(await template.text()).toBe('studentId,name,nationalId,schoolId,programCode,cohort,enrolledOn\n');
    const anonymous = await fetch(bulkUrl(hub, '/bulk/secondary/imports?institution=sch-riverside&kind=results'), { method: 'POST', body: resultCsv(1) });
    expect(anonymous.status).toBe(401);
  });

  it('refuses an upload for another school', async () => {
    const refused = await upload(hub, school, 'secondary', { institution: 'sch-hillview', kind: 'results' }, resultCsv(1));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('resumes a job cut short after its second batch, writing every row once', async () => {
    const before = await count('secondary_result');
    onImportBatch((_job, line) => {
      if (line > 14) throw new SimulatedCrash();
    });
    const started = await upload(hub, school, 'secondary', { institution: 'sch-riverside', kind: 'results' }, resultCsv(20));
    const cut = await settled(hub, school, JOB, started.body.jobId!);
    expect(cut).toMatchObject({ status: 'INTERRUPTED', checkpointLine: 15 });
    // Results of learner 3 in NET-S101 were written by the valid-only job above: 39 new rows of 40.
    expect(await count('secondary_result')).toBe(before + 14 - 1);
    onImportBatch(null);
    expect((await hub.query(RESUME, { id: cut.id }, school)).errors).toBeUndefined();
    const done = await settled(hub, school, JOB, cut.id);
    expect(done).toMatchObject({ status: 'DONE', rowsRead: 40, rowsWritten: 39, rowsUnchanged: 1, rowsBad: 0, checkpointLine: 41 });
    expect(await count('secondary_result')).toBe(before + 39);
  });

  it('a re-import of the same files changes nothing and reports every row unchanged', async () => {
    const before = [await count('secondary_result'), await count('learner')];
    const enrolments = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'enrolments' }, enrolmentCsv(20));
    expect(enrolments).toMatchObject({ status: 'DONE', rowsRead: 20, rowsWritten: 0, rowsUnchanged: 20 });
    const results = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'results' }, resultCsv(20));
    expect(results).toMatchObject({ status: 'DONE', rowsRead: 40, rowsWritten: 0, rowsUnchanged: 40 });
    expect([await count('secondary_result'), await count('learner')]).toEqual(before);
  });

  it('reads an XLSX workbook from the sheet named after the kind, naming bad rows by row number', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('notes').addRow(['ignored']);
    const sheet = workbook.addWorksheet('results');
    sheet.addRow(['studentId', 'courseCode', 'term', 'score']);
    for (const line of resultCsv(2).trim().split('\n').slice(1)) sheet.addRow(line.split(',').map((v, i) => (i === 3 ? Number(v) : v)));
    sheet.addRow([learnerId(2026, 3), 'NET-S110', '2026-2027-1', 'abc']);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const job = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'results', format: 'xlsx' }, file);
    expect(job).toMatchObject({ status: 'FAILED', rowsRead: 5, rowsValid: 4, rowsBad: 1 });
    expect(job.errors.nodes).toEqual([expect.objectContaining({ line: 6, column: 'score' })]);
    const fixed = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'results', format: 'xlsx', validOnly: 'true' }, file);
    expect(fixed).toMatchObject({ status: 'DONE', rowsWritten: 0, rowsUnchanged: 4 });
    const noSheet = await importCsv(hub, school, 'secondary', JOB, { institution: 'sch-riverside', kind: 'enrolments', format: 'xlsx' }, file);
    expect(noSheet).toMatchObject({ status: 'FAILED', message: expect.stringMatching(/no sheet named "enrolments"/) });
  });

  it('pages the row errors, and an admin’s rows naming another school are bad rows too', async () => {
    const admin = await hub.token({ role: 'ADMIN', subject: 'operator' });
    const lines = ['studentId,name,nationalId,schoolId,programCode,cohort,enrolledOn'];
    for (let i = 0; i < 5; i++) lines.push(`,外校${i},${nationalIdFor(900 + i)},sch-hillview,SEC-EC,2026,2026-09-01`);
    const job = await importCsv(hub, admin, 'secondary', JOB, { institution: 'sch-riverside', kind: 'enrolments' }, lines.join('\n'));
    expect(job).toMatchObject({ status: 'FAILED', rowsBad: 5, rowsWritten: 0 });
    type ErrorPage = { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { line: number; column: string }[] };
    const page = (after: string | null) => hub.query<{ secondaryImportJob: { errors: ErrorPage } }>(
      'query($id: ID!, $after: String) { secondaryImportJob(id: $id) { errors(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { line column } } } }', { id: job.id, after }, admin);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const errors: ErrorPage = (await page(after)).data!.secondaryImportJob.errors;
      expect(errors.totalCount).toBe(5);
      seen.push(...errors.nodes.map((n) => n.line));
      expect(errors.nodes.every((n) => n.column === 'schoolId')).toBe(true);
      if (!errors.pageInfo.hasNextPage) break;
      after = errors.pageInfo.endCursor;
    }
    expect(seen).toEqual([2, 3, 4, 5, 6]);
    const other = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    expect((await hub.query('query($id: ID!) { secondaryImportJob(id: $id) { id } }', { id: job.id }, other)).data).toEqual({ secondaryImportJob: null });
  });
});
