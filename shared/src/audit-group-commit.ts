/**
 * Group commit for the audit store: while one append is being written, the
 * entries of every request that flushes meanwhile wait and are then appended
 * together, in one chained append (one lock, one head read, one transaction,
 * one commit) instead of one each. Each request's entries stay together and
 * in order, and each request still waits until its own entries are committed:
 * durable before its response leaves, or before its write commits. If the
 * shared append fails, every request in it is told so and fails closed, as it
 * would alone — the failures an append meets (lock, connection, disk) are the
 * store's, not one request's.
 */
import type { DataSource } from 'typeorm';
import { appendChained, type AuditContent } from './audit-chain.ts';

interface Waiting {
  rows: readonly AuditContent[];
  resolve(): void;
  reject(err: unknown): void;
}

interface Queue {
  writing: boolean;
  waiting: Waiting[];
}

const queues = new WeakMap<DataSource, Queue>();

let grouping = true;

/** Benchmarks only (scripts/bench/audit-group-commit.ts): compare with one append per request. */
export function setGroupCommit(on: boolean): void {
  grouping = on;
}

async function drain(store: DataSource, queue: Queue): Promise<void> {
  queue.writing = true;
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0);
    try {
      await appendChained(store, group.flatMap((w) => w.rows));
      for (const w of group) w.resolve();
    } catch (err) {
      for (const w of group) w.reject(err);
    }
  }
  queue.writing = false;
}

/** Appends `rows` to the store's chain with whatever other requests are flushing now; resolves once they are committed. */
export function appendGrouped(store: DataSource, rows: readonly AuditContent[]): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  if (!grouping) return appendChained(store, rows);
  let queue = queues.get(store);
  if (!queue) queues.set(store, (queue = { writing: false, waiting: [] }));
  const done = new Promise<void>((resolve, reject) => queue.waiting.push({ rows, resolve, reject }));
  if (!queue.writing) void drain(store, queue);
  return done;
}
