/**
 * `npm run seed`: loads the demo dataset into each configured database that is
 * still empty (SQLite by default, MySQL/MariaDB through the *_DATABASE_URL variables).
 */
import { loadConfig } from '@guantong/shared/config';
import { openDatabase } from '@guantong/shared/database';
import { sqlitePathFor } from '@guantong/shared/subgraph';
import { subgraphDefinitions } from './subgraphs.ts';

const config = loadConfig();
if (config.mode !== 'demo') {
  console.error('npm run seed loads demo data and runs only in demo mode (GUANTONG_MODE=demo)');
  process.exit(1);
}
for (const def of subgraphDefinitions) {
  const database = await openDatabase({
    url: config.databaseUrls[def.name],
    sqlitePath: sqlitePathFor(config, def.name),
    entities: def.entities,
    migrations: def.migrations,
    createDatabase: true,
  });
  const wrote = await def.seedDemo(database.dataSource, config);
  console.log(`[seed] ${def.name}: ${wrote ? 'demo data loaded' : 'already has data, left as is'} (${database.kind})`);
  await database.dataSource.destroy();
}
