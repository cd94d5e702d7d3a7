/**
 * The benchmark's services: each in its own Node process, as `npm start` runs
 * them, so CPU time and memory can be read per process from /proc (Linux).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { SUBGRAPH_NAMES, type SubgraphName } from '@guantong/shared/config';
import { DEMO_TODAY } from '@guantong/shared/demo';
import { NO_VENDOR_TELEMETRY } from '@guantong/shared/egress';

const TICKS_PER_SECOND = 100;

export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** CPU time (user + system) used so far, in ms. */
  cpuMs(): number;
  /** Resident set size now, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/**
 * A free port below Linux's ephemeral range (32768 and up). A port the kernel
 * hands out as ephemeral is released before the service that is told about it
 * binds it, and meanwhile any outgoing connection may take it as its source
 * port; ports from this range are never handed out that way.
 */
const handedOut = new Set<number>();

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (handedOut.has(port)) continue;
    const server = net.createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port found between 20000 and 32000');
}

function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function rssMiBOf(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** Starts `entry` with tsx (after `nodeArgs`, such as --cpu-prof) and waits until it prints `ready` (a line matching it). */
export async function startProcess(name: string, root: string, entry: string, env: NodeJS.ProcessEnv, ready: RegExp, nodeArgs: string[] = [], timeoutMs = 120_000): Promise<BenchProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + timeoutMs;
  while (!ready.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    name,
    child,
    cpuMs: () => cpuMsOf(pid),
    rssMiB: () => rssMiBOf(pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Where a benchmark's hub listens: a port per service. */
export type HubPorts = Record<SubgraphName | 'gateway', number>;

/** Each subgraph's GraphQL URL on its port. */
export function subgraphUrls(ports: HubPorts): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${ports[n]}/graphql`])) as Record<SubgraphName, string>;
}

/** The gateway's GraphQL URL on its port. */
export const gatewayUrlOf = (ports: Pick<HubPorts, 'gateway'>): string => `http://127.0.0.1:${ports.gateway}/graphql`;

/**
 * The environment every benchmark service runs with: the demo on SQLite in
 * `dataDir`, pinned to the demo's day, nothing sent anywhere, no rate limit
 * in the way, and logs at warn so they cost what production's would not.
 */
export function benchEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env, ...NO_VENDOR_TELEMETRY, GUANTONG_MODE: 'demo', GUANTONG_SEED: 'false', GUANTONG_DATA_DIR: dataDir, GUANTONG_CLOCK_TODAY: DEMO_TODAY,
    LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '1000000000', METRICS_TOKEN: '', OTEL_EXPORTER_OTLP_ENDPOINT: '',
  };
}

/** `benchEnv` for a whole hub on `ports`, each service told where the others listen. */
export function hubEnv(dataDir: string, ports: HubPorts): NodeJS.ProcessEnv {
  const urls = subgraphUrls(ports);
  return {
    ...benchEnv(dataDir), SECONDARY_PORT: String(ports.secondary), COLLEGE_PORT: String(ports.college), ENTERPRISE_PORT: String(ports.enterprise),
    GATEWAY_PORT: String(ports.gateway), GATEWAY_URL: gatewayUrlOf(ports), SECONDARY_URL: urls.secondary, COLLEGE_URL: urls.college, ENTERPRISE_URL: urls.enterprise,
    SUBGRAPH_TIMEOUT_MS: '30000',
  };
}

/** Migrates and seeds the demo dataset into `env`'s GUANTONG_DATA_DIR, as the first `npm start` does. */
export function seedDemo(root: string, env: NodeJS.ProcessEnv): void {
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { cwd: root, env: { ...env, GUANTONG_SEED: 'true' }, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
}

/** The three subgraphs, each in its own process, started together; `nodeArgs` per service (e.g. a profiler's flags). */
export function startSubgraphs(root: string, env: NodeJS.ProcessEnv, nodeArgs: (name: string) => string[] = () => []): Promise<BenchProcess[]> {
  return Promise.all(SUBGRAPH_NAMES.map((name) => startProcess(name, root, `subgraphs/${name}/src/index.ts`, env, /subgraph (ready|listening)/, nodeArgs(name))));
}

/** The gateway in its own process. */
export function startGateway(root: string, env: NodeJS.ProcessEnv, name = 'gateway', nodeArgs: string[] = []): Promise<BenchProcess> {
  return startProcess(name, root, 'gateway/src/index.ts', env, /gateway ready/, nodeArgs);
}
