/**
 * A college imports and exports its pathway registrations as CSV (or imports
 * them from an XLSX workbook). Each new
 * registration's learner is confirmed by the enrolling school (enrolled in the
 * agreement's secondary programme, and their birth date) through the gateway
 * under the job's own delegation, asked once per batch. The demo's
 * registrations have records hanging off them, so the new ones are of
 * learners the school enrols first (by its own import).
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { onImportBatch, SimulatedCrash } from '@guantong/shared/bulk/runner';
import { learnerId } from '@guantong/shared/validation';
import { AgreementEntity } from '../../../subgraphs/college/src/entities/agreement.ts';
import { CollegeEntity } from '../../../subgraphs/college/src/entities/college.ts';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { download, enrolmentCsv, importCsv, settled, upload, xlsxOf } from '../../helpers/bulk.ts';

const kinds = await databaseKinds();
const JOB = 'collegeImportJob';
const PATHWAYS = { institution: 'col-metro', kind: 'pathways' };
const BATCH = 5;
const NEW = 12;

describe.each(kinds)('a college imports and exports its pathway registrations as CSV and XLSX (%s)', (kind) => {
  let hub: Hub;
  let staff: string;
  let fresh: string[];
  let file: string;
  let agreementId: string;
  const db = () => hub.databases.college.dataSource;
  const marks = () => fresh.map(() => '?').join(',');
  const registered = async () => Number((await db().query(`SELECT COUNT(*) AS n FROM pathway WHERE student_id IN (${marks()})`, fresh))[0].n);
  const unregister = () => db().query(`DELETE FROM pathway WHERE student_id IN (${marks()})`, fresh);
  const lookups = () => hub.gateway.fetchCounts.secondary ?? 0;

  beforeAll(async () => {
    hub = await startHub(kind, { env: { IMPORT_DIR: path.join(os.tmpdir(), `guantong-college-pathways-${process.pid}-${kind}`), IMPORT_BATCH_SIZE: String(BATCH) } });
    staff = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro', subject: 'registrar' });
    // The school enrols the learners first, as a school would.
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'clerk' });
    expect(await importCsv(hub, school, 'secondary', 'secondaryImportJob', { institution: 'sch-riverside', kind: 'enrolments' }, enrolmentCsv(NEW, 700))).toMatchObject({ status: 'DONE', rowsWritten: NEW });
    const enrolments = await download(hub, school, 'secondary', { institution: 'sch-riverside', kind: 'enrolments' });
    fresh = enrolments.split('\n').filter((line) => /,学生7\d\d,/.test(line)).map((line) => line.split(',')[0]);
    expect(fresh).toHaveLength(NEW);
    [{ id: agreementId }] = await db().query("SELECT id FROM articulation_agreement WHERE college_id = 'col-metro' AND secondary_program_code = 'SEC-NET' ORDER BY id LIMIT 1");
    file = ['studentId,birthDate,agreementId,cohort,registeredOn', ...fresh.map((id) => `${id},,${agreementId},2026,2026-09-15`)].join('\n');
  });
  afterAll(() => hub?.stop());
  afterEach(() => onImportBatch(null));

  it('registers new learners, asking the school once per batch, with the birth date the school holds', async () => {
    const before = lookups();
    const job = await importCsv(hub, staff, 'college', JOB, PATHWAYS, file);
    expect(job).toMatchObject({ status: 'DONE', rowsRead: NEW, rowsWritten: NEW, rowsBad: 0 });
    expect(lookups() - before).toBe(2 * Math.ceil(NEW / BATCH));
    const exported = await download(hub, staff, 'college', PATHWAYS);
    for (const id of fresh) expect(exported).toContain(`${id},2010-03-15,${agreementId},2026,2026-09-15`);
  });

  it('a re-import of the whole export reports every row unchanged, and asks no one', async () => {
    const exported = await download(hub, staff, 'college', PATHWAYS);
    const rows = exported.trim().split('\n').length - 1;
    const before = lookups();
    const job = await importCsv(hub, staff, 'college', JOB, PATHWAYS, exported);
    expect(job).toMatchObject({ status: 'DONE', rowsWritten: 0, rowsUnchanged: rows });
    expect(lookups() - before).toBe(0);
  });

  it('an export re-imported where its registrations are missing writes them back, and exports the same bytes', async () => {
    const exported = await download(hub, staff, 'college', PATHWAYS);
    await unregister();
    const job = await importCsv(hub, staff, 'college', JOB, PATHWAYS, exported);
    expect(job).toMatchObject({ status: 'DONE', rowsWritten: NEW, rowsBad: 0 });
    expect(await download(hub, staff, 'college', PATHWAYS)).toBe(exported);
  });

  it('registers the same learners from an XLSX workbook as from the CSV, asking the school as often', async () => {
    const exported = await download(hub, staff, 'college', PATHWAYS);
    await unregister();
    const before = lookups();
    const job = await importCsv(hub, staff, 'college', JOB, { ...PATHWAYS, format: 'xlsx' }, await xlsxOf('pathways', file));
    expect(job).toMatchObject({ status: 'DONE', rowsRead: NEW, rowsWritten: NEW, rowsBad: 0 });
    expect(lookups() - before).toBe(2 * Math.ceil(NEW / BATCH));
    expect(await download(hub, staff, 'college', PATHWAYS)).toBe(exported);
  });

  it('reports bad rows by line and column, as the mutation would, and writes nothing', async () => {
    // Another college's agreement for the same programmes.
    const othersAgreement = 'agr-harbour-net';
    const agreements = db().getRepository(AgreementEntity);
    await db().getRepository(CollegeEntity).upsert({ id: 'col-harbour', name: 'Harbour College', region: 'Lanzhou, Gansu' }, ['id']);
    if (!(await agreements.existsBy({ id: othersAgreement }))) await agreements.insert({ ...(await agreements.findOneByOrFail({ id: agreementId })), id: othersAgreement, collegeId: 'col-harbour' });
    const stranger = learnerId(2026, 99001);
    await unregister();
    const csv = [
      'studentId,birthDate,agreementId,cohort,registeredOn',
      `${stranger},,${agreementId},2026,2026-09-15`,
      `${fresh[0]},,${othersAgreement},2026,2026-09-15`,
      `${fresh[1]},,${agreementId},2025,2026-09-15`,
      `${fresh[2]},1999-01-01,${agreementId},2026,2026-09-15`,
      `${fresh[3]},,${agreementId},2026,1990-01-01`,
      `${fresh[4]},,${agreementId},2026,2026-09-15`,
    ].join('\n');
    const fromCsv = await importCsv(hub, staff, 'college', JOB, PATHWAYS, csv);
    const fromXlsx = await importCsv(hub, staff, 'college', JOB, { ...PATHWAYS, format: 'xlsx' }, await xlsxOf('pathways', csv));
    for (const job of [fromCsv, fromXlsx]) {
      expect(job).toMatchObject({ status: 'FAILED', rowsBad: 5, rowsValid: 1, rowsWritten: 0 });
      expect(job.errors.nodes.map(({ line, column }) => ({ line, column }))).toEqual([
        { line: 2, column: null },
        { line: 3, column: 'agreementId' },
        { line: 4, column: 'cohort' },
        { line: 5, column: 'birthDate' },
        { line: 6, column: 'registeredOn' },
      ]);
      expect(job.errors.nodes[0].message).toMatch(/not enrolled/);
      expect(job.errors.nodes[1].message).toMatch(/its own agreements only/);
    }
    // A workbook's rows are named by their row numbers, so its errors read as the CSV's.
    expect(fromXlsx.errors.nodes).toEqual(fromCsv.errors.nodes);
    expect(await registered()).toBe(0);
  });

  it('resumes a job cut short with its kept delegation, and every registration is there once', async () => {
    await unregister();
    onImportBatch((_job, line) => {
      if (line > BATCH) throw new SimulatedCrash();
    });
    const started = await upload(hub, staff, 'college', PATHWAYS, file);
    const cut = await settled(hub, staff, JOB, started.body.jobId!);
    expect(cut).toMatchObject({ status: 'INTERRUPTED', checkpointLine: BATCH + 1 });
    expect(await registered()).toBe(BATCH);
    onImportBatch(null);
    expect((await hub.query('mutation($id: ID!) { resumeCollegeImport(id: $id) { id } }', { id: cut.id }, staff)).errors).toBeUndefined();
    expect(await settled(hub, staff, JOB, cut.id)).toMatchObject({ status: 'DONE', rowsWritten: NEW, rowsUnchanged: 0 });
    expect(await registered()).toBe(NEW);
  });

  it('refuses another college’s staff', async () => {
    const other = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-harbour' });
    expect((await upload(hub, other, 'college', PATHWAYS, file)).status).toBe(403);
  });
});
