/**
 * The `totalCount` goal: `students(first: 100) { totalCount }` answered by the
 * college subgraph over a registry of 1,000 and of 100,000 learners. Each size
 * is a copy of the seeded demo databases, its registry grown with synthetic
 * pathway rows inserted in SQL (so the counts table is kept by the same
 * triggers as any write), served by a college subgraph process of its own. The
 * two are timed interleaved, block by block, as ADMIN straight to the
 * subgraph (a gateway token per request); the figure is the median of the
 * per-block ratios of p50s, 100,000 ÷ 1,000. The count statement is then
 * timed alone, in this process, on both copies: without the request's fixed
 * costs around it.
 *
 * `npm run bench` runs it as one step; `npm run bench:total-count` runs it
 * alone, seeding its own demo databases first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CryptoKey } from 'jose';
import { loadConfig } from '@guantong/shared/config';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';
import { operationHash, signGatewayToken, type Actor } from '@guantong/shared/identity';
import { learnerId } from '@guantong/shared/validation';
import { nowInstant } from '@guantong/shared/clock';
import { openDatabase } from '@guantong/shared/database';
import { collegeSubgraph } from '../../subgraphs/college/src/definition.ts';
import { rosterBounds } from '../../subgraphs/college/src/students/roster-bounds.ts';
import { benchEnv, freePort, seedDemo, startProcess, type BenchProcess } from './processes.ts';
import { median } from './stats.ts';

export const SIZES = [1_000, 100_000] as const;
const QUERY = 'query Count($first: Int) { students(first: $first) { totalCount } }';
const VARIABLES = { first: 100 };
const ADMIN: Actor = { kind: 'user', subject: 'bench-admin', role: 'ADMIN' };

export interface TotalCountResults {
  /** Learners on each registry, as the subgraph counted them. */
  learners: number[];
  /** Median latency at each size, ms. */
  p50: number[];
  /** p50 at 100,000 ÷ p50 at 1,000, one per block. */
  blockRatios: number[];
  /** The count statement alone (rosterBounds, in this process): median µs at each size. */
  statementMicros: number[];
}

interface Statement { run(...args: unknown[]): unknown; get(...args: unknown[]): Record<string, unknown> | undefined }
interface Connection { prepare(sql: string): Statement; transaction(work: () => void): () => void; backup(destination: string): Promise<unknown>; close(): void }
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string, options?: { readonly?: boolean }) => Connection;

/**
 * A copy of the seeded college database (SQLite's backup, consistent while the
 * bench's own college has it open) with its registry grown to `learners`, in
 * one transaction through pathway's triggers. The copy's subgraph makes its
 * own audit store beside it.
 */
async function registryOf(seededDir: string, dir: string, learners: number): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const source = new Sqlite(path.join(seededDir, 'college.sqlite'), { readonly: true });
  try {
    await source.backup(path.join(dir, 'college.sqlite'));
  } finally {
    source.close();
  }
  const db = new Sqlite(path.join(dir, 'college.sqlite'));
  try {
    const demo = Number(db.prepare('SELECT COUNT(*) AS n FROM pathway').get()!.n);
    const agreements = ['agr-net', 'agr-ec', 'agr-auto'];
    const stages = ['SECONDARY', 'HIGHER', 'GRADUATED', 'WITHDRAWN'];
    const insert = db.prepare("INSERT INTO pathway (student_id, agreement_id, cohort, stage, registered_on) VALUES (?, ?, ?, ?, '2015-09-01')");
    // Cohorts 2010 to 2019, before the demo's: 10,000 serials each leave room for 100,000 learners.
    db.transaction(() => {
      for (let i = 0; i < learners - demo; i += 1) {
        const year = 2010 + (i % 10);
        insert.run(learnerId(year, Math.floor(i / 10) + 1), agreements[i % 3], String(year), stages[i % 4]);
      }
    })();
  } finally {
    db.close();
  }
}

async function timeOne(url: string, key: CryptoKey): Promise<{ ms: number; totalCount: number }> {
  const body = JSON.stringify({ query: QUERY, variables: VARIABLES });
  // Signed before the clock starts: the client's signing is not the subgraph's cost.
  const token = await signGatewayToken(ADMIN, key, 'college', 30, operationHash(QUERY, VARIABLES));
  const t0 = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await response.text();
  const ms = performance.now() - t0;
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`the count failed: ${response.status} ${text.slice(0, 300)}`);
  return { ms, totalCount: (JSON.parse(text) as { data: { students: { totalCount: number } } }).data.students.totalCount };
}

