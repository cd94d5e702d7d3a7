/**
 * The change log (filled by triggers on every described table, in the write's
 * own transaction) and webhook delivery state.
 */
import { feedMigration } from '@guantong/shared/feed/migration';
import { enterpriseFeed } from '../feed/tables.ts';

export const ChangeFeed1769000000300 = feedMigration('ChangeFeed1769000000300', enterpriseFeed.tables);
