/**
 * Connection-pool use of a service's databases, read when Prometheus scrapes.
 * MySQL/MariaDB: mysql2's pool (connections open, in use, requests waiting for
 * one, the limit). SQLite: one connection, always open, nothing to wait for.
 */
import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { ServiceMetrics } from './registry.ts';

interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
  config?: { connectionLimit?: number };
}

export interface PoolUse {
  open: number;
  inUse: number;
  waiting: number;
  limit: number;
}

/** What the pool looks like now. mysql2 keeps these counts in its own fields. */
export function poolUse(dataSource: DataSource): PoolUse {
  if (dataSource.options.type !== 'mysql') return { open: dataSource.isInitialized ? 1 : 0, inUse: 0, waiting: 0, limit: 1 };
  const pool = (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
  const open = pool?._allConnections?.length ?? 0;
  const free = pool?._freeConnections?.length ?? 0;
  return { open, inUse: open - free, waiting: pool?._connectionQueue?.length ?? 0, limit: pool?.config?.connectionLimit ?? 0 };
}

/** Registers `guantong_db_pool_connections{database, state}` for the named data sources. */
export function observePools(metrics: ServiceMetrics, databases: Record<string, DataSource>): void {
  new Gauge({
    name: 'guantong_db_pool_connections',
    help: 'Database connections by database (the service\'s own, the audit store) and state: open, in_use, waiting (requests queued for a connection), limit.',
    labelNames: ['database', 'state'],
    registers: [metrics.registry],
    collect() {
      for (const [name, dataSource] of Object.entries(databases)) {
        const use = poolUse(dataSource);
        this.set({ database: name, state: 'open' }, use.open);
        this.set({ database: name, state: 'in_use' }, use.inUse);
        this.set({ database: name, state: 'waiting' }, use.waiting);
        this.set({ database: name, state: 'limit' }, use.limit);
      }
    },
  });
}

/** Registers `guantong_db_statements_total{database}`: SQL statements sent, as the databases' statement counters saw them. */
export function observeStatements(metrics: ServiceMetrics, counters: Record<string, { count: number }>): void {
  new Counter({
    name: 'guantong_db_statements_total',
    help: 'SQL statements sent, by database (the service\'s own, the audit store).',
    labelNames: ['database'],
    registers: [metrics.registry],
    collect() {
      this.reset();
      for (const [name, counter] of Object.entries(counters)) this.inc({ database: name }, counter.count);
    },
  });
}
