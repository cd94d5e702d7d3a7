/**
 * Composes the three subgraph schemas into the gateway's static supergraph, and
 * derives from it the published API schema (gateway/api-schema.graphql).
 * `--check` fails when either committed file differs from a fresh composition.
 */
import fs from 'node:fs';
import path from 'node:path';
import { apiSchemaOf, apiSchemaPath, composeSupergraph, supergraphPath } from '../gateway/src/composition.ts';

const supergraph = composeSupergraph();
const outputs = [
  { file: supergraphPath, fresh: supergraph },
  { file: apiSchemaPath, fresh: apiSchemaOf(supergraph) },
];
const relative = (file: string) => path.relative(process.cwd(), file);

if (process.argv.includes('--check')) {
  const stale = outputs.filter(({ file, fresh }) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== fresh);
  for (const { file } of stale) console.error(`${relative(file)} is stale: run \`npm run compose\` and commit the result`);
  if (stale.length > 0) process.exit(1);
  console.log('supergraph and API schema are up to date');
} else {
  for (const { file, fresh } of outputs) {
    fs.writeFileSync(file, fresh);
    console.log(`wrote ${relative(file)}`);
  }
}
