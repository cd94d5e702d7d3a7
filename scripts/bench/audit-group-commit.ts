/**
 * `npx tsx scripts/bench/audit-group-commit.ts [sqlite|mariadb]`: the audit
 * group-commit lever, measured. The hub runs in this process; blocks of
 * FiveYearRecord requests, eight at a time, alternate between group commit on
 * and off (one append per request), so both see the same machine. Reports
 * throughput, CPU ms per request (the whole process: all four services) and
 * audit-store statements per request.
 */
import { setGroupCommit } from '@guantong/shared/audit-group-commit';
import { startHub } from '../../test/helpers/hub.ts';
import { median, round } from './stats.ts';

const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'mariadb';
const CONCURRENCY = 8;
const PER_BLOCK = 48;
const ROUNDS = 4;
const QUERY = 'query($id: LearnerId!) { student(id: $id) { id name pathway { stage } secondaryStage { results { nodes { score } } } higherStage { results { nodes { score } } } certificates { nodes { serial } } } }';

const hub = await startHub(kind);
const admin = await hub.token({ role: 'ADMIN' });
const ids = ['GT202200001X', 'GT2022000028', 'GT2021000034', 'GT2024000013'];
const auditStatements = () => hub.audit.statements.count;

async function block(on: boolean): Promise<{ perSecond: number; cpuMs: number; auditStatements: number }> {
  setGroupCommit(on);
  const statements = auditStatements();
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < PER_BLOCK) {
      const i = next++;
      const res = await hub.query(QUERY, { id: ids[i % ids.length] }, admin);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: PER_BLOCK / seconds, cpuMs: (used.user + used.system) / 1000 / PER_BLOCK, auditStatements: (auditStatements() - statements) / PER_BLOCK };
}

await block(true);
await block(false);
const results: Record<'on' | 'off', Awaited<ReturnType<typeof block>>[]> = { on: [], off: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const on of round % 2 ? [false, true] : [true, false]) results[on ? 'on' : 'off'].push(await block(on));
}
const m = (side: 'on' | 'off', key: 'perSecond' | 'cpuMs' | 'auditStatements') => median(results[side].map((r) => r[key]));
console.log(`audit group commit (${kind}, ${CONCURRENCY} at a time, ${ROUNDS} rounds of ${PER_BLOCK} requests, interleaved)`);
for (const key of ['perSecond', 'cpuMs', 'auditStatements'] as const) console.log(`  ${key}: on ${round(m('on', key), 2)} · off ${round(m('off', key), 2)} · on ÷ off ${round(m('on', key) / m('off', key), 2)}`);
await hub.stop();
