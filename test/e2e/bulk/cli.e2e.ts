/**
 * `npm run import` and `npm run export` as a school's clerk runs them: child
 * processes against a running hub, judged by their exit code, their summary
 * and the rows that arrived (or did not).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../../helpers/hub.ts';
import { download, enrolmentCsv, nationalIdFor, xlsxOf } from '../../helpers/bulk.ts';
import { root } from '../../helpers/spawned-hub.ts';

const kinds = await databaseKinds();
const SCHOOL = { institution: 'sch-riverside', kind: 'enrolments' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>.ts` with `args` as `npm run` does (tsx), with the school's token. */
function cli(script: 'import' | 'export', args: string[], token: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: root, env: { ...process.env, GUANTONG_TOKEN: token }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.each(kinds)('the import and export commands against a running hub (%s)', (kind) => {
  let hub: Hub;
  let clerk: string;
  let dir: string;
  let hubUrl: string;
  const learners = async () => Number((await hub.databases.secondary.dataSource.query("SELECT COUNT(*) AS n FROM learner WHERE name LIKE '学生9%'"))[0].n);
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `guantong-cli-${kind}-`));
    hub = await startHub(kind, { env: { IMPORT_DIR: path.join(dir, 'imports'), IMPORT_BATCH_SIZE: '4' } });
    hubUrl = new URL(hub.gateway.url).origin;
    clerk = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'clerk' });
  });
  afterAll(async () => {
    await hub?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a file, printing a summary of what was written, and exits 0', async () => {
    const enrolments = file('enrolments.csv', enrolmentCsv(10, 900));
    const run = await cli('import', ['--institution', 'sch-riverside', '--file', enrolments, '--hub', hubUrl], clerk);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^job [0-9a-f-]{36} started$/m);
    expect(run.stdout).toMatch(/^job [0-9a-f-]{36}: DONE$/m);
    expect(run.stdout).toContain('read 10, valid 10, bad 0, written 10, unchanged 0, last line settled 11');
    expect(await learners()).toBe(10);
  });

  it('a re-import of the same file writes nothing and says every row is unchanged', async () => {
    const run = await cli('import', ['--institution', 'sch-riverside', '--file', path.join(dir, 'enrolments.csv'), '--hub', hubUrl], clerk);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read 10, valid 10, bad 0, written 0, unchanged 10');
    expect(await learners()).toBe(10);
  });

  it('imports an XLSX workbook, its kind from the file’s name and its rows from the sheet of that name', async () => {
    const workbook = path.join(dir, 'enrolments.xlsx');
    fs.writeFileSync(workbook, await xlsxOf('enrolments', enrolmentCsv(3, 920)));
    const run = await cli('import', ['--institution', 'sch-riverside', '--file', workbook, '--hub', hubUrl], clerk);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read 3, valid 3, bad 0, written 3, unchanged 0');
    expect(await learners()).toBe(13);
  });

  it('a file with a bad row exits 1, naming the row’s line and column, and writes nothing', async () => {
    const lines = enrolmentCsv(4, 950).trim().split('\n');
    // Line 3: a national ID whose check digit is wrong.
    lines[2] = lines[2].replace(nationalIdFor(951), `${nationalIdFor(951).slice(0, 17)}${nationalIdFor(951).endsWith('0') ? '1' : '0'}`);
    const bad = file('bad.csv', `${lines.join('\n')}\n`);
    const run = await cli('import', ['--institution', 'sch-riverside', '--file', bad, '--kind', 'enrolments', '--hub', hubUrl], clerk);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/: FAILED$/m);
    expect(run.stdout).toContain('read 4, valid 3, bad 1, written 0');
    expect(run.stdout).toMatch(/^ {2}line 3, nationalId: .+$/m);
    expect(run.stdout).toContain('nothing was written');
    expect(await learners()).toBe(13);
  });

  it('a file the hub refuses (another school’s staff) exits 1 with the hub’s reason, and nothing is queued', async () => {
    const jobs = async () => Number((await hub.databases.secondary.dataSource.query('SELECT COUNT(*) AS n FROM import_job'))[0].n);
    const before = await jobs();
    const stranger = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-tianyi', subject: 'clerk' });
    const run = await cli('import', ['--institution', 'sch-riverside', '--file', path.join(dir, 'enrolments.csv'), '--hub', hubUrl], stranger);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the hub refused the file \(403\)/);
    expect(await jobs()).toBe(before);
  });

  it('exports the school’s bundle, one CSV per kind, the same bytes as the export route, with the imported learners', async () => {
    const out = path.join(dir, 'bundle');
    const run = await cli('export', ['--institution', 'sch-riverside', '--out', out, '--hub', hubUrl], clerk);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`wrote ${path.join(out, 'enrolments.csv')}`);
    expect(run.stdout).toContain(`wrote ${path.join(out, 'results.csv')}`);
    const enrolments = fs.readFileSync(path.join(out, 'enrolments.csv'), 'utf8');
    expect(enrolments).toBe(await download(hub, clerk, 'secondary', SCHOOL));
    expect(fs.readFileSync(path.join(out, 'results.csv'), 'utf8')).toBe(await download(hub, clerk, 'secondary', { ...SCHOOL, kind: 'results' }));
    for (const i of [900, 909, 920, 922]) expect(enrolments).toContain(`,学生${i},${nationalIdFor(i)},sch-riverside,SEC-NET,2026,2026-09-01`);
  });

  it('an export another school’s staff asks for exits 1, and writes no file', async () => {
    const stranger = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-tianyi', subject: 'clerk' });
    const out = path.join(dir, 'refused');
    const run = await cli('export', ['--institution', 'sch-riverside', '--out', out, '--kind', 'enrolments', '--hub', hubUrl], stranger);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused the export of enrolments \(403\)/);
    expect(fs.existsSync(path.join(out, 'enrolments.csv'))).toBe(false);
  });
});
