/**
 * `npm run audit:migrate`: creates or upgrades the audit store's schema. In
 * production the hub's own audit user may only INSERT and SELECT, so run this
 * once per release with AUDIT_DATABASE_URL naming the schema's owner.
 */
import { loadConfig } from '@guantong/shared/config';
import { openAuditDatabase } from '@guantong/shared/subgraph';

const store = await openAuditDatabase(loadConfig(), { asOwner: true });
console.log(`[audit:migrate] the audit store is up to date (${store.kind})`);
await store.dataSource.destroy();
