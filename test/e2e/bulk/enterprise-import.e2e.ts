/**
 * An organisation imports and exports its certificate awards as CSV (or
 * imports them from an XLSX workbook). Each new
 * award's holder is confirmed by the school through the gateway under the
 * job's own delegation (bound to the job and the learners of its file), asked
 * once per batch; the delegation outlives a restart, but serves no other
 * learner, no other question, and nothing once expired or altered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { onImportBatch, SimulatedCrash } from '@guantong/shared/bulk/runner';
import { LearnerSet } from '@guantong/shared/bulk/learner-set';
import { LEARNER_PROOFS, signJobDelegation } from '@guantong/shared/delegation';
import { LOOKUPS } from '@guantong/shared/peer-lookups';
import { learnerId } from '@guantong/shared/validation';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { download, importCsv, settled, upload, xlsxOf } from '../../helpers/bulk.ts';
import { gatewayKeyOf } from '../../helpers/keys.ts';

const kinds = await databaseKinds();
const JOB = 'enterpriseImportJob';
const AWARDS = { institution: 'org-zhongxin', kind: 'awards' };
const BATCH = 10;

describe.each(kinds)('an organisation imports and exports its awards as CSV and XLSX (%s)', (kind) => {
  let hub: Hub;
  let staff: string;
  let demo: string;
  let importDir: string;
  const db = () => hub.databases.enterprise.dataSource;
  const serials = () => demo.trim().split('\n').slice(1).map((line) => line.split(',')[3]);
  const count = async () => Number((await db().query(`SELECT COUNT(*) AS n FROM certificate_award WHERE serial IN (${serials().map(() => '?').join(',')})`, serials()))[0].n);
  /** Removes the organisation's awards (and their status-list places), keeping everyone else's. */
  const emptyAwards = async () => {
    const marks = serials().map(() => '?').join(',');
    await db().query(`DELETE FROM credential_status_entry WHERE serial IN (${marks})`, serials());
    await db().query(`DELETE FROM credential_share WHERE serial IN (${marks})`, serials());
    await db().query(`DELETE FROM certificate_award WHERE serial IN (${marks})`, serials());
  };
  const lookups = () => hub.gateway.fetchCounts.secondary ?? 0;

  beforeAll(async () => {
    importDir = path.join(os.tmpdir(), `guantong-enterprise-imports-${process.pid}-${kind}`);
    hub = await startHub(kind, { env: { IMPORT_DIR: importDir, IMPORT_BATCH_SIZE: String(BATCH) } });
    staff = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin', subject: 'registrar' });
    demo = await download(hub, staff, 'enterprise', AWARDS);
  });
  afterAll(() => hub?.stop());
  afterEach(() => onImportBatch(null));

  it('imports the demo awards into an empty table, asking the school once per batch, and exports them again byte for byte', async () => {
    const rows = serials().length;
    expect(rows).toBeGreaterThan(30);
    expect(demo.split('\n')[0]).toBe('studentId,holderName,standardCode,serial,issuedOn,score');
    await emptyAwards();
    const before = lookups();
    const job = await importCsv(hub, staff, 'enterprise', JOB, AWARDS, demo);
    expect(job).toMatchObject({ status: 'DONE', rowsRead: rows, rowsWritten: rows, rowsBad: 0 });
    // Validation and writing each ask once per batch, not once per row.
    expect(lookups() - before).toBe(2 * Math.ceil(rows / BATCH));
    expect(await download(hub, staff, 'enterprise', AWARDS)).toBe(demo);
  });

  it('a re-import reports every row unchanged, and asks no one', async () => {
    const before = lookups();
    const job = await importCsv(hub, staff, 'enterprise', JOB, AWARDS, demo);
    expect(job).toMatchObject({ status: 'DONE', rowsWritten: 0, rowsUnchanged: serials().length });
    expect(lookups() - before).toBe(0);
  });

  /** Where the five rows of `badRows` are refused, as the mutation would refuse them. */
  const BAD_ROW_ERRORS = [
    { line: 2, column: 'holderName' },
    { line: 3, column: null },
    { line: 4, column: 'standardCode' },
    { line: 5, column: 'score' },
    { line: 6, column: 'serial' },
  ];
  /** A file of five bad rows, each refused as the mutation would refuse it. */
  const badRows = async () => {
    const [header, first] = demo.split('\n');
    const [studentId, holderName, standardCode, , issuedOn] = first.split(',');
    const [{ code: othersStandard }] = await db().query("SELECT code FROM certificate_standard WHERE issuer_id <> 'org-zhongxin' ORDER BY code LIMIT 1");
    return [
      header,
      `${studentId},Someone Else,${standardCode},NEW-0001,${issuedOn},80`,
      `${learnerId(2099, 1)},${holderName},${standardCode},NEW-0002,${issuedOn},80`,
      `${studentId},${holderName},${othersStandard},NEW-0003,${issuedOn},80`,
      `${studentId},${holderName},${standardCode},NEW-0004,${issuedOn},abc`,
      `${studentId},${holderName},${standardCode},${serials()[0]},${issuedOn},1`,
    ].join('\n');
  };

  it('reports bad rows by line and column, as the mutation would, and writes nothing', async () => {
    const total = await count();
    const job = await importCsv(hub, staff, 'enterprise', JOB, AWARDS, await badRows());
    expect(job).toMatchObject({ status: 'FAILED', rowsBad: 5, rowsWritten: 0 });
    expect(job.errors.nodes.map(({ line, column }) => ({ line, column }))).toEqual(BAD_ROW_ERRORS);
    expect(job.errors.nodes[1].message).toMatch(/not enrolled/);
    expect(job.errors.nodes[2].message).toMatch(/imports only awards of its own standards/);
    expect(await count()).toBe(total);
    expect(Number((await db().query("SELECT COUNT(*) AS n FROM certificate_award WHERE serial LIKE 'NEW-%'"))[0].n)).toBe(0);
  });

  it('imports the same awards from an XLSX workbook as from the CSV, asking the school as often, and exports the same bytes', async () => {
    const rows = serials().length;
    await emptyAwards();
    const before = lookups();
    const job = await importCsv(hub, staff, 'enterprise', JOB, { ...AWARDS, format: 'xlsx' }, await xlsxOf('awards', demo));
    expect(job).toMatchObject({ status: 'DONE', rowsRead: rows, rowsWritten: rows, rowsBad: 0 });
    expect(lookups() - before).toBe(2 * Math.ceil(rows / BATCH));
    expect(await download(hub, staff, 'enterprise', AWARDS)).toBe(demo);
    const again = await importCsv(hub, staff, 'enterprise', JOB, { ...AWARDS, format: 'xlsx' }, await xlsxOf('awards', demo));
    expect(again).toMatchObject({ status: 'DONE', rowsWritten: 0, rowsUnchanged: rows });
  });

  it('reports the bad rows of an XLSX workbook by row number and column, with the mutation’s message, and writes nothing', async () => {
    const total = await count();
    const csv = await badRows();
    const fromCsv = await importCsv(hub, staff, 'enterprise', JOB, AWARDS, csv);
    const job = await importCsv(hub, staff, 'enterprise', JOB, { ...AWARDS, format: 'xlsx' }, await xlsxOf('awards', csv));
    expect(job).toMatchObject({ status: 'FAILED', rowsRead: 5, rowsBad: 5, rowsWritten: 0 });
    expect(job.errors.nodes.map(({ line, column }) => ({ line, column }))).toEqual(BAD_ROW_ERRORS);
    expect(job.errors.nodes.map((e) => e.message)).toEqual(fromCsv.errors.nodes.map((e) => e.message));
    expect(job.errors.nodes[1].message).toMatch(/not enrolled/);
    expect(await count()).toBe(total);
    expect(Number((await db().query("SELECT COUNT(*) AS n FROM certificate_award WHERE serial LIKE 'NEW-%'"))[0].n)).toBe(0);
  });

  it('fails a file that is not a readable workbook, saying so, and writes nothing', async () => {
    const total = await count();
    const cut = (await xlsxOf('awards', demo)).subarray(0, 3000);
    for (const file of [new TextEncoder().encode(demo), cut]) {
      const job = await importCsv(hub, staff, 'enterprise', JOB, { ...AWARDS, format: 'xlsx' }, file);
      expect(job).toMatchObject({ status: 'FAILED', rowsWritten: 0, message: expect.stringMatching(/not a readable XLSX workbook/) });
    }
    expect(await count()).toBe(total);
  });

  it('refuses another organisation’s staff', async () => {
    const other = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
    expect((await upload(hub, other, 'enterprise', AWARDS, demo)).status).toBe(403);
    expect((await upload(hub, other, 'enterprise', { ...AWARDS, format: 'xlsx' }, await xlsxOf('awards', demo))).status).toBe(403);
  });

  it('resumes a job cut short with the delegation kept beside its file, and every award is there once', async () => {
    const rows = serials().length;
    await emptyAwards();
    onImportBatch((_job, line) => {
      if (line > 20) throw new SimulatedCrash();
    });
    const started = await upload(hub, staff, 'enterprise', AWARDS, demo);
    const cut = await settled(hub, staff, JOB, started.body.jobId!);
    expect(cut).toMatchObject({ status: 'INTERRUPTED', checkpointLine: 21 });
    expect(await count()).toBe(20);
    expect(fs.existsSync(path.join(importDir, 'enterprise', cut.id, 'delegation.jwt'))).toBe(true);
    onImportBatch(null);
    expect((await hub.query('mutation($id: ID!) { resumeEnterpriseImport(id: $id) { id } }', { id: cut.id }, staff)).errors).toBeUndefined();
    expect(await settled(hub, staff, JOB, cut.id)).toMatchObject({ status: 'DONE', rowsWritten: rows, rowsUnchanged: 0 });
    expect(await count()).toBe(rows);
    expect(await download(hub, staff, 'enterprise', AWARDS)).toBe(demo);
  });

  it('the school answers a batch of enrolment checks with as many statements for 20 learners as for 2', async () => {
    const admin = await hub.token({ role: 'ADMIN' });
    const learners = [...new Set(demo.trim().split('\n').slice(1).map((line) => line.split(',')[0]))];
    expect(learners.length).toBeGreaterThanOrEqual(20);
    const statements = async (ids: string[]) => {
      const before = hub.statementCount();
      const reply = await hub.query<{ enrolmentChecks: { enrolled: boolean }[] }>(LOOKUPS.enrolmentChecks, { checks: ids.map((studentId) => ({ studentId, name: 'x' })) }, admin);
      expect(reply.data?.enrolmentChecks.every((c) => c.enrolled)).toBe(true);
      return hub.statementCount() - before;
    };
    expect(await statements(learners.slice(0, 20))).toBe(await statements(learners.slice(20, 22)));
  });

  describe('the job’s delegation, kept by the enterprise subgraph', () => {
    let kept: string;
    let learners: LearnerSet;
    const [inFile, outsider] = ['GT2021000018', 'GT202200001X'];
    const ask = (token: string, ids: string[], proofs: Record<string, unknown>, query: string = LOOKUPS.enrolmentChecks) =>
      post(hub.gateway.url, { query, variables: { checks: ids.map((studentId) => ({ studentId })) }, extensions: { [LEARNER_PROOFS]: proofs } }, { authorization: `Bearer ${token}` });

    beforeAll(async () => {
      const csv = ['studentId,holderName,standardCode,serial,issuedOn,score', `${inFile},x,X-NE-2,KEPT-1,2026-06-20,80`].join('\n');
      const started = await upload(hub, staff, 'enterprise', AWARDS, csv);
      // Validation fails (the name is wrong) before any batch, so the job keeps its file and delegation.
      await settled(hub, staff, JOB, started.body.jobId!);
      kept = fs.readFileSync(path.join(importDir, 'enterprise', started.body.jobId!, 'delegation.jwt'), 'utf8');
      learners = new LearnerSet([inFile]);
      expect(outsider).not.toBe(inFile);
    });

    it('confirms a learner of its file (the control case)', async () => {
      const res = await ask(kept, [inFile], { [inFile]: learners.proof(inFile) });
      expect(res.status).toBe(200);
      expect(res.data).toMatchObject({ enrolmentChecks: [{ studentId: inFile, enrolled: true }] });
    });

    it('cannot ask about a learner outside its file, with any proof it can make', async () => {
      const other = new LearnerSet([inFile, outsider]);
      for (const proof of [undefined, [], learners.proof(inFile), other.proof(outsider)]) {
        const res = await ask(kept, [inFile, outsider], { [inFile]: learners.proof(inFile), [outsider]: proof });
        expect(res.status).toBe(401);
        expect(res.data ?? null).toBeNull();
      }
    });

    it('cannot ask another registered lookup, even about its own learner', async () => {
      const res = await post(hub.gateway.url, { query: LOOKUPS.enrolment, variables: { studentId: inFile }, extensions: { [LEARNER_PROOFS]: { [inFile]: learners.proof(inFile) } } }, { authorization: `Bearer ${kept}` });
      expect(res.status).toBe(401);
    });

    it('is refused once altered (another root) or expired', async () => {
      const [header, payload, signature] = kept.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const other = new LearnerSet([outsider]);
      const altered = `${header}.${Buffer.from(JSON.stringify({ ...claims, lr: other.root })).toString('base64url')}.${signature}`;
      expect((await ask(altered, [outsider], { [outsider]: other.proof(outsider) })).status).toBe(401);
      const binding = { job: claims.job, organizationId: claims.org, kind: claims.part, learnersRoot: claims.lr };
      const actor = { kind: 'user' as const, subject: 'registrar', role: 'ENTERPRISE_STAFF' as const, orgId: 'org-zhongxin' };
      const shortLived = await signJobDelegation(actor, await gatewayKeyOf(hub.config), 'enterprise', binding, 1);
      expect((await ask(shortLived, [inFile], { [inFile]: learners.proof(inFile) })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expect((await ask(shortLived, [inFile], { [inFile]: learners.proof(inFile) })).status).toBe(401);
    });

    it('is never handed to a subgraph directly', async () => {
      const res = await post(hub.subgraphs.secondary.url, { query: LOOKUPS.enrolmentChecks, variables: { checks: [{ studentId: inFile }] } }, { authorization: `Bearer ${kept}` });
      expect(res.status).toBe(401);
    });
  });
});
