/**
 * The subgraph's webhook worker: polls the change log and the delivery table
 * every `pollMs`, one round at a time, and stops cleanly with the subgraph
 * (the round in progress finishes; nothing is lost, since the state is in the database).
 */
import type { DataSource } from 'typeorm';
import { backgroundWork } from '../database.ts';
import type { Logger } from '../logger.ts';
import type { WebhookSettings } from './sealing.ts';
import { deliverDue, fanOut } from './delivery.ts';

export interface WebhookWorker {
  /** Runs one round now (tests); rounds never overlap. */
  round(): Promise<void>;
  stop(): Promise<void>;
}

export function startWebhookWorker(db: DataSource, config: WebhookSettings, source: string, logger: Pick<Logger, 'warn'>): WebhookWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const work = () => backgroundWork.run(true, async () => {
    try {
      await fanOut(db);
      await deliverDue(db, config, source);
    } catch (err) {
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'webhook round failed; retrying at the next poll');
    }
  });
  const round = () => (running = running.then(work));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void round().then(schedule), config.pollMs);
    timer.unref();
  };
  schedule();
  return {
    round,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
