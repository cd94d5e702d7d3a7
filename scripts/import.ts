/**
 * `npm run import -- --institution <org-id> --file <path> [--kind <kind>] [--valid-only] [--resume <job>] [--hub <url>]`
 * (or `--template <kind>`, which prints that kind's header line):
 * uploads a CSV file to the running hub as an import job (or resumes one),
 * shows its progress, and prints a summary with the first row errors. The
 * kind defaults to the file's name (enrolments.csv → enrolments). An .xlsx
 * file is read from its sheet named after the kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { bulkClient, fail, type BulkClient } from './bulk-client.ts';

interface Job {
  id: string; status: string; rowsRead: number; rowsValid: number; rowsBad: number; rowsWritten: number; rowsUnchanged: number; checkpointLine: number; message: string | null;
  errors: { totalCount: number; nodes: { line: number; column: string | null; message: string }[] };
}

const RUNNING = ['QUEUED', 'VALIDATING', 'WRITING'];
const FIELDS = 'id status rowsRead rowsValid rowsBad rowsWritten rowsUnchanged checkpointLine message errors(first: 20) { totalCount nodes { line column message } }';
const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

async function rowsIn(file: string): Promise<number> {
  let lines = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) if (line.trim() !== '') lines += 1;
  return Math.max(lines - 1, 0);
}

async function start(client: BulkClient, institution: string, file: string, kind: string, validOnly: boolean): Promise<string> {
  const format = file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const params = new URLSearchParams({ institution, kind, format, ...(validOnly ? { validOnly: 'true' } : {}) });
  const response = await fetch(`${client.hub}/bulk/${client.subgraph}/imports?${params}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': 'text/csv' },
    body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const body = (await response.json()) as { jobId?: string; errors?: { message: string }[] };
  if (!body.jobId) fail(`the hub refused the file (${response.status}): ${body.errors?.map((e) => e.message).join('; ')}`);
  return body.jobId;
}

const readJob = async (client: BulkClient, id: string) =>
  (await client.graphql<Record<string, Job>>(`query($id: ID!) { ${client.subgraph}ImportJob(id: $id) { ${FIELDS} } }`, { id }))[`${client.subgraph}ImportJob`];

async function follow(client: BulkClient, id: string, total: number): Promise<Job> {
  const bar = new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total} rows | bad {bad}', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { phase: 'QUEUED    ', bad: 0 });
  for (;;) {
    const job = await readJob(client, id);
    if (!job) fail(`no import job ${id} of your organisation`);
    const done = job.status === 'VALIDATING' ? job.rowsRead : job.rowsWritten + job.rowsUnchanged + (job.status === 'WRITING' ? 0 : job.rowsBad);
    // An XLSX file's rows are known once validation has read them.
    if (job.rowsRead > bar.getTotal()) bar.setTotal(job.rowsRead);
    bar.update(Math.min(done, bar.getTotal()), { phase: job.status.padEnd(10), bad: job.rowsBad });
    if (!RUNNING.includes(job.status)) {
      bar.stop();
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function summary(job: Job): void {
  console.log(`job ${job.id}: ${job.status}`);
  console.log(`  read ${job.rowsRead}, valid ${job.rowsValid}, bad ${job.rowsBad}, written ${job.rowsWritten}, unchanged ${job.rowsUnchanged}, last line settled ${job.checkpointLine}`);
  if (job.message) console.log(`  ${job.message}`);
  for (const e of job.errors.nodes) console.log(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  if (job.errors.totalCount > job.errors.nodes.length) console.log(`  … and ${job.errors.totalCount - job.errors.nodes.length} more row errors (query ImportJob.errors)`);
}

const { values } = parseArgs({
  options: { institution: { type: 'string' }, file: { type: 'string' }, kind: { type: 'string' }, 'valid-only': { type: 'boolean' }, resume: { type: 'string' }, hub: { type: 'string' }, template: { type: 'string' } },
});
const client = await bulkClient(values.institution, values.hub);
if (values.template) {
  // The header line of a kind's file, from the hub's template route.
  const response = await fetch(`${client.hub}/bulk/${client.subgraph}/templates/${encodeURIComponent(values.template)}.csv`);
  if (response.status !== 200) fail(`no template ${values.template}: kinds are ${client.importKinds.join(', ')}`);
  process.stdout.write(await response.text());
  process.exit(0);
}
let id = values.resume;
let total = 0;
if (id) {
  await client.graphql(`mutation($id: ID!) { resume${capitalised(client.subgraph)}Import(id: $id) { id } }`, { id });
  total = (await readJob(client, id))?.rowsRead ?? 0;
} else {
  if (!values.file || !fs.existsSync(values.file)) fail('--file <path of a CSV file> is required (or --resume <job id>)');
  const kind = values.kind ?? path.basename(values.file).replace(/\.(csv|xlsx)$/i, '');
  if (!client.importKinds.includes(kind)) fail(`--kind must be one of ${client.importKinds.join(', ')} (or name the file after its kind, e.g. ${client.importKinds[0]}.csv)`);
  total = values.file.toLowerCase().endsWith('.xlsx') ? 0 : await rowsIn(values.file);
  id = await start(client, values.institution!, values.file, kind, values['valid-only'] ?? false);
  console.log(`job ${id} started`);
}
const job = await follow(client, id, total);
summary(job);
process.exit(job.status === 'DONE' ? 0 : 1);
