/**
 * `npm run bench:memory -- [W4] [--seconds=120] [--lanes=2]`: where a
 * subgraph's memory goes under a long soak. Every 10 s it reads each
 * process's resident set from /proc and its V8 heap and external memory from
 * its own /metrics, so growth outside the V8 heap (native allocations) can be
 * told from a leak of JavaScript objects. Extra environment (for example
 * MALLOC_ARENA_MAX=2) reaches every service unchanged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type SubgraphName } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { freePort, gatewayUrlOf, hubEnv, seedDemo, startGateway, startSubgraphs, subgraphUrls, type BenchProcess } from './processes.ts';
import { WORKLOADS } from './workloads.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ids = process.argv.slice(2).filter((a) => /^W\d$/.test(a));
const workloads = WORKLOADS.filter((w) => (ids.length ? ids : ['W4']).includes(w.id));
const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 120);
const lanes = Number(process.argv.find((a) => a.startsWith('--lanes='))?.split('=')[1] ?? 2);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-memory-'));
const ports = { gateway: await freePort(), secondary: await freePort(), college: await freePort(), enterprise: await freePort() };
const urls = subgraphUrls(ports);
const gatewayUrl = gatewayUrlOf(ports);
const env = hubEnv(dataDir, ports);

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const metric = (text: string, name: string) => Number(text.split('\n').find((l) => l.startsWith(name))?.split(' ').pop() ?? NaN);

const processes: BenchProcess[] = [];
try {
  seedDemo(root, env);
  processes.push(...(await startSubgraphs(root, env)));
  processes.push(await startGateway(root, env));
  const urlOf = (name: string) => (name === 'gateway' ? gatewayUrl : urls[name as SubgraphName]);
  const token = await signClientToken({ role: 'ADMIN', subject: 'bench-admin', ttlSeconds: 3600 }, loadConfig({ GUANTONG_MODE: 'demo' }).clientAuth);

  async function sample(at: number): Promise<void> {
    const cells = await Promise.all(processes.map(async (p) => {
      const text = await (await fetch(urlOf(p.name).replace(/graphql$/, 'metrics'))).text();
      return `${p.name} rss ${p.rssMiB().toFixed(0)} heap ${mib(metric(text, 'nodejs_heap_size_used_bytes'))}/${mib(metric(text, 'nodejs_heap_size_total_bytes'))} ext ${mib(metric(text, 'nodejs_external_memory_bytes'))}`;
    }));
    console.log(`${String(at).padStart(4)} s  ${cells.join(' | ')}`);
  }

  console.log(`soak: ${workloads.map((w) => w.id).join(', ')} through the gateway, ${lanes} at a time, ${seconds} s; MiB`);
  await sample(0);
  const started = Date.now();
  const end = started + seconds * 1000;
  let requests = 0;
  const sampler = setInterval(() => void sample(Math.round((Date.now() - started) / 1000)), 10_000);
  await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
    for (let i = lane; Date.now() < end; i += 1) {
      const w = workloads[i % workloads.length]!;
      const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: w.query, variables: w.variables }) });
      await response.text();
      requests += 1;
    }
  }));
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 3000));
  await sample(Math.round((Date.now() - started) / 1000));
  console.log(`${requests} requests`);
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
