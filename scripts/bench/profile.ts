/**
 * `npm run bench:profile -- W1 [--requests=400]`: one workload through the
 * gateway with every service under V8's CPU profiler. It writes a
 * `.cpuprofile` per process to bench-results/profiles/ (open them in Chrome's
 * DevTools) and prints each process's heaviest functions and packages by self
 * time, so a slow request can be traced to its cause before it is changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { freePort, gatewayUrlOf, hubEnv, seedDemo, startGateway, startSubgraphs, type BenchProcess } from './processes.ts';
import { WORKLOADS } from './workloads.ts';
import { heaviest, type CpuProfile, type Window } from './profile-summary.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const id = process.argv.slice(2).find((a) => /^W\d$/.test(a)) ?? 'W1';
const requests = Number(process.argv.find((a) => a.startsWith('--requests='))?.split('=')[1] ?? 400);
const workload = WORKLOADS.find((w) => w.id === id);
if (!workload) throw new Error(`unknown workload ${id}: use one of ${WORKLOADS.map((w) => w.id).join(', ')}`);

const outDir = path.join(root, 'bench-results', 'profiles');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-profile-'));
const ports = { gateway: await freePort(), secondary: await freePort(), college: await freePort(), enterprise: await freePort() };
const env = hubEnv(dataDir, ports);
const profiled = (name: string) => ['--cpu-prof', `--cpu-prof-dir=${path.join(outDir, name)}`];

const processes: BenchProcess[] = [];
// The timed requests, on the monotonic clock the profiles' timestamps use.
const window: Window = { from: 0, to: 0 };
try {
  seedDemo(root, env);
  processes.push(...(await startSubgraphs(root, env, profiled)));
  processes.push(await startGateway(root, env, 'gateway', profiled('gateway')));
  const token = await signClientToken({ role: 'ADMIN', subject: 'bench-admin', ttlSeconds: 3600 }, loadConfig({ GUANTONG_MODE: 'demo' }).clientAuth);
  const send = async () => {
    const response = await fetch(gatewayUrlOf(ports), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(workload.as === 'ADMIN' ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: workload.query, variables: workload.variables }),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${workload.id} failed: ${text.slice(0, 300)}`);
  };
  for (let i = 0; i < 20; i += 1) await send();
  const before = processes.map((p) => p.cpuMs());
  window.from = Number(process.hrtime.bigint() / 1000n);
  for (let i = 0; i < requests; i += 1) await send();
  window.to = Number(process.hrtime.bigint() / 1000n);
  const perRequest = processes.map((p, i) => `${p.name} ${((p.cpuMs() - before[i]!) / requests).toFixed(2)}`);
  console.log(`${workload.id}: ${requests} requests in ${((window.to - window.from) / 1e6).toFixed(1)} s; CPU ms per request (profiler on): ${perRequest.join(', ')}`);
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
}

fs.writeFileSync(path.join(outDir, 'window.json'), JSON.stringify(window));
for (const name of fs.readdirSync(outDir).filter((f) => !f.endsWith('.json'))) {
  for (const file of fs.readdirSync(path.join(outDir, name)).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(outDir, name, file), 'utf8')) as CpuProfile;
    console.log(`\n## ${name} (${file})\n${heaviest(profile, root, window)}`);
  }
}
