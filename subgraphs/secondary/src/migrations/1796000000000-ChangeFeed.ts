/**
 * The change log (filled by triggers on every described table, in the write's
 * own transaction) and webhook delivery state.
 */
import { feedMigration } from '@guantong/shared/feed/migration';
import { RESOURCE_TABLES, secondaryFeed } from '../feed/tables.ts';

export const ChangeFeed1796000000000 = feedMigration('ChangeFeed1796000000000', secondaryFeed.tables.filter((t) => !RESOURCE_TABLES.includes(t.table)));
