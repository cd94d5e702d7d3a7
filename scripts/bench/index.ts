/**
 * `npm run bench`: the hub's four workloads on SQLite with the demo dataset,
 * each service in its own process. Variants run interleaved, block by block,
 * in one run, so the machine's noise falls on all of them alike:
 *
 * - gateway: the workload through the gateway;
 * - direct: the same subgraph fetches the gateway made for it, sent straight
 *   to the subgraphs in the same order (see replay.ts);
 * - floor (W1 only): a hand-written node:http + SQL answer (raw-floor.ts).
 *
 * It reports p50 ratios, CPU ms per request per process, SQL statements and
 * subgraph fetches per request at 10, 100 and 1,000 learners, how
 * `totalCount` costs on a registry of 100,000 learners against one of 1,000
 * (total-count.ts), and each process's RSS after a bounded soak, and writes a markdown summary stating
 * each goal met or missed by how much. It stops by itself within 10 minutes.
 * Timings are never asserted by `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '@guantong/shared/config';
import { signClientToken, type Actor } from '@guantong/shared/identity';
import { gatewaySigningKey } from '@guantong/shared/gateway-keys';
import { freePort, gatewayUrlOf, hubEnv, seedDemo, startGateway, startProcess, startSubgraphs, subgraphUrls, type BenchProcess } from './processes.ts';
import { recordingProxy, replay, steps, type RecordedFetch } from './replay.ts';
import { atSize, WORKLOADS, type Workload } from './workloads.ts';
import { median } from './stats.ts';
import { summary, type Results } from './report.ts';
import { measureTotalCount, type TotalCountResults } from './total-count.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const BUDGET_MS = 9 * 60_000;
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 7);
const SOAK_MS = Number(process.argv.find((a) => a.startsWith('--soak-seconds='))?.split('=')[1] ?? 60) * 1000;
const outDir = path.join(root, 'bench-results');
const left = () => BUDGET_MS - (Date.now() - started);
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

// Stop regardless: a bench that hangs must not hold the machine.
setTimeout(() => {
  console.error('[bench] 10-minute limit reached; stopping');
  process.exit(2);
}, 10 * 60_000 - 5000).unref();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-bench-'));
const config = loadConfig({ GUANTONG_MODE: 'demo' });
const ports = { gateway: await freePort(), recorder: await freePort(), secondary: await freePort(), college: await freePort(), enterprise: await freePort(), floor: await freePort() };
const proxyPorts = { secondary: await freePort(), college: await freePort(), enterprise: await freePort() } as Record<SubgraphName, number>;
const urls = subgraphUrls(ports);
const env = hubEnv(dataDir, ports);

const processes: BenchProcess[] = [];
async function cleanup(): Promise<void> {
  await Promise.all(processes.map((p) => p.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

try {
  log(`seeding the demo dataset (SQLite) in ${dataDir}`);
  seedDemo(root, env);

  log('starting three subgraphs, the gateway, a recording gateway and the raw floor, each its own process');
  const subgraphs = await startSubgraphs(root, env);
  processes.push(...subgraphs);
  const sink: { recording: RecordedFetch[] | undefined } = { recording: undefined };
  const proxies = await Promise.all(SUBGRAPH_NAMES.map((name) => recordingProxy(name, urls[name], proxyPorts[name], sink)));
  const proxied = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${proxyPorts[n]}/graphql`]));
  const [gateway, recorder, floor] = await Promise.all([
    startGateway(root, env),
    startGateway(root, { ...env, GATEWAY_PORT: String(ports.recorder), ...proxied }, 'recorder'),
    startProcess('floor', root, 'scripts/bench/raw-floor.ts', { ...env, PORT: String(ports.floor) }, /raw floor ready/),
  ]);
  processes.push(gateway!, recorder!, floor!);
  const hub = [gateway!, ...subgraphs];

  const admin = await signClientToken({ role: 'ADMIN', subject: 'bench-admin', ttlSeconds: 3600 }, config.clientAuth);
  const adminActor: Actor = { kind: 'user', subject: 'bench-admin', role: 'ADMIN' };
  const key = await gatewaySigningKey(config.gatewayKeys);
  const gatewayUrl = gatewayUrlOf(ports);

  async function viaGateway(w: Workload, port = ports.gateway): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(w.as === 'ADMIN' ? { authorization: `Bearer ${admin}` } : {}) },
      body: JSON.stringify({ query: w.query, variables: w.variables }),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${w.id} through the gateway failed: ${response.status} ${text.slice(0, 300)}`);
  }

  log('recording each workload\'s subgraph fetches');
  const plans = new Map<string, RecordedFetch[][]>();
  for (const w of WORKLOADS) {
    sink.recording = [];
    await viaGateway(w, ports.recorder);
    plans.set(w.id, steps(sink.recording));
    sink.recording = undefined;
  }
  await recorder!.stop();
  for (const proxy of proxies) proxy.close();
  const direct = (w: Workload) => replay(plans.get(w.id)!, urls, key, w.as === 'ADMIN' ? adminActor : { kind: 'anonymous' });
  const rawFloor = async (w: Workload) => void (await (await fetch(`http://127.0.0.1:${ports.floor}/w1`, { method: 'POST', body: JSON.stringify({ variables: w.variables }) })).text());

  type Variant = 'gateway' | 'direct' | 'floor';
  const run: Record<Variant, (w: Workload) => Promise<void>> = { gateway: viaGateway, direct, floor: rawFloor };
  const variantsOf = (w: Workload): Variant[] => (w.id === 'W1' ? ['gateway', 'direct', 'floor'] : ['gateway', 'direct']);

  log('warming up');
  for (const w of WORKLOADS) for (const v of variantsOf(w)) for (let i = 0; i < 3; i += 1) await run[v](w);

  const latencies = new Map<string, number[]>();
  const roundP50 = new Map<string, number[]>();
  const cpu = new Map<string, Record<string, number[]>>();
  for (let round = 1; round <= ROUNDS && left() > SOAK_MS + 90_000; round += 1) {
    log(`round ${round} of ${ROUNDS}: every workload, variants interleaved`);
    for (const w of WORKLOADS) {
      for (const v of variantsOf(w)) {
        const times: number[] = [];
        const before = hub.map((p) => p.cpuMs());
        for (let i = 0; i < w.perBlock; i += 1) {
          const t0 = performance.now();
          await run[v](w);
          times.push(performance.now() - t0);
        }
        const after = hub.map((p) => p.cpuMs());
        const key2 = `${w.id}:${v}`;
        latencies.set(key2, [...(latencies.get(key2) ?? []), ...times]);
        roundP50.set(key2, [...(roundP50.get(key2) ?? []), median(times)]);
        const perProcess = cpu.get(key2) ?? {};
        hub.forEach((p, i) => (perProcess[p.name] = [...(perProcess[p.name] ?? []), (after[i]! - before[i]!) / w.perBlock]));
        cpu.set(key2, perProcess);
      }
    }
  }

  log('SQL statements and subgraph fetches per request at 10, 100 and 1,000 learners');
  const metricsOf = async (url: string) => (await (await fetch(url.replace(/graphql$/, 'metrics'))).text());
  const sumOf = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(name)).reduce((s, l) => s + Number(l.split(' ').pop()), 0);
  async function counters(): Promise<{ statements: number; fetches: number }> {
    const statements = (await Promise.all(SUBGRAPH_NAMES.map(async (n) => sumOf(await metricsOf(urls[n]), 'guantong_db_statements_total')))).reduce((a, b) => a + b, 0);
    return { statements, fetches: sumOf(await metricsOf(gatewayUrl), 'guantong_subgraph_fetch_duration_seconds_count') };
  }
  const counts: Results['counts'] = [];
  for (const w of WORKLOADS.filter((x) => x.id === 'W2' || x.id === 'W4')) {
    for (const learners of [10, 100, 1000]) {
      // A page holds at most 100 learners: 1,000 are ten pages, and the figure is per request.
      const pages = Math.max(1, learners / 100);
      const before = await counters();
      for (let page = 0; page < pages; page += 1) await viaGateway(atSize(w, Math.min(learners, 100)));
      const after = await counters();
      counts.push({ workload: w.id, learners, requests: pages, statements: (after.statements - before.statements) / pages, fetches: (after.fetches - before.fetches) / pages });
    }
  }

  let totalCount: TotalCountResults | undefined;
  if (left() > 150_000) {
    log('totalCount on registries of 1,000 and 100,000 learners, each its own college process, interleaved');
    // A failure here costs this one figure ("not measured"), not the run's others.
    totalCount = await measureTotalCount({ root, seededDir: dataDir, env, log }).catch((err: unknown) => {
      log(`totalCount not measured: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
  } else {
    log('not enough time left to measure totalCount on 100,000 learners');
  }

  const soakMs = Math.max(10_000, Math.min(SOAK_MS, left() - 30_000));
  log(`soak: W2 and W4 through the gateway, two at a time, for ${Math.round(soakMs / 1000)} s`);
  const soakEnd = Date.now() + soakMs;
  let soaked = 0;
  await Promise.all([0, 1].map(async (lane) => {
    const heavy = WORKLOADS.filter((w) => w.id === 'W2' || w.id === 'W4');
    for (let i = lane; Date.now() < soakEnd; i += 1) {
      await viaGateway(heavy[i % heavy.length]!);
      soaked += 1;
    }
  }));
  await new Promise((r) => setTimeout(r, 2000));
  const rss = Object.fromEntries(hub.map((p) => [p.name, p.rssMiB()]));

  const results: Results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    rounds: roundP50.get('W1:gateway')?.length ?? 0,
    workloads: WORKLOADS.map((w) => ({
      id: w.id,
      title: w.title,
      fetchesInPlan: plans.get(w.id)!.flat().length,
      stepsInPlan: plans.get(w.id)!.length,
      p50: Object.fromEntries(variantsOf(w).map((v) => [v, median(latencies.get(`${w.id}:${v}`) ?? [])])),
      roundRatios: (roundP50.get(`${w.id}:gateway`) ?? []).map((g, i) => g / roundP50.get(`${w.id}:direct`)![i]!),
      cpuMs: Object.fromEntries(Object.entries(cpu.get(`${w.id}:gateway`) ?? {}).map(([name, values]) => [name, median(values)])),
      directCpuMs: Object.fromEntries(Object.entries(cpu.get(`${w.id}:direct`) ?? {}).map(([name, values]) => [name, median(values)])),
    })),
    floorRoundRatios: (roundP50.get('W1:gateway') ?? []).map((g, i) => g / roundP50.get('W1:floor')![i]!),
    counts,
    totalCount,
    soak: { seconds: Math.round(soakMs / 1000), requests: soaked, rssMiB: rss },
  };
  fs.mkdirSync(outDir, { recursive: true });
  const markdown = summary(results);
  fs.writeFileSync(path.join(outDir, 'summary.md'), markdown);
  fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\n${markdown}`);
  log(`written to ${path.relative(root, outDir)}/summary.md and results.json`);
} finally {
  await cleanup();
}
process.exit(0);
