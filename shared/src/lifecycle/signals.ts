import { stopTracing } from '../tracing/tracing.ts';

/**
 * Graceful stop for a service process: on SIGTERM (or Ctrl-C) it stops taking
 * requests, lets those in flight finish within the drain time, closes its
 * databases and exits 0. Further signals change nothing (the drain is bounded).
 *
 * Under `npm start` (a supervisor on the other end of an IPC channel) the
 * supervisor decides the order: the gateway drains before the subgraphs it
 * still needs for its requests in flight, so Ctrl-C, which the terminal sends
 * to every process, is left to it; and if the supervisor itself dies, the
 * channel closes and the service stops too rather than linger.
 */
export function stopOnSignals(name: string, running: { shutdown(): Promise<void> }): void {
  let stopping = false;
  const supervised = typeof process.send === 'function';
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal}: draining requests in flight, then stopping`);
    running.shutdown().then(stopTracing).then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[${name}] stopping failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  if (!supervised) return void process.on('SIGINT', stop);
  process.on('SIGINT', () => undefined);
  process.once('disconnect', () => stop('supervisor gone'));
}
