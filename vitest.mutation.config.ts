/**
 * The tests mutation testing runs: the pure domain tests, which need no
 * database and finish in seconds, so every mutant can be tried against them.
 *
 * Stryker copies the repository into a sandbox and mutates the copy. The
 * workspace packages (@guantong/*) resolve through node_modules symlinks to
 * the original sources, which are not mutated; these aliases point them at the
 * sandbox's own copies instead, so a test importing @guantong/shared sees the
 * mutant.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));
const workspaces: Record<string, string> = {
  shared: 'shared/src',
  gateway: 'gateway/src',
  secondary: 'subgraphs/secondary/src',
  college: 'subgraphs/college/src',
  enterprise: 'subgraphs/enterprise/src',
};

export default defineConfig({
  resolve: {
    alias: Object.entries(workspaces).flatMap(([name, dir]) => [
      { find: new RegExp(`^@guantong/${name}/(.*)$`), replacement: path.join(root, dir, '$1.ts') },
      { find: new RegExp(`^@guantong/${name}$`), replacement: path.join(root, dir, name === 'shared' ? 'index.ts' : 'server.ts') },
    ]),
  },
  test: {
    name: 'domain',
    include: [
      '**/__tests__/*.domain.test.ts',
      'shared/src/__tests__/policy.test.ts',
      'shared/src/__tests__/validation.test.ts',
      'subgraphs/college/src/__tests__/credit-evaluate.test.ts',
      'subgraphs/college/src/__tests__/progression-evaluate.test.ts',
      'subgraphs/enterprise/src/__tests__/recognition-paths.test.ts',
    ],
    exclude: ['node_modules/**', '.stryker-tmp/**'],
  },
});
