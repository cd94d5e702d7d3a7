/**
 * Before `npm start`: builds what the browser is served (the explorer's bundle,
 * the reference portal) when it is missing, so `npm install && npm start` works
 * on a fresh clone.
 * A bundle already built is left alone; `npm run build` rebuilds it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** One file per build output that proves the build ran. */
const OUTPUTS = ['gateway/explorer-dist/index.html', 'portal/dist/index.html'];

const missing = OUTPUTS.filter((file) => !fs.existsSync(path.join(root, file)));
if (missing.length > 0) {
  console.log(`[build] ${missing.join(', ')} missing: running npm run build`);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
