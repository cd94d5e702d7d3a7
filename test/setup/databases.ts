/**
 * Global setup of the suites that open databases: migrates each subgraph's
 * schema and the audit store's once per run, so every fresh test database
 * starts as a copy instead of running the migrations again (see
 * shared/src/testing-templates.ts). Both projects name this file; the first to
 * start builds the templates and the other finds them built.
 */
import { prepareTestTemplates } from '@guantong/shared/testing';
import { subgraphDefinitions } from '../../scripts/subgraphs.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const teardown = await prepareTestTemplates(subgraphDefinitions);
  console.log(`[guantong tests] schema templates ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return teardown;
}
