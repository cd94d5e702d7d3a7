import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { post } from '../helpers/hub.ts';
import { freshGatewayJwk } from '../helpers/keys.ts';
import { FIVE_YEAR_RECORD } from '../helpers/operations.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-start-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function token(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('the two-command start', () => {
  it('npm start runs four processes on demo data, serves the five-year record, and stops them all on Ctrl-C', async () => {
    const ports = { GATEWAY_PORT: await freePort(), SECONDARY_PORT: await freePort(), COLLEGE_PORT: await freePort(), ENTERPRISE_PORT: await freePort() };
    const env = { ...process.env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), GUANTONG_DATA_DIR: dataDir, GUANTONG_MODE: 'demo' };
    const hub = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    hub.stdout.on('data', (chunk) => (output += chunk));
    hub.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => hub.once('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 90_000;
      while (!/gateway ready/.test(output) || ['secondary', 'college', 'enterprise'].some((s) => !output.includes(`[${s}]`))) {
        if (Date.now() > deadline) throw new Error(`hub did not start:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(output).toContain(`http://localhost:${ports.GATEWAY_PORT}/graphql`);
      const adminToken = token(['--role', 'ADMIN'], { GUANTONG_MODE: 'demo' }).stdout.trim();
      const res = await post(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, { query: FIVE_YEAR_RECORD, variables: { id: 'GT202200001X' } }, { authorization: `Bearer ${adminToken}` });
      expect(res.errors).toBeUndefined();
      const student = (res.data as { student: { pathway: { stage: string }; secondaryStage: { results: unknown[] }; higherStage: { results: unknown[] }; certificates: { standard: { recognitions: unknown[] } }[] } }).student;
      expect(student.pathway.stage).toBe('HIGHER');
      expect(student.secondaryStage.results.length).toBeGreaterThan(0);
      expect(student.higherStage.results.length).toBeGreaterThan(0);
      expect(student.certificates.some((c) => c.standard.recognitions.length > 0)).toBe(true);
    } finally {
      hub.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    for (const port of Object.values(ports)) {
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
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
