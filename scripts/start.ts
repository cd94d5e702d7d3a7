/**
 * `npm start`: runs the three subgraphs and the gateway, each in its own Node
 * process, prints the gateway URL, and stops them all on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@guantong/shared/config';
import { openAuditDatabase } from '@guantong/shared/subgraph';
import { NO_VENDOR_TELEMETRY } from '@guantong/shared/egress';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig();
const services = [
  { name: 'secondary', entry: 'subgraphs/secondary/src/index.ts' },
  { name: 'college', entry: 'subgraphs/college/src/index.ts' },
  { name: 'enterprise', entry: 'subgraphs/enterprise/src/index.ts' },
  { name: 'gateway', entry: 'gateway/src/index.ts' },
];

// The audit store is shared by every subgraph: migrate it once, before they race to.
await (await openAuditDatabase(config)).dataSource.destroy();

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
}

for (const service of services) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, service.entry)], {
    cwd: root,
    // Each service also sets this itself when it builds its server; here it is in place before any module loads.
    env: { ...process.env, ...NO_VENDOR_TELEMETRY },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[start] ${service.name} exited (${signal ?? code}); stopping the hub`);
    stopAll(1);
  });
  children.push(child);
}

console.log(`[start] Guantong (${config.mode} mode) starting: gateway at http://localhost:${config.ports.gateway}/graphql — Ctrl-C stops every service`);
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
