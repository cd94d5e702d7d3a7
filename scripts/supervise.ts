/**
 * Keeps one child process running for `npm start`. A subgraph that cannot start
 * (its database unreachable, say) is started again after a growing pause, while
 * the rest of the hub serves and its parts come back as errors meanwhile.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Service {
  name: string;
  entry: string;
}

/** Pauses between attempts: 1 s, doubling, at most 30 s; back to 1 s after a minute up. */
export function backoffMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

const STABLE_MS = 60_000;

export interface Supervised {
  /** Stops restarting and ends the process; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs `service` and restarts it whenever it exits, until stopped. For a
 * service whose exit should stop the hub instead (the gateway), `shouldRestart`
 * handles the exit and answers false.
 */
export function supervise(service: Service, run: (entry: string) => ChildProcess, shouldRestart: (code: number | null) => boolean = () => true): Supervised {
  let child: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  const start = () => {
    const startedAt = Date.now();
    child = run(service.entry);
    // Operators (and the supervision test) find each service's process by this line.
    console.log(`[start] ${service.name} running as pid ${child.pid}`);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (!shouldRestart(code)) return;
      failures = Date.now() - startedAt > STABLE_MS ? 1 : failures + 1;
      const wait = backoffMs(failures);
      console.error(`[start] ${service.name} exited (${signal ?? code}); retrying in ${wait / 1000} s — its parts of the graph answer with errors meanwhile`);
      timer = setTimeout(start, wait);
    });
  };
  start();
  return {
    stop() {
      stopping = true;
      clearTimeout(timer);
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Spawns a service entry point with tsx, sharing this process's output. The IPC
 * channel tells the service it is supervised (it leaves Ctrl-C to us) and
 * closes if we die, so it stops rather than linger.
 */
export function spawnService(root: string, env: NodeJS.ProcessEnv): (entry: string) => ChildProcess {
  return (entry) => spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}
