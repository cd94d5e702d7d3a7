import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { databaseKinds, openTestDatabase } from '@guantong/shared/testing';
import { triggerNames } from '@guantong/shared/feed/triggers';
import type { FeedCoverage } from '@guantong/shared/feed/tables';
import { subgraphDefinitions } from '../../scripts/subgraphs.ts';
import { secondaryFeed } from '../../subgraphs/secondary/src/feed/tables.ts';
import { collegeFeed } from '../../subgraphs/college/src/feed/tables.ts';
import { enterpriseFeed } from '../../subgraphs/enterprise/src/feed/tables.ts';

const kinds = await databaseKinds();
const coverage: Record<string, FeedCoverage> = { secondary: secondaryFeed, college: collegeFeed, enterprise: enterpriseFeed };

async function schemaOf(db: DataSource): Promise<{ tables: string[]; triggers: { name: string; table: string }[] }> {
  if (db.options.type === 'mysql') {
    const tables: { name: string }[] = await db.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()');
    const triggers: { name: string; table: string }[] = await db.query('SELECT TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS `table` FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()');
    return { tables: tables.map((t) => t.name), triggers };
  }
  const tables: { name: string }[] = await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  const triggers: { name: string; table: string }[] = await db.query("SELECT name, tbl_name AS \"table\" FROM sqlite_master WHERE type = 'trigger'");
  return { tables: tables.map((t) => t.name), triggers };
}

describe.each(kinds)('every table of every subgraph is in its change log or excluded with a reason (%s)', (kind) => {
  it.each(subgraphDefinitions.map((d) => [d.name, d] as const))('%s', async (name, def) => {
    const db = await openTestDatabase(def, kind);
    try {
      const { tables, triggers } = await schemaOf(db.dataSource);
      const { tables: logged, excluded } = coverage[name];
      const loggedNames = logged.map((t) => t.table);
      // A new table must be described in feed/tables.ts (with a trigger migration) or excluded there with its reason.
      expect(tables.filter((t) => !loggedNames.includes(t) && !excluded[t])).toEqual([]);
      expect(loggedNames.filter((t) => excluded[t] !== undefined)).toEqual([]);
      expect(loggedNames.filter((t) => !tables.includes(t))).toEqual([]);
      for (const reason of Object.values(excluded)) expect(reason.length).toBeGreaterThan(10);
      const feedTriggers = triggers.filter((t) => t.name.startsWith('chg_'));
      for (const table of loggedNames) {
        expect(feedTriggers.filter((t) => t.table === table).map((t) => t.name).sort(), table).toEqual(triggerNames(table).sort());
      }
      expect(feedTriggers.filter((t) => !loggedNames.includes(t.table))).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
