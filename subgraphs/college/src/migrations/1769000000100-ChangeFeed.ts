/**
 * The change log (filled by triggers on every described table, in the write's
 * own transaction) and webhook delivery state.
 */
import { feedMigration } from '@guantong/shared/feed/migration';
import { collegeFeed } from '../feed/tables.ts';

export const ChangeFeed1769000000100 = feedMigration('ChangeFeed1769000000100', collegeFeed.tables);
