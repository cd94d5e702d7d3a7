import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { post } from '../helpers/hub.ts';
import { freshGatewayJwk } from '../helpers/keys.ts';
import { freePort, root, spawnHub } from '../helpers/spawned-hub.ts';
import { FIVE_YEAR_RECORD } from '../helpers/operations.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-start-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function token(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('the two-command start', () => {
  it('npm start runs four processes on demo data, serves the five-year record, and stops them all on Ctrl-C', async () => {
    const hub = await spawnHub({ GUANTONG_DATA_DIR: dataDir, GUANTONG_MODE: 'demo' });
    const { ports } = hub;
    try {
      expect(hub.output()).toContain(`http://localhost:${ports.GATEWAY_PORT}/graphql`);
      const adminToken = token(['--role', 'ADMIN'], { GUANTONG_MODE: 'demo' }).stdout.trim();
      const res = await post(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, { authorization: `Bearer ${adminToken}` });
      expect(res.errors).toBeUndefined();
      const student = (res.data as { student: { pathway: { stage: string }; secondaryStage: { results: { nodes: unknown[] } }; higherStage: { results: { nodes: unknown[] } }; certificates: { nodes: { standard: { recognitions: unknown[] } }[] } } }).student;
      expect(student.pathway.stage).toBe('HIGHER');
      expect(student.secondaryStage.results.nodes.length).toBeGreaterThan(0);
      expect(student.higherStage.results.nodes.length).toBeGreaterThan(0);
      expect(student.certificates.nodes.some((c) => c.standard.recognitions.length > 0)).toBe(true);
    } finally {
      expect(await hub.stop()).toBe(0);
    }
    for (const port of Object.values(ports)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    }
  });

  it('npm start serves while a subgraph cannot start, retries it with backoff, and answers its parts with errors', async () => {
    const closed = await freePort();
    const hub = await spawnHub({ GUANTONG_DATA_DIR: dataDir, GUANTONG_MODE: 'demo', COLLEGE_DATABASE_URL: `mysql://root@127.0.0.1:${closed}/guantong_college` }, ['secondary', 'enterprise']);
    try {
      // The catalogue lives in the enterprise: served.
      const catalogue = await post(hub.url, { query: '{ certificateStandards { nodes { code } } }' });
      expect(catalogue.status).toBe(200);
      expect((catalogue.data as { certificateStandards: { nodes: unknown[] } }).certificateStandards.nodes.length).toBeGreaterThan(0);
      // The colleges live in the college: an error for that part, no internals.
      const colleges = await post(hub.url, { query: '{ colleges { nodes { id } } }' });
      expect(colleges.data ?? null).toBeNull();
      expect(colleges.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(colleges.errors)).not.toMatch(new RegExp(`${closed}|ECONNREFUSED|127\\.0\\.0\\.1`));
      const deadline = Date.now() + 20_000;
      while ((hub.output().match(/\[start\] college exited .* retrying in/g) ?? []).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      const waits = [...hub.output().matchAll(/\[start\] college exited .* retrying in (\d+) s/g)].map((m) => Number(m[1]));
      expect(waits.slice(0, 2)).toEqual([1, 2]);
    } finally {
      expect(await hub.stop()).toBe(0);
    }
  });

  it('npm run token prints a token in demo mode and refuses in production', () => {
    const demo = token(['--role', 'COLLEGE_STAFF', '--org', 'col-metro'], { GUANTONG_MODE: 'demo' });
    expect(demo.status).toBe(0);
    expect(demo.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const production = token(['--role', 'ADMIN'], { GUANTONG_MODE: 'production', AUTH_JWT_SECRET: 'p'.repeat(40), GATEWAY_SIGNING_KEY: freshGatewayJwk(), PII_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'), PII_INDEX_KEY: Buffer.alloc(32, 4).toString('base64') });
    expect(production.status).not.toBe(0);
    expect(production.stderr).toMatch(/only in demo mode/);
  });

  it('npm run token refuses a staff role without its organisation', () => {
    const res = token(['--role', 'SECONDARY_STAFF'], { GUANTONG_MODE: 'demo' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/--org/);
  });
});
