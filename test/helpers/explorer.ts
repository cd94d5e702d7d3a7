/** The explorer's bundle is a build output (git-ignored): tests that load it build it when a fresh clone has none. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './spawned-hub.ts';

export function ensureExplorerBuilt(): void {
  if (!fs.existsSync(path.join(root, 'gateway/explorer-dist/index.html'))) execFileSync('npm', ['run', 'build', '-w', 'gateway'], { cwd: root, stdio: 'inherit' });
}
