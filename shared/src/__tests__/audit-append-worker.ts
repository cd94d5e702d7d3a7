/**
 * One "subgraph process" for the chain tests: opens the audit store named on
 * the command line and appends `count` entries at once, as busy requests would.
 * argv: <mysql url or ""> <sqlite path> <service> <count>
 */
import { openDatabase } from '../database.ts';
import { auditEntities } from '../audit.ts';
import { auditMigrations } from '../audit-migrations.ts';
import { appendChained } from '../audit-chain.ts';

const [url, sqlitePath, service, count] = process.argv.slice(2);
const store = await openDatabase({ url: url || undefined, sqlitePath, entities: auditEntities, migrations: auditMigrations });
const entry = (i: number) => ({
  at: new Date().toISOString(), requestId: `${service}-${i}`, service, actorSubject: 'test', actorRole: 'ADMIN', organizationId: null,
  purpose: null, studentId: 'GT202200001X', parts: 'RESULTS:pathway', outcome: 'ALLOWED' as const, reason: 'administration',
});
await Promise.all(Array.from({ length: Number(count) }, (_, i) => appendChained(store.dataSource, [entry(i), entry(i + 1000)])));
await store.dataSource.destroy();
