/**
 * Composes the three subgraph schemas into the gateway's static supergraph.
 * `--check` fails when the committed supergraph differs from a fresh composition.
 */
import fs from 'node:fs';
import { composeSupergraph, supergraphPath } from '../gateway/src/composition.ts';

const fresh = composeSupergraph();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(supergraphPath) ? fs.readFileSync(supergraphPath, 'utf8') : '';
  if (committed !== fresh) {
    console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit the result');
    process.exit(1);
  }
  console.log('supergraph is up to date');
} else {
  fs.writeFileSync(supergraphPath, fresh);
  console.log(`wrote ${supergraphPath}`);
}
