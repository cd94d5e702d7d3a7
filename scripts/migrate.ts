/**
 * `npm run migrate`: brings every database of the hub up to date before the
 * services start (a deployment's one-shot step): each subgraph's own database,
 * then the audit store as its owner (AUDIT_DATABASE_URL may name the owner
 * here, and the append-only writer in the services), and in demo mode loads
 * the demo dataset into empty databases. Replicas started afterwards find
 * nothing to migrate or seed, so they never race to.
 */
import { loadConfig } from '@guantong/shared/config';
import { openDatabase } from '@guantong/shared/database';
import { openAuditDatabase, sqlitePathFor } from '@guantong/shared/subgraph';
import { subgraphDefinitions } from './subgraphs.ts';

const config = loadConfig();
for (const def of subgraphDefinitions) {
  const database = await openDatabase({
    url: config.databaseUrls[def.name],
    sqlitePath: sqlitePathFor(config, def.name),
    entities: def.entities,
    migrations: def.migrations,
    createDatabase: config.mode === 'demo',
  });
  const seeded = config.seedDemoData && (await def.seedDemo(database.dataSource, config));
  console.log(`[migrate] ${def.name}: up to date${seeded ? ', demo data loaded' : ''} (${database.kind})`);
  await database.dataSource.destroy();
}
const audit = await openAuditDatabase(config, { asOwner: true });
console.log(`[migrate] audit store: up to date (${audit.kind})`);
await audit.dataSource.destroy();
