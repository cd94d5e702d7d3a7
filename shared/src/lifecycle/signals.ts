/**
 * Graceful stop for a service process: on SIGTERM (or Ctrl-C) it stops taking
 * requests, lets those in flight finish within the drain time, closes its
 * databases and exits 0. Further signals change nothing: under `npm start`,
 * Ctrl-C reaches every process and the supervisor then sends SIGTERM too, and
 * the drain is bounded anyway.
 */
export function stopOnSignals(name: string, running: { shutdown(): Promise<void> }): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal}: draining requests in flight, then stopping`);
    running.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[${name}] stopping failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
