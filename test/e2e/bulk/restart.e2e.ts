/**
 * An import cut short by a real restart: the secondary process is killed
 * (SIGKILL) while it writes, `npm start` starts it again, and the job is
 * resumed after its checkpoint, with every row written exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { databaseKinds, dropMariadbDatabases, freshMariadbUrl } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { spawnHub, type SpawnedHub } from '../../helpers/spawned-hub.ts';
import { enrolmentCsv, type JobView } from '../../helpers/bulk.ts';

const LEARNERS = 600;
const COURSES = ['NET-S101', 'NET-S110', 'NET-S120', 'NET-S130', 'NET-S140'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function resultCsv(): string {
  const lines = ['studentId,courseCode,term,score'];
  for (let i = 1; i <= LEARNERS; i++) for (const course of COURSES) lines.push(`${learnerId(2026, i)},${course},2026-2027-1,${60 + (i % 40)}`);
  return `${lines.join('\n')}\n`;
}

for (const kind of await databaseKinds()) {
  describe(`an import survives a killed subgraph (${kind})`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-restart-'));
    const urls = kind === 'mariadb' ? Object.fromEntries(['SECONDARY', 'COLLEGE', 'ENTERPRISE', 'AUDIT'].map((n) => [`${n}_DATABASE_URL`, freshMariadbUrl(`bulk_${n.toLowerCase()}`)])) : {};
    let hub: SpawnedHub;
    let token: string;
    const origin = () => new URL(hub.url).origin;

    async function job(id: string): Promise<JobView> {
      const response = await fetch(hub.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query($id: ID!) { secondaryImportJob(id: $id) { id status rowsRead rowsWritten rowsUnchanged rowsBad checkpointLine } }', variables: { id } }),
      });
      return ((await response.json()) as { data: { secondaryImportJob: JobView } }).data?.secondaryImportJob;
    }
    async function start(kindName: string, csv: string): Promise<string> {
      const response = await fetch(`${origin()}/bulk/secondary/imports?institution=sch-riverside&kind=${kindName}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: csv });
      return ((await response.json()) as { jobId: string }).jobId;
    }
    const seen: string[] = [];
    async function until(id: string, done: (j: JobView) => boolean, timeoutMs = 120_000): Promise<JobView> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = await job(id).catch((err) => void seen.push(String(err)));
        seen.push(current?.status ?? 'none');
        if (current && done(current)) return current;
        if (Date.now() > deadline) throw new Error(`job ${id}: ${JSON.stringify(current)} after ${[...new Set(seen)].join(' ')}`);
        await sleep(50);
      }
    }

    beforeAll(async () => {
      // Small batches on SQLite, whose writes are fast, so the kill lands while the job writes.
      hub = await spawnHub({ GUANTONG_DATA_DIR: dataDir, IMPORT_DIR: path.join(dataDir, 'imports'), IMPORT_BATCH_SIZE: kind === 'sqlite' ? '5' : '40', LOG_LEVEL: 'warn', ...urls });
      token = await signClientToken({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'registrar' }, loadConfig({ GUANTONG_MODE: 'demo' }).clientAuth);
      const enrolled = await until(await start('enrolments', enrolmentCsv(LEARNERS)), (j) => j.status === 'DONE' || j.status === 'FAILED');
      expect(enrolled).toMatchObject({ status: 'DONE', rowsWritten: LEARNERS });
    });
    afterAll(async () => {
      await hub?.stop();
      if (kind === 'mariadb') await dropMariadbDatabases(Object.values(urls));
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('resumes after the restart from its checkpoint and writes every row once', { timeout: 240_000 }, async () => {
      const rows = LEARNERS * COURSES.length;
      const id = await start('results', resultCsv());
      const writing = await until(id, (j) => j.status === 'WRITING' && j.checkpointLine > 1, 20_000);
      const listening = (hub.output().match(/\[secondary\] subgraph listening/g) ?? []).length;
      process.kill(hub.pidOf('secondary')!, 'SIGKILL');
      while ((hub.output().match(/\[secondary\] subgraph listening/g) ?? []).length === listening) await sleep(100);

      const cut = await until(id, () => true);
      expect(cut.status).toBe('INTERRUPTED');
      expect(cut.checkpointLine).toBeGreaterThanOrEqual(writing.checkpointLine);
      expect(cut.checkpointLine).toBeLessThan(rows + 1);
      expect(cut.rowsWritten).toBe(cut.checkpointLine - 1);

      const resumed = await fetch(hub.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($id: ID!) { resumeSecondaryImport(id: $id) { id } }', variables: { id } }),
      });
      expect(((await resumed.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await until(id, (j) => j.status === 'DONE' || j.status === 'FAILED')).toMatchObject({ status: 'DONE', rowsRead: rows, rowsWritten: rows, rowsUnchanged: 0, rowsBad: 0, checkpointLine: rows + 1 });

      const exported = await (await fetch(`${origin()}/bulk/secondary/exports?institution=sch-riverside&kind=results`, { headers: { authorization: `Bearer ${token}` } })).text();
      const imported = exported.split('\n').filter((line) => line.startsWith('GT2026'));
      expect(imported).toHaveLength(rows);
      expect(new Set(imported.map((line) => line.split(',').slice(0, 3).join(','))).size).toBe(rows);
    });
  });
}
