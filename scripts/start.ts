/**
 * `npm start`: runs the three subgraphs and the gateway, each in its own Node
 * process, prints the gateway URL, and stops them all on Ctrl-C. The hub serves
 * as soon as the gateway is up; a subgraph that exits is started again with
 * backoff (scripts/supervise.ts). Only the gateway's exit stops the hub.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@guantong/shared/config';
import { openAuditDatabase } from '@guantong/shared/subgraph';
import { NO_VENDOR_TELEMETRY } from '@guantong/shared/egress';
import { spawnService, supervise, type Supervised } from './supervise.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig();
const subgraphs = [
  { name: 'secondary', entry: 'subgraphs/secondary/src/index.ts' },
  { name: 'college', entry: 'subgraphs/college/src/index.ts' },
  { name: 'enterprise', entry: 'subgraphs/enterprise/src/index.ts' },
];

// The audit store is shared by every subgraph: migrate it once, before they race to.
await (await openAuditDatabase(config)).dataSource.destroy();

// Each service also sets this itself when it builds its server; here it is in place before any module loads.
const run = spawnService(root, { ...process.env, ...NO_VENDOR_TELEMETRY });
const services: Supervised[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  // The gateway, then the subgraphs, each drain their requests in flight; past both drains and a margin to close the databases, stop regardless.
  setTimeout(() => process.exit(code), 2 * config.ops.shutdownDrainMs + 5000).unref();
  // The gateway drains first: its requests in flight still need the subgraphs.
  void gateway
    .stop()
    .then(() => Promise.all(services.map((s) => s.stop())))
    .then(() => process.exit(code));
}

for (const service of subgraphs) services.push(supervise(service, run));
// Without the gateway nothing is served: its exit (a configuration error, say) stops the hub.
const gateway = supervise({ name: 'gateway', entry: 'gateway/src/index.ts' }, run, (code) => {
  if (!stopping) console.error(`[start] gateway exited (${code}); stopping the hub`);
  stopAll(1);
  return false;
});

console.log(`[start] Guantong (${config.mode} mode) starting: gateway at http://localhost:${config.ports.gateway}/graphql — Ctrl-C stops every service`);
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
