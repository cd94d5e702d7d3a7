/** Personal names as printed, compared the way a person reads them. */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A name as people type it: Unicode NFC (so a precomposed é equals e + ◌́, and
 * a CJK compatibility ideograph its unified form), with runs of whitespace (including the ideographic space
 * U+3000) read as one space, and no space at either end.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Equal normalised names, compared in constant time over fixed-length digests. */
export function sameName(printed: string, given: string): boolean {
  const digest = (name: string) => createHash('sha256').update(normalizeName(name)).digest();
  return timingSafeEqual(digest(printed), digest(given));
}
