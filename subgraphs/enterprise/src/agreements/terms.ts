/**
 * Recognition rules, kept apart from storage and GraphQL: which agreements a
 * standard is recognised through, whether one is in force on a day, and when
 * two agreements would say the same thing at the same time.
 *
 * Dates are ISO strings (YYYY-MM-DD), which compare correctly as text.
 */
import type { RecognitionRow } from '../entities/recognition.ts';
import { compareText } from '@guantong/shared/loaders';

/**
 * An agreement as seen from one standard: `standardCode` is recognised as
 * `counterpartCode`. A mutual agreement is seen from both of its standards; a
 * one-way agreement only from `fromCode`.
 */
export interface RecognitionView {
  standardCode: string;
  counterpartCode: string;
  agreement: RecognitionRow;
}

/** Earliest in force first; the id breaks ties so the order is stable. */
export const byEffectiveFromThenId = (a: RecognitionView, b: RecognitionView): number =>
  compareText(a.agreement.effectiveFrom, b.agreement.effectiveFrom) || compareText(a.agreement.id, b.agreement.id);

/**
 * Agreed by both issuers at some point: only such agreements ever count, or
 * appear in the public catalogue. A withdrawn one stays agreed; its end date
 * says when it stopped. A proposal, declined or withdrawn before acceptance,
 * never was.
 */
export const wasAgreed = (agreement: Pick<RecognitionRow, 'agreedAt'>): boolean => agreement.agreedAt !== null;

/** Counts on `day`: agreed by both issuers and in force that day. */
export const countsOn = (agreement: Pick<RecognitionRow, 'agreedAt' | 'effectiveFrom' | 'effectiveTo'>, day: string): boolean =>
  wasAgreed(agreement) && inForceOn(agreement, day);

/**
 * Every view of the agreed agreements among `rows` from the standards in
 * `codes`. One row can give two views when both ends of a mutual agreement
 * were asked for.
 */
export function recognitionViews(rows: readonly RecognitionRow[], codes: readonly string[]): RecognitionView[] {
  const wanted = new Set(codes);
  const views: RecognitionView[] = [];
  for (const agreement of rows.filter(wasAgreed)) {
    if (wanted.has(agreement.fromCode)) {
      views.push({ standardCode: agreement.fromCode, counterpartCode: agreement.toCode, agreement });
    }
    if (agreement.mutual && wanted.has(agreement.toCode)) {
      views.push({ standardCode: agreement.toCode, counterpartCode: agreement.fromCode, agreement });
    }
  }
  return views.sort(byEffectiveFromThenId);
}

/** In force on `day`: started on or before it, and not ended before it (`effectiveTo` is inclusive). */
export function inForceOn(agreement: Pick<RecognitionRow, 'effectiveFrom' | 'effectiveTo'>, day: string): boolean {
  return agreement.effectiveFrom <= day && (agreement.effectiveTo === null || agreement.effectiveTo >= day);
}

/** Two date ranges share at least one day; a null end is open-ended. */
function periodsOverlap(
  a: Pick<RecognitionRow, 'effectiveFrom' | 'effectiveTo'>,
  b: Pick<RecognitionRow, 'effectiveFrom' | 'effectiveTo'>,
): boolean {
  return (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo) && (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo);
}

type Terms = Pick<RecognitionRow, 'fromCode' | 'toCode' | 'mutual' | 'effectiveFrom' | 'effectiveTo'>;

/**
 * True when `existing` already says (part of) what `proposed` would say for
 * some day both are in force: the same direction, or the opposite direction
 * when either agreement is mutual. Two one-way agreements in opposite
 * directions say different things and may coexist. Only live agreements
 * count: pending or agreed; a declined proposal, or one withdrawn before
 * acceptance, says nothing.
 */
export function duplicates(existing: Terms & Pick<RecognitionRow, 'status' | 'agreedAt'>, proposed: Terms): boolean {
  if (existing.status !== 'PROPOSED' && !wasAgreed(existing)) return false;
  const sameDirection = existing.fromCode === proposed.fromCode && existing.toCode === proposed.toCode;
  const reversed = existing.fromCode === proposed.toCode && existing.toCode === proposed.fromCode;
  const samePair = sameDirection || (reversed && (existing.mutual || proposed.mutual));
  return samePair && periodsOverlap(existing, proposed);
}
