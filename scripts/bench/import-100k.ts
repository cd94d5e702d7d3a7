/**
 * `npm run bench:import`: a 100,000-row import on SQLite, measured. It writes
 * a demo-shaped bundle (4,000 learners of sch-riverside's Network Technology
 * programme, cohort 2024, and their results in its 5 courses in the 5 terms
 * that have started: 100,000 result rows), starts the secondary subgraph
 * and the gateway as `npm start` does, imports the enrolments and then the
 * results through the gateway, and prints each phase's time and the secondary
 * process's RSS: sampled every 100 ms, and its peak (VmHWM).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { loadConfig } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { catalog } from '@guantong/shared/demo';
import { learnerId, mod11_2 } from '@guantong/shared/validation';
import { DataSource } from 'typeorm';
import { benchEnv, freePort, gatewayUrlOf, seedDemo, startGateway, startProcess } from './processes.ts';

// `--learners=N` changes the size (25 result rows each), e.g. to compare the peak RSS of two sizes.
const LEARNERS = Number(process.argv.find((a) => a.startsWith('--learners='))?.slice(11) ?? 4000);
/** The terms of cohort 2024 that have started by the demo's today. */
const TERMS = ['2024-2025-1', '2024-2025-2', '2025-2026-1', '2025-2026-2', '2026-2027-1'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-bench-import-'));
const courses = catalog.secondaryCourses.filter((c) => c.programCode === 'SEC-NET').map((c) => c.code);

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function nationalId(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const body = `62010220090${3 + Math.floor(i / 28000)}${day}${String(Math.floor(i / 28) % 1000).padStart(3, '0')}`;
  return body + mod11_2(body);
}

function* enrolments(first: number): Generator<string> {
  yield 'studentId,name,nationalId,schoolId,programCode,cohort,enrolledOn';
  for (let i = 0; i < LEARNERS; i++) yield `${learnerId(2024, first + i)},学生${i},${nationalId(i)},sch-riverside,SEC-NET,2024,2024-09-01`;
}

/** 25 rows per learner: each of the programme's 5 courses in each of the 5 terms that have started. */
function* results(first: number): Generator<string> {
  yield 'studentId,courseCode,term,score';
  for (let i = 0; i < LEARNERS; i++) {
    for (const [t, term] of TERMS.entries()) for (const [c, course] of courses.entries()) yield `${learnerId(2024, first + i)},${course},${term},${50 + ((i + t * 7 + c * 3) % 50)}`;
  }
}

const ports = { gateway: await freePort(), secondary: await freePort() };
const env: NodeJS.ProcessEnv = {
  ...benchEnv(dataDir), SECONDARY_PORT: String(ports.secondary), GATEWAY_PORT: String(ports.gateway),
  GATEWAY_URL: gatewayUrlOf(ports), SECONDARY_URL: `http://127.0.0.1:${ports.secondary}/graphql`,
};
seedDemo(root, env);
const secondary = await startProcess('secondary', root, 'subgraphs/secondary/src/index.ts', env, /subgraph (ready|listening)/);
const gateway = await startGateway(root, env);
const config = loadConfig(env);
const token = await signClientToken({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'bench' }, config.clientAuth);
const hub = `http://127.0.0.1:${ports.gateway}`;

let peakSampled = 0;
const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, secondary.rssMiB())), 100);
const hwmMiB = () => Number(fs.readFileSync(`/proc/${secondary.child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)![1]) / 1024;

interface Job { status: string; rowsRead: number; rowsWritten: number; rowsUnchanged: number; rowsBad: number; message: string | null }

async function run(kind: string, file: string): Promise<void> {
  const began = performance.now();
  const response = await fetch(`${hub}/bulk/secondary/imports?institution=sch-riverside&kind=${kind}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream, duplex: 'half',
  } as RequestInit);
  const { jobId } = (await response.json()) as { jobId: string };
  const uploaded = performance.now();
  let writingAt = 0;
  let job: Job;
  for (;;) {
    const reply = await fetch(`${hub}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { secondaryImportJob(id: $id) { status rowsRead rowsWritten rowsUnchanged rowsBad message } }', variables: { id: jobId } }),
    });
    job = ((await reply.json()) as { data: { secondaryImportJob: Job } }).data.secondaryImportJob;
    if (job.status === 'WRITING' && !writingAt) writingAt = performance.now();
    if (!['QUEUED', 'VALIDATING', 'WRITING'].includes(job.status)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const ended = performance.now();
  writingAt ||= ended;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`${kind}: ${job.status}, ${job.rowsRead} rows read, ${job.rowsWritten} written, ${job.rowsUnchanged} unchanged, ${job.rowsBad} bad${job.message ? ` (${job.message})` : ''}`);
  console.log(`  upload ${s(uploaded - began)}, validate ${s(writingAt - uploaded)}, write ${s(ended - writingAt)}, total ${s(ended - began)}; secondary RSS peak so far ${hwmMiB().toFixed(0)} MiB`);
}

try {
  // Cohort 2024's demo learners hold the first serials; the bench's learners follow the highest.
  const db = await new DataSource({ type: 'better-sqlite3', database: path.join(dataDir, 'secondary.sqlite') }).initialize();
  const [{ id: highest }] = (await db.query("SELECT MAX(id) AS id FROM learner WHERE id LIKE 'GT2024%'")) as { id: string | null }[];
  await db.destroy();
  const start = highest ? Number(highest.slice(6, 11)) + 1 : 1;
  const enrolmentFile = path.join(dataDir, 'enrolments.csv');
  const resultFile = path.join(dataDir, 'results.csv');
  await writeLines(enrolmentFile, enrolments(start));
  await writeLines(resultFile, results(start));
  console.log(`bundle: ${LEARNERS} enrolments, ${fs.readFileSync(resultFile, 'utf8').split('\n').length - 2} results (${(fs.statSync(resultFile).size / 1e6).toFixed(1)} MB); IMPORT_BATCH_SIZE ${config.imports.batchSize}`);
  console.log(`secondary RSS at rest: ${secondary.rssMiB().toFixed(0)} MiB`);
  await run('enrolments', enrolmentFile);
  await run('results', resultFile);
  console.log(`secondary RSS: peak sampled ${peakSampled.toFixed(0)} MiB, peak (VmHWM) ${hwmMiB().toFixed(0)} MiB, now ${secondary.rssMiB().toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  await gateway.stop();
  await secondary.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
