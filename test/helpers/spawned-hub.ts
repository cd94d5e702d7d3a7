/**
 * Runs the real `npm start` (scripts/start.ts) in a child process on free
 * ports, the way an operator does, for tests of the processes themselves.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_TODAY } from '@guantong/shared/demo';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A free port held by a placeholder listener until `release`: while a hub seeds
 * and starts its subgraphs, nothing else (a subgraph on port 0, another test
 * file's hub) can be given the port its gateway will listen on.
 */
export async function reservePort(): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A hub that fails to start must not keep the test process alive by its placeholder.
  server.unref();
  const { port } = server.address() as net.AddressInfo;
  return { port, release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type ServicePorts = Record<'GATEWAY_PORT' | 'SECONDARY_PORT' | 'COLLEGE_PORT' | 'ENTERPRISE_PORT', number>;

export interface SpawnedHub {
  ports: ServicePorts;
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Everything the hub printed so far. */
  output(): string;
  /** Ctrl-C: resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends `signal` to `npm start` itself (as an orchestrator does); resolves with the exit code. */
  signal(signal: NodeJS.Signals): Promise<number | null>;
  /** The process id `npm start` printed for a service. */
  pidOf(service: string): number | undefined;
}

/**
 * Starts the hub with `env` over the current environment, its clock pinned to
 * the demo's today (GUANTONG_CLOCK_TODAY; `env` may override or clear it), and waits until the
 * gateway and the `waitFor` subgraphs (all three by default) say they are up.
 */
export async function spawnHub(env: NodeJS.ProcessEnv, waitFor: readonly string[] = ['secondary', 'college', 'enterprise']): Promise<SpawnedHub> {
  const ports: ServicePorts = { GATEWAY_PORT: await freePort(), SECONDARY_PORT: await freePort(), COLLEGE_PORT: await freePort(), ENTERPRISE_PORT: await freePort() };
  const portEnv = Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)]));
  const hub = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: { ...process.env, GUANTONG_CLOCK_TODAY: DEMO_TODAY, ...portEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  hub.stdout.on('data', (chunk) => (output += chunk));
  hub.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => hub.once('exit', (code) => resolve(code)));
  const stop = () => {
    if (hub.exitCode === null) hub.kill('SIGINT');
    return exited;
  };
  const deadline = Date.now() + 90_000;
  while (!/gateway ready/.test(output) || waitFor.some((s) => !output.includes(`[${s}] subgraph `))) {
    if (Date.now() > deadline || hub.exitCode !== null) {
      await stop();
      throw new Error(`hub did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const signal = (name: NodeJS.Signals) => {
    if (hub.exitCode === null) hub.kill(name);
    return exited;
  };
  const pidOf = (service: string) => {
    const pids = [...output.matchAll(new RegExp(`\\[start\\] ${service} running as pid (\\d+)`, 'g'))];
    return pids.length ? Number(pids[pids.length - 1]![1]) : undefined;
  };
  return { ports, url: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, output: () => output, stop, signal, pidOf };
}
