/**
 * The change log (filled by triggers on every described table, in the write's
 * own transaction) and webhook delivery state.
 */
import { feedMigration } from '@guantong/shared/feed/migration';
import { secondaryFeed } from '../feed/tables.ts';
import { MARKETPLACE_TABLES } from './1796300000000-ModuleMarketplace.ts';

// Tables created by later migrations get their triggers there.
export const ChangeFeed1796000000000 = feedMigration('ChangeFeed1796000000000', secondaryFeed.tables.filter((t) => !MARKETPLACE_TABLES.includes(t.table)));
