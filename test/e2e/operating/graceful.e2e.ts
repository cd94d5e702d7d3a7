/**
 * Keeping the hub up, as an operator runs it (`npm start`, separate processes):
 * SIGTERM lets a request in flight finish before the services stop, and a
 * subgraph that dies is started again while the others keep serving.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signClientToken } from '@guantong/shared/identity';
import { loadConfig } from '@guantong/shared/config';
import { databaseKinds, dropMariadbDatabases, freshMariadbUrl, type DatabaseKind } from '@guantong/shared/testing';
import { post } from '../../helpers/hub.ts';
import { spawnHub, type SpawnedHub } from '../../helpers/spawned-hub.ts';
import { FIVE_YEAR_RECORD } from '../../helpers/operations.ts';

// The driver the hub itself uses for SQLite, opened on the hub's own audit file.
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };
const demo = loadConfig({ GUANTONG_MODE: 'demo' });
const admin = () => signClientToken({ role: 'ADMIN' }, demo.clientAuth);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Holds the audit store's append lock, so every audited read waits for it: a slow request, for real. */
interface AuditLock {
  take(): Promise<void>;
  release(): Promise<void>;
}

interface Setup {
  env: Record<string, string>;
  auditLock(): AuditLock;
  cleanup(): Promise<void>;
}

function setupFor(kind: DatabaseKind): Setup {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-graceful-'));
  if (kind === 'sqlite') {
    return {
      env: { GUANTONG_DATA_DIR: dataDir },
      auditLock() {
        const db = new Sqlite(path.join(dataDir, 'audit.sqlite'));
        return {
          take: async () => void db.exec('BEGIN IMMEDIATE'),
          release: async () => {
            db.exec('ROLLBACK');
            db.close();
          },
        };
      },
      cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const urls = Object.fromEntries(['SECONDARY', 'COLLEGE', 'ENTERPRISE', 'AUDIT'].map((n) => [`${n}_DATABASE_URL`, freshMariadbUrl(`graceful_${n.toLowerCase()}`)]));
  return {
    env: { GUANTONG_DATA_DIR: dataDir, ...urls },
    auditLock() {
      const url = new URL(urls.AUDIT_DATABASE_URL!);
      let connection: mysql.Connection | undefined;
      const name = `guantong_audit:${url.pathname.slice(1)}`;
      return {
        async take() {
          connection = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username) });
          await connection.query('SELECT GET_LOCK(?, 5)', [name]);
        },
        async release() {
          await connection?.query('SELECT RELEASE_LOCK(?)', [name]);
          await connection?.end();
        },
      };
    },
    cleanup: async () => {
      await dropMariadbDatabases(Object.values(urls));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

for (const kind of await databaseKinds()) {
  // One hub per database: first a subgraph dies and comes back, then the hub is stopped during a slow request.
  describe(`npm start keeps the hub up (${kind})`, () => {
    let hub: SpawnedHub;
    let setup: Setup;
    beforeAll(async () => {
      setup = setupFor(kind);
      hub = await spawnHub({ ...setup.env, SHUTDOWN_DRAIN_SECONDS: '20' });
    });
    afterAll(async () => {
      await hub?.stop();
      await setup?.cleanup();
    });

    it('a killed subgraph is started again; meanwhile the others serve and its parts are errors', async () => {
      const token = await admin();
      const pid = hub.pidOf('enterprise')!;
      expect(pid).toBeGreaterThan(0);
      const readyBefore = (hub.output().match(/\[enterprise\] subgraph listening/g) ?? []).length;
      process.kill(pid, 'SIGKILL');
      await sleep(300);
      const partial = await post(hub.url, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, { authorization: `Bearer ${token}` });
      const student = (partial.data as { student: { name: string; certificates: unknown } }).student;
      expect(student.name).toBeTruthy();
      expect(student.certificates).toBeNull();
      expect(partial.errors?.length).toBeGreaterThan(0);
      const deadline = Date.now() + 90_000;
      while ((hub.output().match(/\[enterprise\] subgraph listening/g) ?? []).length === readyBefore && Date.now() < deadline) await sleep(250);
      expect(hub.output()).toMatch(/\[start\] enterprise exited \(SIGKILL\); retrying in 1 s/);
      expect(hub.pidOf('enterprise')).not.toBe(pid);
      const whole = await post(hub.url, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, { authorization: `Bearer ${token}` });
      expect(whole.errors).toBeUndefined();
      expect((whole.data as { student: { certificates: { nodes: unknown[] } } }).student.certificates.nodes.length).toBeGreaterThan(0);
    }, 120_000);

    it('SIGTERM during a slow request: the request completes, new connections are refused, and the hub exits 0', async () => {
      const lock = setup.auditLock();
      await lock.take();
      const inFlight = post(hub.url, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, { authorization: `Bearer ${await admin()}` });
      await sleep(800);
      const exited = hub.signal('SIGTERM');
      await sleep(800);
      await expect(fetch(hub.url.replace(/graphql$/, 'healthz'))).rejects.toThrow();
      await lock.release();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect((res.data as { student: { id: string } }).student.id).toBe('GT202200001X');
      expect(await exited).toBe(0);
      expect(hub.output()).toMatch(/\[gateway\] SIGTERM: draining requests in flight/);
    }, 120_000);
  });
}
