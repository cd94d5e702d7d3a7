/**
 * `npm run test:mutation`: mutation testing of the domain modules. Runs Stryker
 * (stryker.config.mjs), then prints each module's mutation score and fails when
 * any module is below its threshold. `--files a.ts,b.ts` limits the run to some
 * modules; incremental mode reuses earlier results, and `--force` tries every
 * mutant again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../stryker.config.mjs';
import { moduleScores, THRESHOLD } from './mutation-scores.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'reports/mutation/mutation.json');
const filesArg = process.argv.find((a) => a.startsWith('--files='));
const modules: string[] = filesArg ? filesArg.slice('--files='.length).split(',').filter(Boolean) : config.mutate;
const args = ['stryker', 'run', '--mutate', modules.join(','), ...(process.argv.includes('--force') ? ['--force'] : [])];

fs.rmSync(report, { force: true });
const run = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
if (run.status !== 0 || !fs.existsSync(report)) {
  console.error('[mutation] Stryker did not finish; no scores to check');
  process.exit(1);
}
// The report may carry files from earlier incremental runs: judge only the modules of this run.
const scores = moduleScores(JSON.parse(fs.readFileSync(report, 'utf8'))).filter((s) => modules.some((m) => m.replace(/:[\d-]+$/, '') === s.file));
let failed = false;
console.log(`\n[mutation] score per module (killed + timed out) / (all valid mutants), threshold ${THRESHOLD}%:`);
for (const { file, score, killed, survived, noCoverage } of scores) {
  const ok = score >= THRESHOLD;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${score.toFixed(1).padStart(5)}%  ${file}  (${killed} killed, ${survived} survived, ${noCoverage} not covered)`);
}
if (failed) {
  console.error(`[mutation] a module is below ${THRESHOLD}%: add tests for its surviving mutants (reports/mutation/mutation.html)`);
  process.exit(1);
}
