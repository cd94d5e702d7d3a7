/**
 * Nothing leaves unless configured: the real `npm start`, with every process
 * recording its outbound attempts (test/egress/record-connections.cjs), opens
 * connections only to its own services and to the Redis it was given — no
 * cloud-metadata probe, no telemetry or usage report to Apollo (even with an
 * Apollo key in the environment), at start, under load or on stop.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { databaseKinds, dropMariadbDatabases, freshMariadbUrl, type DatabaseKind } from '@guantong/shared/testing';
import { signClientToken } from '@guantong/shared/identity';
import { post } from '../helpers/hub.ts';
import { root, spawnHub } from '../helpers/spawned-hub.ts';
import { FIVE_YEAR_RECORD, RECOGNITION } from '../helpers/operations.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-egress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/;

interface Attempt {
  pid: number;
  kind: 'tcp' | 'udp' | 'dns' | 'ipc';
  host?: string;
  port?: number;
}

const kinds = await databaseKinds();

/** The databases the hub is given: embedded SQLite, or fresh MariaDB databases (created on start in demo mode). */
function databaseEnv(kind: DatabaseKind): { env: Record<string, string>; ports: number[]; drop(): Promise<void> } {
  if (kind === 'sqlite') return { env: {}, ports: [], drop: async () => undefined };
  const names = ['SECONDARY', 'COLLEGE', 'ENTERPRISE', 'AUDIT'] as const;
  const env = Object.fromEntries(names.map((n) => [`${n}_DATABASE_URL`, freshMariadbUrl(`egress_${n.toLowerCase()}`)]));
  const port = Number(new URL(env.SECONDARY_DATABASE_URL).port || 3306);
  return { env, ports: [port], drop: () => dropMariadbDatabases(Object.values(env)) };
}

describe.each(kinds)('nothing leaves unless configured (%s)', (kind) => {
  it('the running hub connects only to its own services, its databases and its configured Redis', async () => {
    const log = path.join(dir, `attempts-${kind}.jsonl`);
    const hook = path.join(root, 'test/egress/record-connections.cjs');
    const databases = databaseEnv(kind);
    const hub = await spawnHub({
      ...databases.env,
      GUANTONG_DATA_DIR: path.join(dir, `data-${kind}`),
      GUANTONG_MODE: 'demo',
      REDIS_URL,
      // Apollo Studio credentials left in an operator's environment must not switch reporting on.
      APOLLO_KEY: 'service:guantong:not-a-real-key',
      APOLLO_GRAPH_REF: 'guantong@current',
      APOLLO_SCHEMA_REPORTING: 'true',
      GUANTONG_EGRESS_LOG: log,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim(),
    });
    let exitCode: number | null;
    try {
      const admin = await signClientToken({ role: 'ADMIN' }, loadConfig({ GUANTONG_MODE: 'demo' }).clientAuth);
      const auth = { authorization: `Bearer ${admin}` };
      expect((await post(hub.url, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, auth)).errors).toBeUndefined();
      expect((await post(hub.url, { query: RECOGNITION, variables: { code: 'X-ICV-2' } })).errors).toBeUndefined();
      // Apollo's cloud-metadata probes start with the gateway; give any stragglers time to show.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      // Stopping matters too: a metrics exporter flushes on shutdown.
      exitCode = await hub.stop();
      await databases.drop();
    }
    expect(exitCode).toBe(0);

    const attempts: Attempt[] = fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const redisPort = Number(new URL(REDIS_URL).port || 6379);
    const allowedPorts = new Set([...Object.values(hub.ports), redisPort, ...databases.ports]);
    // The recorder must have seen the hub's own traffic, or an empty log would pass.
    expect(attempts.some((a) => a.kind === 'tcp' && a.port === hub.ports.COLLEGE_PORT)).toBe(true);
    expect(attempts.some((a) => a.kind === 'tcp' && a.port === redisPort)).toBe(true);
    const elsewhere = attempts.filter((a) => {
      // A Unix socket never leaves the machine.
      if (a.kind === 'ipc') return false;
      if (!a.host || !LOOPBACK.test(a.host)) return true;
      return a.kind !== 'dns' && !allowedPorts.has(a.port ?? -1);
    });
    expect(elsewhere).toEqual([]);
  });
});
