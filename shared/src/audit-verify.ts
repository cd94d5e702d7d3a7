/**
 * Checks the audit store's hash chain (`npm run audit:verify`): every entry
 * must name the hash of the entry before it, and its own hash must match its
 * content. Reports the first broken link: an entry rewritten in place breaks
 * its own hash; an entry removed (or slipped in) breaks the link of the next.
 */
import type { DataSource } from 'typeorm';
import { AuditEntryEntity, type AuditEntryRow } from './audit.ts';
import { entryHash, GENESIS } from './audit-chain.ts';

export interface BrokenLink {
  /** The first entry that does not fit the chain. */
  id: number;
  problem: 'unhashed' | 'link' | 'content';
  detail: string;
}

export interface ChainReport {
  /** Entries checked, up to and including the first broken one. */
  checked: number;
  /** The last entry's hash when the chain is whole: note it elsewhere to detect a later truncation. */
  head: string;
  broken?: BrokenLink;
}

function check(entry: AuditEntryRow, prev: string): BrokenLink | undefined {
  if (!entry.hash || !entry.prevHash) return { id: entry.id, problem: 'unhashed', detail: `entry ${entry.id} carries no hash` };
  if (entry.prevHash !== prev) {
    return { id: entry.id, problem: 'link', detail: `entry ${entry.id} follows ${prev.slice(0, 12)}…, not ${entry.prevHash.slice(0, 12)}…: an entry before it was removed, changed or inserted` };
  }
  if (entryHash(prev, entry) !== entry.hash) return { id: entry.id, problem: 'content', detail: `entry ${entry.id} was changed after it was written` };
  return undefined;
}

/** Walks the store oldest first, a page at a time, and stops at the first broken link. */
export async function verifyChain(store: DataSource, pageSize = 2000): Promise<ChainReport> {
  const repository = store.getRepository(AuditEntryEntity);
  let prev = GENESIS;
  let checked = 0;
  for (let after = 0; ; ) {
    const page = await repository.createQueryBuilder('e').where('e.id > :after', { after }).orderBy('e.id', 'ASC').limit(pageSize).getMany();
    for (const entry of page) {
      checked += 1;
      const broken = check(entry, prev);
      if (broken) return { checked, head: prev, broken };
      prev = entry.hash!;
    }
    if (page.length < pageSize) return { checked, head: prev };
    after = page[page.length - 1].id;
  }
}
