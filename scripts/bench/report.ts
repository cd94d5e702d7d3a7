/** The benchmark's markdown summary: figures, then each goal met or missed by how much. */
import { median, round, verdict, type Goal } from './stats.ts';
import type { TotalCountResults } from './total-count.ts';

export interface Results {
  date: string;
  machine: string;
  rounds: number;
  workloads: {
    id: string;
    title: string;
    fetchesInPlan: number;
    stepsInPlan: number;
    /** Median latency per variant, ms. */
    p50: Record<string, number>;
    /** Gateway p50 ÷ direct p50, one per round. */
    roundRatios: number[];
    /** CPU ms per request through the gateway, per process. */
    cpuMs: Record<string, number>;
    /** CPU ms per request sent directly, per process. */
    directCpuMs: Record<string, number>;
  }[];
  /** W1 gateway p50 ÷ raw floor p50, one per round. */
  floorRoundRatios: number[];
  counts: { workload: string; learners: number; requests: number; statements: number; fetches: number }[];
  /** `students(first: 100) { totalCount }` at 1,000 and 100,000 learners; absent when the run had no time for it. */
  totalCount?: TotalCountResults;
  soak: { seconds: number; requests: number; rssMiB: Record<string, number> };
}

const SERVICES = ['gateway', 'secondary', 'college', 'enterprise'];
const hubCpu = (cpu: Record<string, number>) => SERVICES.reduce((s, n) => s + (cpu[n] ?? 0), 0);

export function goals(results: Results): Goal[] {
  const w1 = results.workloads.find((w) => w.id === 'W1');
  return [
    ...results.workloads.map((w) => ({ name: `${w.id}: gateway ÷ direct fetches`, measured: median(w.roundRatios), limit: 1.3, unit: '' })),
    { name: 'W1: hub CPU per request (gateway + 3 subgraphs)', measured: w1 ? hubCpu(w1.cpuMs) : Number.NaN, limit: 5, unit: ' ms' },
    { name: 'W1: p50 ÷ raw node:http + SQL floor', measured: median(results.floorRoundRatios), limit: 5, unit: '' },
    { name: 'enterprise subgraph RSS after the soak', measured: results.soak.rssMiB.enterprise ?? Number.NaN, limit: 300, unit: ' MiB' },
    { name: '`totalCount` cost independent of the table size: p50 at 100,000 learners ÷ at 1,000', measured: results.totalCount ? median(results.totalCount.blockRatios) : Number.NaN, limit: 1.3, unit: '' },
  ];
}

export function summary(results: Results): string {
  const lines: string[] = [];
  lines.push('# Guantong benchmark', '');
  lines.push(`${results.date} · ${results.machine} · SQLite, demo dataset (315 learners) · ${results.rounds} interleaved rounds; ratios are the median of the per-round ratios of p50s.`, '');
  lines.push('| workload | fetches (steps) in its plan | gateway p50 | direct p50 | gateway ÷ direct (per round) | CPU ms/request: gateway + secondary + college + enterprise |');
  lines.push('|---|---|---|---|---|---|');
  for (const w of results.workloads) {
    const cpu = SERVICES.map((n) => round(w.cpuMs[n] ?? Number.NaN, 1)).join(' + ');
    lines.push(`| ${w.id}: ${w.title} | ${w.fetchesInPlan} (${w.stepsInPlan}) | ${round(w.p50.gateway ?? Number.NaN, 1)} ms | ${round(w.p50.direct ?? Number.NaN, 1)} ms | **${round(median(w.roundRatios))}** (${w.roundRatios.map((r) => round(r)).join(', ')}) | ${cpu} = **${round(hubCpu(w.cpuMs), 1)}** |`);
  }
  const w1 = results.workloads.find((w) => w.id === 'W1');
  if (w1) lines.push('', `W1 against the raw floor: gateway p50 ${round(w1.p50.gateway ?? Number.NaN, 1)} ms, floor p50 ${round(w1.p50.floor ?? Number.NaN, 2)} ms: **${round(median(results.floorRoundRatios), 1)}×** (per round: ${results.floorRoundRatios.map((r) => round(r, 1)).join(', ')}).`);
  lines.push('', 'Direct fetches cost the subgraphs the same CPU as through the gateway (they do the same work): ' + results.workloads.map((w) => `${w.id} ${round(SERVICES.slice(1).reduce((s, n) => s + (w.directCpuMs[n] ?? 0), 0), 1)} ms`).join(', ') + '.');
  lines.push('', '## SQL statements and subgraph fetches per request', '', '| workload | learners | requests | SQL statements per request | subgraph fetches per request |', '|---|---|---|---|---|');
  for (const c of results.counts) lines.push(`| ${c.workload} | ${c.learners} | ${c.requests} | ${round(c.statements, 1)} | ${round(c.fetches, 1)} |`);
  lines.push('', 'A page holds at most 100 learners, so 1,000 learners are ten requests; the demo has 315, so pages past it are short.');
  const tc = results.totalCount;
  lines.push('', '## `totalCount` against the size of the registry', '');
  if (tc) {
    lines.push(`\`students(first: 100) { totalCount }\` as ADMIN, straight to a college subgraph over a copy of the demo databases grown to each size; ${tc.blockRatios.length} interleaved blocks.`, '');
    lines.push('| learners | p50 |', '|---|---|');
    tc.learners.forEach((n, i) => lines.push(`| ${n.toLocaleString('en')} | ${round(tc.p50[i] ?? Number.NaN, 2)} ms |`));
    lines.push('', `100,000 ÷ 1,000 per block: ${tc.blockRatios.map((r) => round(r)).join(', ')}. The count statement alone (rosterBounds, in-process): ${tc.statementMicros.map((m) => `${round(m, 0)} µs`).join(' at 1,000 and ')} at 100,000.`);
  } else {
    lines.push('Not measured: the run had no time left for it.');
  }
  lines.push('', `## Memory after a ${results.soak.seconds} s soak (${results.soak.requests} W2/W4 requests, two at a time)`, '', '| process | RSS |', '|---|---|');
  for (const [name, mib] of Object.entries(results.soak.rssMiB)) lines.push(`| ${name} | ${round(mib, 0)} MiB |`);
  lines.push('', '## Goals', '', '| goal | limit | measured | verdict |', '|---|---|---|---|');
  for (const goal of goals(results)) lines.push(`| ${goal.name} | ≤ ${goal.limit}${goal.unit} | ${round(goal.measured)}${goal.unit} | ${verdict(goal)} |`);
  return `${lines.join('\n')}\n`;
}
