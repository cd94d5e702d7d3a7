/**
 * Webhook delivery state survives a real restart: the secondary process is
 * killed (SIGKILL, no graceful stop) while a delivery is being retried, `npm
 * start` brings it back, and the delivery then arrives exactly once, with the
 * same `webhook-id` as every attempt before the kill.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { signClientToken } from '@guantong/shared/identity';
import { databaseKinds, dropMariadbDatabases, freshMariadbUrl } from '@guantong/shared/testing';
import { spawnHub, type SpawnedHub } from '../helpers/spawned-hub.ts';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.ts';

const NET = 'GT202200001X'; // Riverside's learner
// Plain HTTP to the loopback receiver, for this hub only (README "Change feed and webhooks"); attempts enough to
// outlast the restart, and a backoff long enough that no attempt is on its way when the kill lands after one.
const WEBHOOK_ENV = { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', WEBHOOK_POLL_MS: '50', WEBHOOK_BACKOFF_MS: '300', WEBHOOK_MAX_ATTEMPTS: '30' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const kind of await databaseKinds()) {
  describe(`webhook deliveries survive a killed subgraph (${kind})`, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-webhook-restart-'));
    const urls = kind === 'mariadb' ? Object.fromEntries(['SECONDARY', 'COLLEGE', 'ENTERPRISE', 'AUDIT'].map((n) => [`${n}_DATABASE_URL`, freshMariadbUrl(`hook_${n.toLowerCase()}`)])) : {};
    let hub: SpawnedHub;
    let hook: Receiver;
    let token: string;

    async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
      const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data?: T; errors?: unknown[] };
    }
    const restarts = () => (hub.output().match(/\[secondary\] subgraph listening/g) ?? []).length;

    beforeAll(async () => {
      hook = await startReceiver([503]);
      hub = await spawnHub({ GUANTONG_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...WEBHOOK_ENV, ...urls });
      token = await signClientToken({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'integrator' }, loadConfig({ GUANTONG_MODE: 'demo' }).clientAuth);
    });
    afterAll(async () => {
      await hub?.stop();
      await hook?.close();
      if (kind === 'mariadb') await dropMariadbDatabases(Object.values(urls));
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('a delivery pending when the process is killed arrives once after the restart, with the same webhook-id', { timeout: 120_000 }, async () => {
      const registered = await graphql<{ registerSecondaryWebhook: { secret: string; subscription: { id: string } } }>(
        'mutation($input: RegisterWebhookInput!) { registerSecondaryWebhook(input: $input) { secret subscription { id } } }',
        { input: { organizationId: 'sch-riverside', url: hook.url, entityTypes: ['SecondaryCourseResult'] } },
      );
      expect(registered.errors).toBeUndefined();
      const { secret } = registered.data!.registerSecondaryWebhook;
      const written = await graphql('mutation($input: RecordResultInput!) { recordSecondaryResult(input: $input) { score } }', { input: { studentId: NET, courseCode: 'NET-S101', term: '2024-2025-2', score: 77 } });
      expect(written.errors).toBeUndefined();

      // The receiver fails twice; the delivery is pending (retried with backoff) when the process dies.
      await hook.waitFor(2);
      const before = restarts();
      const killed = hub.pidOf('secondary')!;
      process.kill(killed, 'SIGKILL');
      const failedBeforeKill = hook.received.length;
      hook.script([200]);
      while (restarts() === before) await sleep(100);
      expect(hub.pidOf('secondary')).not.toBe(killed);

      await hook.waitFor(failedBeforeKill + 1, 30_000);
      // Long enough for a second delivery (many poll rounds and backoffs) if the new process were to send one.
      await sleep(3000);
      const attempts = hook.received;
      expect(attempts.map((a) => a.status)).toEqual([...Array(failedBeforeKill).fill(503), 200]);
      expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
      const payload = new Webhook(secret).verify(attempts[attempts.length - 1].body, attempts[attempts.length - 1].headers) as { type: string; data: Record<string, unknown> };
      expect(payload).toMatchObject({ type: 'SecondaryCourseResult.created', data: { source: 'secondary', entityType: 'SecondaryCourseResult', kind: 'CREATED' } });
    });
  });
}