/** Median µs of the ADMIN count statement without filter, on each copy, interleaved in blocks of 200. */
async function timeStatement(dirs: readonly string[]): Promise<number[]> {
  const open = await Promise.all(dirs.map((dir) => openDatabase({ sqlitePath: path.join(dir, 'college.sqlite'), entities: collegeSubgraph.entities, migrations: collegeSubgraph.migrations })));
  try {
    const micros: number[][] = dirs.map(() => []);
    for (let block = 0; block < 10; block += 1) {
      for (const [i, db] of open.entries()) {
        for (let r = 0; r < 200; r += 1) {
          const t0 = performance.now();
          await rosterBounds(db.dataSource, { kind: 'all' }, {}, null, nowInstant());
          micros[i]!.push((performance.now() - t0) * 1000);
        }
      }
    }
    return micros.map((m) => median(m));
  } finally {
    await Promise.all(open.map((db) => db.dataSource.destroy()));
  }
}

/**
 * Builds both registries beside `seededDir`, starts a college subgraph on
 * each, times them in `blocks` interleaved blocks of `perBlock` requests, and
 * stops them. About 30 to 60 s on a 2-core machine, most of it starting the
 * two processes and growing the larger registry.
 */
export async function measureTotalCount(options: { root: string; seededDir: string; env: NodeJS.ProcessEnv; blocks?: number; perBlock?: number; log?: (line: string) => void }): Promise<TotalCountResults> {
  const { root, seededDir, env, blocks = 10, perBlock = 30, log = () => undefined } = options;
  const key = await gatewaySigningKey(loadConfig(env).gatewayKeys);
  // Inside the seeded folder, so a bench that stops early removes them with it.
  const dirs = SIZES.map((size) => path.join(seededDir, `registry-${size}`));
  const processes: BenchProcess[] = [];
  try {
    for (const [i, size] of SIZES.entries()) {
      const began = Date.now();
      await registryOf(seededDir, dirs[i]!, size);
      log(`totalCount: a registry of ${size.toLocaleString('en')} learners built in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    }
    const ports = [await freePort(), await freePort()];
    processes.push(...(await Promise.all(SIZES.map((size, i) =>
      startProcess(`college-${size}`, root, 'subgraphs/college/src/index.ts', { ...env, GUANTONG_DATA_DIR: dirs[i], GUANTONG_SEED: 'false', COLLEGE_PORT: String(ports[i]) }, /subgraph (ready|listening)/)))));
    const urls = ports.map((port) => `http://127.0.0.1:${port}/graphql`);
    const learners: number[] = [];
    for (const url of urls) {
      for (let i = 0; i < 5; i += 1) await timeOne(url, key);
      learners.push((await timeOne(url, key)).totalCount);
    }
    const times: number[][] = SIZES.map(() => []);
    const blockRatios: number[] = [];
    for (let block = 0; block < blocks; block += 1) {
      // Alternate which size goes first, so neither always follows the other.
      const order = block % 2 === 0 ? [0, 1] : [1, 0];
      const p50s: number[] = [];
      for (const i of order) {
        const block: number[] = [];
        for (let r = 0; r < perBlock; r += 1) block.push((await timeOne(urls[i]!, key)).ms);
        times[i]!.push(...block);
        p50s[i] = median(block);
      }
      blockRatios.push(p50s[1]! / p50s[0]!);
    }
    await Promise.all(processes.splice(0).map((p) => p.stop()));
    return { learners, p50: times.map((t) => median(t)), blockRatios, statementMicros: await timeStatement(dirs) };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Alone: seeds the demo databases in a temporary folder, measures, prints. */
async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const seededDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-bench-count-'));
  const env = benchEnv(seededDir);
  const started = Date.now();
  const log = (line: string) => console.log(`[bench:total-count ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
  try {
    seedDemo(root, env);
    const results = await measureTotalCount({ root, seededDir, env, log });
    log(`learners ${results.learners.join(' and ')}: p50 ${results.p50.map((p) => `${p.toFixed(2)} ms`).join(' and ')}; 100,000 ÷ 1,000 per block: ${results.blockRatios.map((r) => r.toFixed(2)).join(', ')}; median ${median(results.blockRatios).toFixed(2)}; the count statement alone ${results.statementMicros.map((m) => `${m.toFixed(0)} µs`).join(' and ')}`);
  } finally {
    fs.rmSync(seededDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
