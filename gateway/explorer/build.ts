/**
 * `npm run build -w gateway`: bundles the explorer (GraphiQL, React and Monaco's
 * workers, all from npm) into gateway/explorer-dist/, which the gateway serves
 * in demo mode. Nothing is fetched at run time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXPLORER_DIST = path.resolve(here, '../explorer-dist');

const workers = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

fs.rmSync(EXPLORER_DIST, { recursive: true, force: true });
await build({
  entryPoints: { explorer: path.join(here, 'main.js'), ...workers },
  outdir: EXPLORER_DIST,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  logLevel: 'warning',
  // Monaco's icon font travels with the CSS; no file is left to fetch from elsewhere.
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
});
fs.copyFileSync(path.join(here, 'index.html'), path.join(EXPLORER_DIST, 'index.html'));
console.log(`built the explorer into ${path.relative(process.cwd(), EXPLORER_DIST)}`);
